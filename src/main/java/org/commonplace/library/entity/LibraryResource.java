package org.commonplace.library.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A guide, template, toolkit, case study, link or recording. PUBLIC resources are for everyone,
 * COHORT ones for one cohort's members; a draft is seen by its author and coordinators only.
 */
@Entity
@Table(name = "resource")
public class LibraryResource {
    public enum Type { GUIDE, TEMPLATE, TOOLKIT, CASE_STUDY, LINK, RECORDING }
    public enum Visibility { PUBLIC, COHORT }
    public enum Status { DRAFT, PUBLISHED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String summary;
    private String body;
    private String url;
    @Enumerated(EnumType.STRING)
    private Type type;
    private String language;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    @Column(name = "cohort_id")
    private Long cohortId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "source_thread_id")
    private Long sourceThreadId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "resource_tag", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();
    @Version
    private long version;

    protected LibraryResource() { }

    /** A cohort resource names its cohort; a public one has none. */
    public LibraryResource(String title, String summary, String body, String url, Type type, String language,
                           Visibility visibility, Long cohortId, long authorId, Set<String> tags, Instant now) {
        if (visibility == Visibility.COHORT && cohortId == null) throw new IllegalArgumentException("A cohort resource names its cohort");
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.body = Objects.requireNonNull(body);
        this.url = url;
        this.type = Objects.requireNonNull(type);
        this.language = Objects.requireNonNull(language);
        this.visibility = Objects.requireNonNull(visibility);
        this.cohortId = visibility == Visibility.PUBLIC ? null : cohortId;
        this.status = Status.DRAFT;
        this.authorId = authorId;
        this.tags = new LinkedHashSet<>(tags);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public String url() { return url; }
    public Type type() { return type; }
    public String language() { return language; }
    public Visibility visibility() { return visibility; }
    public Long cohortId() { return cohortId; }
    public Status status() { return status; }
    public long authorId() { return authorId; }
    public Long sourceThreadId() { return sourceThreadId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<String> tags() { return Set.copyOf(tags); }
    public boolean published() { return status == Status.PUBLISHED; }

    public void publish(Instant now) {
        this.status = Status.PUBLISHED;
        this.updatedAt = now;
    }

    public void cameFrom(long threadId) { this.sourceThreadId = threadId; }

    public long version() { return version; }

    /** An edit by the author or a coordinator; visibility, cohort and status are not edited here. */
    public void edit(String title, String summary, String body, String url, Type type, String language,
                     Set<String> tags, Instant now) {
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.body = Objects.requireNonNull(body);
        this.url = url;
        this.type = Objects.requireNonNull(type);
        this.language = Objects.requireNonNull(language);
        this.tags.clear();
        this.tags.addAll(tags);
        this.updatedAt = now;
    }

    /** Something about the resource changed (e.g. a file was added): lists and the sitemap show the new date. */
    public void touched(Instant now) { this.updatedAt = now; }
}
