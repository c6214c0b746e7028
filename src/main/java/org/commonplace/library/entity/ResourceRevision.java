package org.commonplace.library.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A resource as it was before one edit, with who made that edit, when and (optionally) why.
 * Visibility, cohort and status are not edited, so they are not kept here.
 */
@Entity
@Table(name = "resource_revision")
public class ResourceRevision {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resource_id")
    private Long resourceId;
    private String title;
    private String summary;
    private String body;
    private String url;
    @Enumerated(EnumType.STRING)
    private LibraryResource.Type type;
    private String language;
    /** Joined by commas: a tag never contains one. */
    private String tags;
    @Column(name = "edited_by")
    private Long editedBy;
    @Column(name = "edited_at")
    private Instant editedAt;
    private String reason;

    protected ResourceRevision() { }

    /** Keeps {@code before} as it is now, before the edit by {@code editedBy}. */
    public ResourceRevision(LibraryResource before, long editedBy, Instant now, String reason) {
        this.resourceId = before.id();
        this.title = before.title();
        this.summary = before.summary();
        this.body = before.body();
        this.url = before.url();
        this.type = before.type();
        this.language = before.language();
        this.tags = String.join(",", before.tags().stream().sorted().toList());
        this.editedBy = editedBy;
        this.editedAt = now;
        this.reason = reason;
    }

    public Long id() { return id; }
    public long resourceId() { return resourceId; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public String url() { return url; }
    public LibraryResource.Type type() { return type; }
    public String language() { return language; }
    public List<String> tags() { return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")); }
    public long editedBy() { return editedBy; }
    public Instant editedAt() { return editedAt; }
    public String reason() { return reason; }
}
