package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A programme's workspace settings: check-in cadence and how long an ended pair's archive stays readable. */
@Entity
@Table(name = "workspace_settings")
public class WorkspaceSettings {
    public static final int DEFAULT_CADENCE_DAYS = 14;
    public static final int DEFAULT_ARCHIVE_READ_DAYS = 180;

    @Id @Column(name = "programme_id")
    private Long programmeId;
    @Column(name = "checkin_cadence_days")
    private int checkinCadenceDays;
    @Column(name = "archive_read_days")
    private int archiveReadDays;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WorkspaceSettings() { }

    public WorkspaceSettings(long programmeId, Instant now) {
        this.programmeId = programmeId;
        this.checkinCadenceDays = DEFAULT_CADENCE_DAYS;
        this.archiveReadDays = DEFAULT_ARCHIVE_READ_DAYS;
        this.updatedAt = now;
    }

    public long programmeId() { return programmeId; }
    public int checkinCadenceDays() { return checkinCadenceDays; }
    public int archiveReadDays() { return archiveReadDays; }

    public void change(int cadenceDays, int archiveReadDays, Instant now) {
        this.checkinCadenceDays = cadenceDays;
        this.archiveReadDays = archiveReadDays;
        this.updatedAt = now;
    }
}
