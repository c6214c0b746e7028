package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A shared document of the pair. Its text lives in its versions; this row names the current one. */
@Entity
@Table(name = "workspace_draft")
public class Draft {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    private String title;
    @Column(name = "current_version")
    private int currentVersion;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Draft() { }

    public Draft(long workspaceId, String title, long createdBy, Instant now) {
        this.workspaceId = workspaceId;
        this.title = title;
        this.currentVersion = 1;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public String title() { return title; }
    public int currentVersion() { return currentVersion; }
    public long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /** The next version becomes the current one; answers its number. */
    public int advance(String title, Instant now) {
        this.title = title;
        this.currentVersion++;
        this.updatedAt = now;
        return currentVersion;
    }
}
