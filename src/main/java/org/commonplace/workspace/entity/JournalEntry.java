package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A member's private reflection; shared with the pair only when its author shares it. */
@Entity
@Table(name = "workspace_journal")
public class JournalEntry {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "author_id")
    private Long authorId;
    private String body;
    @Column(name = "shared_at")
    private Instant sharedAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected JournalEntry() { }

    public JournalEntry(long workspaceId, long authorId, String body, Instant now) {
        this.workspaceId = workspaceId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public long authorId() { return authorId; }
    public String body() { return body; }
    public Instant sharedAt() { return sharedAt; }
    public boolean shared() { return sharedAt != null; }
    public Instant createdAt() { return createdAt; }

    public void share(boolean shared, Instant now) { this.sharedAt = shared ? (sharedAt == null ? now : sharedAt) : null; }
}
