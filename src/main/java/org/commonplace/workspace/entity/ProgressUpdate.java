package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** How a goal is going; a win is a small success the pair celebrates. */
@Entity
@Table(name = "workspace_progress")
public class ProgressUpdate {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "goal_id")
    private Long goalId;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "author_id")
    private Long authorId;
    private String body;
    private boolean win;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ProgressUpdate() { }

    public ProgressUpdate(long goalId, long workspaceId, long authorId, String body, boolean win, Instant now) {
        this.goalId = goalId;
        this.workspaceId = workspaceId;
        this.authorId = authorId;
        this.body = body;
        this.win = win;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long goalId() { return goalId; }
    public long workspaceId() { return workspaceId; }
    public long authorId() { return authorId; }
    public String body() { return body; }
    public boolean win() { return win; }
    public Instant createdAt() { return createdAt; }
}
