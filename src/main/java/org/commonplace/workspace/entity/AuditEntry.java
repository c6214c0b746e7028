package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One line of a workspace's audit log: a coordinator opened its content, or changed the workspace. */
@Entity
@Table(name = "workspace_audit")
public class AuditEntry {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "actor_id")
    private Long actorId;
    private String action;
    private String detail;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AuditEntry() { }

    public AuditEntry(long workspaceId, long actorId, String action, String detail, Instant now) {
        this.workspaceId = workspaceId;
        this.actorId = actorId;
        this.action = action;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public long actorId() { return actorId; }
    public String action() { return action; }
    public String detail() { return detail; }
    public Instant createdAt() { return createdAt; }
}
