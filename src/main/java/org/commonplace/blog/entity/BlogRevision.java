package org.commonplace.blog.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A post as it was before one edit, with who made that edit, when and (optionally) why. */
@Entity
@Table(name = "blog_revision")
public class BlogRevision {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id")
    private Long postId;
    private String title;
    private String excerpt;
    private String body;
    /** Joined by commas: a tag never contains one. */
    private String tags;
    @Column(name = "edited_by")
    private Long editedBy;
    @Column(name = "edited_at")
    private Instant editedAt;
    private String reason;

    protected BlogRevision() { }

    /** Keeps {@code before} as it is now, before the edit by {@code editedBy}. */
    public BlogRevision(BlogPost before, long editedBy, Instant now, String reason) {
        this.postId = before.id();
        this.title = before.title();
        this.excerpt = before.excerpt();
        this.body = before.body();
        this.tags = String.join(",", before.tags().stream().sorted().toList());
        this.editedBy = editedBy;
        this.editedAt = now;
        this.reason = reason;
    }

    public Long id() { return id; }
    public long postId() { return postId; }
    public String title() { return title; }
    public String excerpt() { return excerpt; }
    public String body() { return body; }
    public List<String> tags() { return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")); }
    public long editedBy() { return editedBy; }
    public Instant editedAt() { return editedAt; }
    public String reason() { return reason; }
}
