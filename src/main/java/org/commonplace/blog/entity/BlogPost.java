package org.commonplace.blog.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A blog post and where it stands in its workflow: written as a draft, reviewed by coordinators,
 * consented to by the people and organisations it names, then published at once or at a set time.
 * Only a PUBLISHED post is public; until its first submission nobody but its author sees it
 * (docs/decisions/0017-blog-workflow-and-consent.md).
 */
@Entity
@Table(name = "blog_post")
public class BlogPost {
    public enum Status {
        DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED;

        /** The author edits the text only in these states; elsewhere they first take it back to draft. */
        public boolean editable() { return this == DRAFT || this == CHANGES_REQUESTED; }
    }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "author_id")
    private Long authorId;
    private String title;
    private String slug;
    private String excerpt;
    private String body;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "content_version")
    private int contentVersion;
    @Column(name = "source_description")
    private String sourceDescription;
    @Column(name = "source_thread_id")
    private Long sourceThreadId;
    @Column(name = "cover_key")
    private String coverKey;
    @Column(name = "cover_type")
    private String coverType;
    @Column(name = "cover_widths")
    private String coverWidths;
    @Column(name = "cover_alt")
    private String coverAlt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private Long approvedBy;
    @Column(name = "scheduled_for")
    private Instant scheduledFor;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "comments_changed_at")
    private Instant commentsChangedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "blog_post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();
    @Version
    private long version;

    protected BlogPost() { }

    public BlogPost(long authorId, String title, String slug, String excerpt, String body, Set<String> tags, Instant now) {
        this.authorId = authorId;
        this.title = Objects.requireNonNull(title);
        this.slug = Objects.requireNonNull(slug);
        this.excerpt = Objects.requireNonNull(excerpt);
        this.body = Objects.requireNonNull(body);
        this.tags = new LinkedHashSet<>(tags);
        this.status = Status.DRAFT;
        this.contentVersion = 1;
        this.createdAt = now;
        this.updatedAt = now;
        this.commentsChangedAt = now;
    }

    public Long id() { return id; }
    public long authorId() { return authorId; }
    public String title() { return title; }
    public String slug() { return slug; }
    public String excerpt() { return excerpt; }
    public String body() { return body; }
    public Status status() { return status; }
    public int contentVersion() { return contentVersion; }
    public String sourceDescription() { return sourceDescription; }
    public Long sourceThreadId() { return sourceThreadId; }
    public String coverKey() { return coverKey; }
    public String coverType() { return coverType; }
    public String coverWidths() { return coverWidths; }
    public String coverAlt() { return coverAlt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant approvedAt() { return approvedAt; }
    public Long approvedBy() { return approvedBy; }
    public Instant scheduledFor() { return scheduledFor; }
    public Instant publishedAt() { return publishedAt; }
    public Instant commentsChangedAt() { return commentsChangedAt; }
    public Set<String> tags() { return Set.copyOf(tags); }
    public long version() { return version; }
    public boolean published() { return status == Status.PUBLISHED; }
    /** Submitted at least once: from then on the reviewers and the people named see it. */
    public boolean submitted() { return submittedAt != null; }
    public boolean hasCover() { return coverKey != null; }

    public void cameFrom(String description, Long threadId) {
        this.sourceDescription = description;
        this.sourceThreadId = threadId;
    }

    /** A new text: a new content version, which every consent given before no longer covers. */
    public void edit(String title, String slug, String excerpt, String body, Set<String> tags, Instant now) {
        requireEditable();
        this.title = Objects.requireNonNull(title);
        this.slug = Objects.requireNonNull(slug);
        this.excerpt = Objects.requireNonNull(excerpt);
        this.body = Objects.requireNonNull(body);
        this.tags.clear();
        this.tags.addAll(tags);
        this.contentVersion++;
        this.updatedAt = now;
    }

    /** A new cover (or none) is new content: the people named see it too, and are asked again. */
    public void cover(String key, String type, String widths, String alt, Instant now) {
        requireEditable();
        this.contentVersion++;
        this.coverKey = key;
        this.coverType = type;
        this.coverWidths = widths;
        this.coverAlt = alt;
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        requireEditable();
        this.status = Status.IN_REVIEW;
        if (submittedAt == null) submittedAt = now;
        this.updatedAt = now;
    }

    public void requestChanges(Instant now) {
        require(Status.IN_REVIEW, Status.APPROVED);
        this.status = Status.CHANGES_REQUESTED;
        this.approvedAt = null;
        this.approvedBy = null;
        this.updatedAt = now;
    }

    public void approve(long reviewerId, Instant now) {
        require(Status.IN_REVIEW);
        this.status = Status.APPROVED;
        this.approvedAt = now;
        this.approvedBy = reviewerId;
        this.updatedAt = now;
    }

    /** The author takes the post back to change it: approval and any schedule are gone. */
    public void returnToDraft(Instant now) {
        require(Status.IN_REVIEW, Status.CHANGES_REQUESTED, Status.APPROVED, Status.SCHEDULED, Status.UNPUBLISHED);
        this.status = Status.DRAFT;
        this.approvedAt = null;
        this.approvedBy = null;
        this.scheduledFor = null;
        this.updatedAt = now;
    }

    public void schedule(Instant at, Instant now) {
        require(Status.APPROVED, Status.SCHEDULED, Status.UNPUBLISHED);
        this.status = Status.SCHEDULED;
        this.scheduledFor = at;
        this.updatedAt = now;
    }

    /** Back to approved, not scheduled (the author's choice, or a consent withdrawn before the time). */
    public void unschedule(Instant now) {
        require(Status.SCHEDULED);
        this.status = Status.APPROVED;
        this.scheduledFor = null;
        this.updatedAt = now;
    }

    /** publishedAt is the first publication: republishing keeps the post's date and its place in the feeds. */
    public void publish(Instant now) {
        require(Status.APPROVED, Status.SCHEDULED, Status.UNPUBLISHED);
        this.status = Status.PUBLISHED;
        this.scheduledFor = null;
        if (publishedAt == null) publishedAt = now;
        this.updatedAt = now;
    }

    public void unpublish(Instant now) {
        require(Status.PUBLISHED);
        this.status = Status.UNPUBLISHED;
        this.updatedAt = now;
    }

    /** Demo content only: a post published some days ago. */
    public void publishedOn(Instant at) {
        require(Status.PUBLISHED);
        this.publishedAt = at;
        this.updatedAt = at;
    }

    private void requireEditable() {
        if (!status.editable()) throw new IllegalStateException("A post in " + status + " is not edited");
    }

    private void require(Status... allowed) {
        for (Status s : allowed) if (status == s) return;
        throw new IllegalStateException("Not allowed in " + status);
    }
}
