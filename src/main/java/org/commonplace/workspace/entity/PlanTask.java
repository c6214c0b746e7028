package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/** A task of the work plan. Never deleted: a task taken off the plan is DROPPED, and each change is a PlanChange. */
@Entity
@Table(name = "workspace_task")
public class PlanTask {
    public enum Status { TODO, DOING, DONE, DROPPED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "goal_id")
    private Long goalId;
    private String title;
    @Column(name = "owner_id")
    private Long ownerId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected PlanTask() { }

    public PlanTask(long workspaceId, Long goalId, String title, Long ownerId, LocalDate dueOn, Instant now) {
        this.workspaceId = workspaceId;
        this.goalId = goalId;
        this.title = title;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.status = Status.TODO;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public Long goalId() { return goalId; }
    public String title() { return title; }
    public Long ownerId() { return ownerId; }
    public LocalDate dueOn() { return dueOn; }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    public void change(Long goalId, String title, Long ownerId, LocalDate dueOn, Status status) {
        this.goalId = goalId;
        this.title = title;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.status = status;
    }
}
