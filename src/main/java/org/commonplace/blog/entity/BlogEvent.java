package org.commonplace.blog.entity;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * One step in a post's life (submitted, a review note, approved, a consent answer, published, a
 * comment hidden …), with who took it and when. The author and the reviewers read them as the
 * post's timeline; nothing changes or deletes them.
 */
@Entity
@Table(name = "blog_event")
public class BlogEvent {
    public enum Kind {
        CREATED, EDITED, SUBMITTED, RETURNED_TO_DRAFT, REVIEW_NOTE, CHANGES_REQUESTED, APPROVED,
        SUBJECT_ADDED, SUBJECT_REMOVED, CONSENT_ASKED, CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_WITHDRAWN,
        SCHEDULED, UNSCHEDULED, PUBLISHED, UNPUBLISHED, COVER_CHANGED,
        COMMENT_HIDDEN, COMMENT_SHOWN, FLAG_DISMISSED
    }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id")
    private Long postId;
    @Column(name = "actor_id")
    private Long actorId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String note;
    @Column(name = "subject_id")
    private Long subjectId;
    @Column(name = "comment_id")
    private Long commentId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected BlogEvent() { }

    /** actorId null: the scheduler. */
    public BlogEvent(long postId, Long actorId, Kind kind, String note, Instant now) {
        this.postId = postId;
        this.actorId = actorId;
        this.kind = kind;
        this.note = note;
        this.createdAt = now;
    }

    public BlogEvent aboutSubject(long subjectId) {
        this.subjectId = subjectId;
        return this;
    }

    public BlogEvent aboutComment(long commentId) {
        this.commentId = commentId;
        return this;
    }

    public Long id() { return id; }
    public long postId() { return postId; }
    public Long actorId() { return actorId; }
    public Kind kind() { return kind; }
    public String note() { return note; }
    public Long subjectId() { return subjectId; }
    public Long commentId() { return commentId; }
    public Instant createdAt() { return createdAt; }
}
