package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;

/** One post of a thread, in Markdown. Deleting keeps the row (the thread keeps its shape). */
@Entity
@Table(name = "post")
public class Post {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "thread_id")
    private Long threadId;
    private int position;
    @Column(name = "author_id")
    private Long authorId;
    private String body;
    @Column(name = "reply_to_id")
    private Long replyToId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    private boolean hidden;
    @Version
    private long version;

    protected Post() { }

    public Post(long threadId, int position, long authorId, String body, Long replyToId, Instant now) {
        this.threadId = threadId;
        this.position = position;
        this.authorId = authorId;
        this.body = Objects.requireNonNull(body);
        this.replyToId = replyToId;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long threadId() { return threadId; }
    public int position() { return position; }
    public long authorId() { return authorId; }
    public String body() { return body; }
    public Long replyToId() { return replyToId; }
    public Instant createdAt() { return createdAt; }
    public Instant editedAt() { return editedAt; }
    public Instant deletedAt() { return deletedAt; }
    public boolean hidden() { return hidden; }
    public boolean deleted() { return deletedAt != null; }

    public void edit(String newBody, Instant now) {
        this.body = Objects.requireNonNull(newBody);
        this.editedAt = now;
    }

    public void hide(boolean hidden) { this.hidden = hidden; }

    public void delete(Instant now) {
        if (deletedAt == null) deletedAt = now;
    }
}
