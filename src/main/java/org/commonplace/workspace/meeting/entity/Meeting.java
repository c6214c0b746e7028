package org.commonplace.workspace.meeting.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/**
 * A call or meeting of the pair: when (an instant, and the zone it was planned in, so that a
 * recurring meeting keeps its local time), how long, where (a link or a place), the agenda, and an
 * optional recurrence. A change raises the sequence number that calendar applications go by.
 */
@Entity
@Table(name = "workspace_meeting")
public class Meeting {
    public enum Recurrence { NONE, WEEKLY, FORTNIGHTLY, MONTHLY }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    private String title;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    private String location;
    private String agenda;
    @Enumerated(EnumType.STRING)
    private Recurrence recurrence;
    private int occurrences;
    private String uid;
    @Column(name = "sequence_no")
    private int sequence;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Meeting() { }

    /** What a meeting is, as checked input. */
    public record Plan(String title, Instant startsAt, String timeZone, int durationMinutes, String location, String agenda,
                       Recurrence recurrence, int occurrences) { }

    public Meeting(long workspaceId, Plan plan, long createdBy, Instant now) {
        this.workspaceId = workspaceId;
        this.uid = UUID.randomUUID() + "@commonplace";
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(plan, now);
    }

    private void apply(Plan plan, Instant now) {
        this.title = plan.title();
        this.startsAt = plan.startsAt();
        this.timeZone = plan.timeZone();
        this.durationMinutes = plan.durationMinutes();
        this.location = plan.location();
        this.agenda = plan.agenda();
        this.recurrence = plan.recurrence();
        this.occurrences = plan.occurrences();
        this.updatedAt = now;
    }

    public void reschedule(Plan plan, Instant now) {
        apply(plan, now);
        sequence++;
    }

    public void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
            updatedAt = now;
            sequence++;
        }
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public String title() { return title; }
    public Instant startsAt() { return startsAt; }
    public String timeZone() { return timeZone; }
    public int durationMinutes() { return durationMinutes; }
    public String location() { return location; }
    public String agenda() { return agenda; }
    public Recurrence recurrence() { return recurrence; }
    public int occurrences() { return occurrences; }
    public String uid() { return uid; }
    public int sequence() { return sequence; }
    public Instant cancelledAt() { return cancelledAt; }
    public long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
