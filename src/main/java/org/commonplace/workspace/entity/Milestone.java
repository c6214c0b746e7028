package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/** A step towards a goal, due on a date; done when ticked off. */
@Entity
@Table(name = "workspace_milestone")
public class Milestone {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "goal_id")
    private Long goalId;
    @Column(name = "workspace_id")
    private Long workspaceId;
    private String title;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Milestone() { }

    public Milestone(long goalId, long workspaceId, String title, LocalDate dueOn, long createdBy, Instant now) {
        this.goalId = goalId;
        this.workspaceId = workspaceId;
        this.title = title;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long goalId() { return goalId; }
    public long workspaceId() { return workspaceId; }
    public String title() { return title; }
    public LocalDate dueOn() { return dueOn; }
    public Instant doneAt() { return doneAt; }
    public long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }

    public void done(boolean done, Instant now) { this.doneAt = done ? (doneAt == null ? now : doneAt) : null; }
}
