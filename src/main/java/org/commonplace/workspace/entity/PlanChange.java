package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One change to the work plan, in words, so the pair can look back at how the plan evolved. */
@Entity
@Table(name = "workspace_task_change")
public class PlanChange {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id")
    private Long taskId;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "changed_by")
    private Long changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    private String summary;

    protected PlanChange() { }

    public PlanChange(long taskId, long workspaceId, long changedBy, String summary, Instant now) {
        this.taskId = taskId;
        this.workspaceId = workspaceId;
        this.changedBy = changedBy;
        this.summary = summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        this.changedAt = now;
    }

    public Long id() { return id; }
    public long taskId() { return taskId; }
    public long workspaceId() { return workspaceId; }
    public long changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public String summary() { return summary; }
}
