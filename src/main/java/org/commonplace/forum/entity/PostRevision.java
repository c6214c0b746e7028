package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** The text a post had before an edit, with who edited it, when and why. */
@Entity
@Table(name = "post_revision")
public class PostRevision {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id")
    private Long postId;
    private String body;
    private String reason;
    @Column(name = "edited_by")
    private Long editedBy;
    @Column(name = "edited_at")
    private Instant editedAt;

    protected PostRevision() { }

    public PostRevision(long postId, String body, String reason, long editedBy, Instant now) {
        this.postId = postId;
        this.body = body;
        this.reason = reason;
        this.editedBy = editedBy;
        this.editedAt = now;
    }

    public Long id() { return id; }
    public long postId() { return postId; }
    public String body() { return body; }
    public String reason() { return reason; }
    public long editedBy() { return editedBy; }
    public Instant editedAt() { return editedAt; }
}
