package org.commonplace.blog.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A member's report of a comment, open until a coordinator dismisses it or hides the comment. */
@Entity
@Table(name = "blog_comment_flag")
public class CommentFlag {
    public enum Resolution { DISMISSED, COMMENT_HIDDEN }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "comment_id")
    private Long commentId;
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

    protected CommentFlag() { }

    public CommentFlag(long commentId, long reporterId, String reason, Instant now) {
        this.commentId = commentId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long commentId() { return commentId; }
    public long reporterId() { return reporterId; }
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
    public boolean open() { return resolvedAt == null; }

    public void resolve(Resolution resolution, long by, Instant now) {
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }
}
