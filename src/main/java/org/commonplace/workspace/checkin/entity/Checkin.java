package org.commonplace.workspace.checkin.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One round of check-ins of a workspace, due at a moment; each member answers in a response. */
@Entity
@Table(name = "workspace_checkin")
public class Checkin {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "due_at")
    private Instant dueAt;

    protected Checkin() { }

    public Checkin(long workspaceId, Instant dueAt) {
        this.workspaceId = workspaceId;
        this.dueAt = dueAt;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public Instant dueAt() { return dueAt; }
}
