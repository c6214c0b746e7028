package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A pair's private workspace: one mentor and one or more people of a partner organisation. Active
 * while the pair works together; archived when it ends (programme end, re-matching), after which its
 * members read it until {@code readUntil}. Never deleted.
 */
@Entity
@Table(name = "workspace")
public class Workspace {
    public enum Status { ACTIVE, ARCHIVED }

    public enum ArchiveReason { PROGRAMME_ENDED, REMATCHED, ENDED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "programme_id")
    private Long programmeId;
    @Column(name = "cohort_id")
    private Long cohortId;
    @Column(name = "organisation_id")
    private Long organisationId;
    private String title;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String aspirations;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "next_checkin_at")
    private Instant nextCheckinAt;
    @Column(name = "archived_at")
    private Instant archivedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "archive_reason")
    private ArchiveReason archiveReason;
    @Column(name = "read_until")
    private Instant readUntil;
    @Column(name = "previous_workspace_id")
    private Long previousWorkspaceId;
    @Version
    private long version;

    protected Workspace() { }

    public Workspace(long programmeId, Long cohortId, long organisationId, String title, long createdBy, Instant now,
                     Duration checkinCadence, Long previousWorkspaceId) {
        this.programmeId = programmeId;
        this.cohortId = cohortId;
        this.organisationId = organisationId;
        this.title = Objects.requireNonNull(title);
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.nextCheckinAt = now.plus(checkinCadence);
        this.previousWorkspaceId = previousWorkspaceId;
    }

    public Long id() { return id; }
    public long programmeId() { return programmeId; }
    public Long cohortId() { return cohortId; }
    public long organisationId() { return organisationId; }
    public String title() { return title; }
    public Status status() { return status; }
    public boolean active() { return status == Status.ACTIVE; }
    public String aspirations() { return aspirations; }
    public long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant nextCheckinAt() { return nextCheckinAt; }
    public Instant archivedAt() { return archivedAt; }
    public ArchiveReason archiveReason() { return archiveReason; }
    public Instant readUntil() { return readUntil; }
    public Long previousWorkspaceId() { return previousWorkspaceId; }

    /** Members read an archived workspace until its read period ends. */
    public boolean readableByMembers(Instant now) {
        return status == Status.ACTIVE || readUntil != null && now.isBefore(readUntil);
    }

    public void aspirations(String text) { this.aspirations = text; }

    public void nextCheckinAt(Instant at) { this.nextCheckinAt = at; }

    public void archive(ArchiveReason reason, Instant now, Duration readPeriod) {
        if (status == Status.ARCHIVED) return;
        this.status = Status.ARCHIVED;
        this.archiveReason = Objects.requireNonNull(reason);
        this.archivedAt = now;
        this.readUntil = now.plus(readPeriod);
    }

    /** A coordinator gives the members longer to read (or download) the archive. */
    public void readUntil(Instant until) { this.readUntil = until; }
}
