package org.commonplace.blog.control;

import java.time.Instant;
import java.util.List;

/** The records that the blog's boundaries get (entities never leave a transaction). */
public final class BlogViews {
    private BlogViews() { }

    /** A cover image in its widths: src is a middle width for lists, largest for social cards. */
    public record Cover(String src, String srcset, String largest, int largestWidth, String alt) { }

    public record Summary(long id, String slug, String url, String title, String excerpt, List<String> tags, long authorId,
                          String author, String status, Instant publishedAt, Instant updatedAt, int readingMinutes, Cover cover) { }

    /** A person or organisation named in the post, and where their consent stands. */
    public record Subject(long id, String kind, String name, String consent, boolean coversCurrentText, Instant askedAt,
                          String decidedBy, Instant decidedAt, String note, boolean mayAnswer) { }

    public record Event(String kind, String actor, String note, Instant at) { }

    /** What the viewer may do with the post now (the same rules the services apply: PostRules). */
    public record Actions(boolean edit, boolean submit, boolean returnToDraft, boolean review, boolean approve,
                          boolean publish, boolean schedule, boolean unschedule, boolean unpublish) { }

    /**
     * A post with everything its author, reviewers and the people named see. For anyone else (a
     * published post's readers) subjects, events and waitingFor are null: who was asked, and how
     * they answered, is not public.
     */
    public record Detail(Summary post, String body, String bodyHtml, String sourceDescription, Long sourceThreadId,
                         Instant scheduledFor, long version, int contentVersion, boolean submitted, List<Subject> subjects,
                         List<Event> events, List<String> waitingFor, Actions may) { }

    public record Page(List<Summary> items, int page, int size, long total) {
        public boolean hasNext() { return (long) page * size < total; }
        public boolean hasPrevious() { return page > 1; }
        public long pages() { return Math.max(1, (total + size - 1) / size); }
    }
}
