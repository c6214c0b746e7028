package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One revision of the pair's expectations agreement; it holds once every member has confirmed this revision. */
@Entity
@Table(name = "workspace_agreement")
public class Agreement {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    private int revision;
    private String communication;
    @Column(name = "mentor_expects")
    private String mentorExpects;
    @Column(name = "mentee_expects")
    private String menteeExpects;
    @Column(name = "written_by")
    private Long writtenBy;
    @Column(name = "written_at")
    private Instant writtenAt;

    protected Agreement() { }

    public Agreement(long workspaceId, int revision, String communication, String mentorExpects, String menteeExpects,
                     long writtenBy, Instant now) {
        this.workspaceId = workspaceId;
        this.revision = revision;
        this.communication = communication;
        this.mentorExpects = mentorExpects;
        this.menteeExpects = menteeExpects;
        this.writtenBy = writtenBy;
        this.writtenAt = now;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public int revision() { return revision; }
    public String communication() { return communication; }
    public String mentorExpects() { return mentorExpects; }
    public String menteeExpects() { return menteeExpects; }
    public long writtenBy() { return writtenBy; }
    public Instant writtenAt() { return writtenAt; }
}
