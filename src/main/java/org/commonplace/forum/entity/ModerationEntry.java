package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One moderation action: who did what to which thread or post, when and why. Never changed. */
@Entity
@Table(name = "moderation_log")
public class ModerationEntry {
    public enum Action { PIN, UNPIN, LOCK, UNLOCK, HIDE_THREAD, UNHIDE_THREAD, MOVE, HIDE_POST, UNHIDE_POST, DISMISS_FLAG,
        EDIT_POST, DELETE_POST }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cohort_id")
    private Long cohortId;
    @Column(name = "actor_id")
    private Long actorId;
    @Enumerated(EnumType.STRING)
    private Action action;
    @Column(name = "thread_id")
    private Long threadId;
    @Column(name = "post_id")
    private Long postId;
    private String reason;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ModerationEntry() { }

    public ModerationEntry(long cohortId, long actorId, Action action, Long threadId, Long postId, String reason, Instant now) {
        this.cohortId = cohortId;
        this.actorId = actorId;
        this.action = action;
        this.threadId = threadId;
        this.postId = postId;
        this.reason = reason;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long actorId() { return actorId; }
    public Action action() { return action; }
    public Long threadId() { return threadId; }
    public Long postId() { return postId; }
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
}
