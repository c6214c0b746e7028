package org.commonplace.blog.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** An address a post has had. Old ones redirect to the current one, and no other post takes them. */
@Entity
@Table(name = "blog_slug")
public class BlogSlug {
    @Id
    private String slug;
    @Column(name = "post_id")
    private Long postId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected BlogSlug() { }

    public BlogSlug(String slug, long postId, Instant now) {
        this.slug = slug;
        this.postId = postId;
        this.createdAt = now;
    }

    public String slug() { return slug; }
    public long postId() { return postId; }
}
