package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/** A goal in the SMART shape: specific, measurable, achievable, relevant, time-bound. */
@Entity
@Table(name = "workspace_goal")
public class Goal {
    public enum Status { ACTIVE, ACHIEVED, DROPPED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    private String title;
    private String specific;
    private String measurable;
    private String achievable;
    private String relevant;
    @Column(name = "time_bound")
    private String timeBound;
    @Column(name = "target_date")
    private LocalDate targetDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Goal() { }

    public Goal(long workspaceId, Smart smart, long createdBy, Instant now) {
        this.workspaceId = workspaceId;
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(smart, now);
    }

    /** The five SMART answers with a title and an optional target date. */
    public record Smart(String title, String specific, String measurable, String achievable, String relevant,
                        String timeBound, LocalDate targetDate) { }

    public void change(Smart smart, Instant now) {
        this.title = smart.title();
        this.specific = smart.specific();
        this.measurable = smart.measurable();
        this.achievable = smart.achievable();
        this.relevant = smart.relevant();
        this.timeBound = smart.timeBound();
        this.targetDate = smart.targetDate();
        this.updatedAt = now;
    }

    public void status(Status status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public String title() { return title; }
    public String specific() { return specific; }
    public String measurable() { return measurable; }
    public String achievable() { return achievable; }
    public String relevant() { return relevant; }
    public String timeBound() { return timeBound; }
    public LocalDate targetDate() { return targetDate; }
    public Status status() { return status; }
    public long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
