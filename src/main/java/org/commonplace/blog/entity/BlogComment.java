package org.commonplace.blog.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;

/** A member's comment on a published post. Deleting or hiding keeps the row. */
@Entity
@Table(name = "blog_comment")
public class BlogComment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id")
    private Long postId;
    @Column(name = "author_id")
    private Long authorId;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    private boolean hidden;
    @Version
    private long version;

    protected BlogComment() { }

    public BlogComment(long postId, long authorId, String body, Instant now) {
        this.postId = postId;
        this.authorId = authorId;
        this.body = Objects.requireNonNull(body);
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long postId() { return postId; }
    public long authorId() { return authorId; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
    public boolean deleted() { return deletedAt != null; }
    public boolean hidden() { return hidden; }

    public void delete(Instant now) { this.deletedAt = now; }
    public void hide(boolean hidden) { this.hidden = hidden; }
}
