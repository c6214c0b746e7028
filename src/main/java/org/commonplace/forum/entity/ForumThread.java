package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A thread on a board: a discussion or a pain point. Its first post is its opening text. */
@Entity
@Table(name = "forum_thread")
public class ForumThread {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "board_id")
    private Long boardId;
    @Column(name = "cohort_id")
    private Long cohortId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ThreadKind kind;
    @Enumerated(EnumType.STRING)
    private PainPointStatus status;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @Column(name = "post_count")
    private int postCount;
    private boolean pinned;
    private boolean locked;
    private boolean hidden;
    @Column(name = "answer_post_id")
    private Long answerPostId;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "thread_tag", joinColumns = @JoinColumn(name = "thread_id"))
    @Column(name = "tag")
    @OrderBy
    private Set<String> tags = new LinkedHashSet<>();
    @Version
    private long version;

    protected ForumThread() { }

    public ForumThread(Board board, String title, ThreadKind kind, long authorId, Set<String> tags, Instant now) {
        this.boardId = board.id();
        this.cohortId = board.cohortId();
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
        this.status = kind == ThreadKind.PAIN_POINT ? PainPointStatus.OPEN : null;
        this.authorId = authorId;
        this.createdAt = now;
        this.lastActivityAt = now;
        this.tags = new LinkedHashSet<>(tags);
    }

    public Long id() { return id; }
    public long boardId() { return boardId; }
    public long cohortId() { return cohortId; }
    public String title() { return title; }
    public ThreadKind kind() { return kind; }
    public PainPointStatus status() { return status; }
    public long authorId() { return authorId; }
    public Instant createdAt() { return createdAt; }
    public Instant lastActivityAt() { return lastActivityAt; }
    public int postCount() { return postCount; }
    public boolean pinned() { return pinned; }
    public boolean locked() { return locked; }
    public boolean hidden() { return hidden; }
    public Set<String> tags() { return Set.copyOf(tags); }
    public boolean isPainPoint() { return kind == ThreadKind.PAIN_POINT; }
    public Long answerPostId() { return answerPostId; }

    /** The reply that solved the thread, or null to unmark it. */
    public void markAnswer(Long postId) { this.answerPostId = postId; }

    /** The next post's position; the thread row is locked by the caller while it is taken. */
    public int addPost(Instant now) {
        postCount++;
        lastActivityAt = now;
        return postCount;
    }

    public void changeStatus(PainPointStatus status) {
        if (kind != ThreadKind.PAIN_POINT) throw new IllegalStateException("Only pain points have a status");
        this.status = Objects.requireNonNull(status);
    }

    public void touch(Instant now) { this.lastActivityAt = now; }

    public void pin(boolean pinned) { this.pinned = pinned; }
    public void lock(boolean locked) { this.locked = locked; }
    public void hide(boolean hidden) { this.hidden = hidden; }

    /** Moves the thread to another board of the same cohort. */
    public void moveTo(Board board) {
        if (board.cohortId() != cohortId) throw new IllegalArgumentException("A thread stays in its cohort");
        this.boardId = board.id();
    }
}
