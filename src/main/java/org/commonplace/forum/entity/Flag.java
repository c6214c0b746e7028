package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A member asks the moderators to look at a post. */
@Entity
@Table(name = "flag")
public class Flag {
    public enum Resolution { DISMISSED, POST_HIDDEN }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id")
    private Long postId;
    @Column(name = "cohort_id")
    private Long cohortId;
    @Column(name = "reporter_id")
    private Long reporterId;
    private String reason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private Long resolvedBy;
    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    protected Flag() { }

    public Flag(long postId, long cohortId, long reporterId, String reason, Instant now) {
        this.postId = postId;
        this.cohortId = cohortId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long postId() { return postId; }
    public long cohortId() { return cohortId; }
    public long reporterId() { return reporterId; }
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
    public boolean open() { return resolvedAt == null; }

    public void resolve(Resolution resolution, long moderatorId, Instant now) {
        this.resolution = resolution;
        this.resolvedBy = moderatorId;
        this.resolvedAt = now;
    }
}
