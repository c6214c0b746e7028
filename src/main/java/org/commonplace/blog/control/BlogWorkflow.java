package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogEvent;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.blog.entity.BlogPost.Status;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A post's way to the public: draft → in review → changes requested / approved → scheduled or
 * published → unpublished. Each step is one transaction that checks who may take it in which
 * state (PostRules), records it on the post's timeline and tells the author (and the reviewers,
 * or the people named, where it concerns them).
 */
@ApplicationScoped
public class BlogWorkflow {
    /** How far ahead a post may be scheduled. */
    static final Duration SCHEDULE_HORIZON = Duration.ofDays(366);

    public enum ReviewAction { NOTE, REQUEST_CHANGES, APPROVE }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject BlogTimeline timeline;
    @Inject AppClock clock;
    @Inject BlogPosts posts;
    @Inject BlogConsent consent;
    @Inject BlogNotices notices;
    @Inject BlogPublication publication;

    /** The author sends the post to the reviewers; the people named are asked for their consent. */
    @Transactional
    public void submit(Viewer viewer, long id) {
        BlogPost post = locked(viewer, id);
        PostRules rules = posts.rules(viewer, post);
        if (!rules.author()) throw new NotAllowed("The post's author submits it.");
        if (!rules.maySubmit()) throw new Conflict("The post is " + label(post.status()) + ": only a draft, or a post whose changes were requested, is submitted.");
        Instant now = clock.now();
        boolean again = post.submitted();
        post.submit(now);
        timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.SUBMITTED, null, now));
        consent.askWhereNeeded(post, viewer.accountId(), now);
        notices.toReviewers(post, viewer.accountId(), (again ? "Submitted again for review by " : "New post to review by ") + viewer.displayName());
    }

    /** The author takes the post back to change it; an approval or a schedule no longer holds. */
    @Transactional
    public void returnToDraft(Viewer viewer, long id) {
        BlogPost post = locked(viewer, id);
        PostRules rules = posts.rules(viewer, post);
        if (!rules.author()) throw new NotAllowed("The post's author takes it back to draft.");
        if (!rules.mayReturnToDraft()) {
            throw new Conflict(post.published() ? "Unpublish the post first." : "The post is " + label(post.status()) + " already.");
        }
        Instant now = clock.now();
        post.returnToDraft(now);
        timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.RETURNED_TO_DRAFT, null, now));
        notices.toReviewers(post, viewer.accountId(), viewer.displayName() + " took a post back to draft");
    }

    /** A reviewer's note, request for changes, or approval. Notes and requests need a text. */
    @Transactional
    public void review(Viewer viewer, long id, String action, String note) {
        BlogPost post = locked(viewer, id);
        PostRules rules = posts.rules(viewer, post);
        if (!rules.reviewer()) throw new NotAllowed("Coordinators review posts.");
        if (rules.author()) throw new NotAllowed("Another coordinator reviews your own post.");
        ReviewAction a = reviewAction(action);
        String n = a == ReviewAction.APPROVE ? BlogInput.optional(note, BlogInput.NOTE_MAX, "note")
                : BlogInput.required(note, BlogInput.NOTE_MAX, "note", a == ReviewAction.NOTE ? "the note" : "what should change");
        Instant now = clock.now();
        switch (a) {
            case NOTE -> {
                if (!rules.mayReview()) throw new Conflict("The post is " + label(post.status()) + ": there is nothing to review.");
                timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.REVIEW_NOTE, n, now));
                notices.toAuthor(post, viewer.accountId(), viewer.displayName() + " wrote a review note", n);
            }
            case REQUEST_CHANGES -> {
                if (!rules.mayRequestChanges()) throw new Conflict("Changes are requested of a post in review or approved; this one is " + label(post.status()) + ".");
                post.requestChanges(now);
                timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.CHANGES_REQUESTED, n, now));
                notices.toAuthor(post, viewer.accountId(), viewer.displayName() + " asks for changes", n);
            }
            case APPROVE -> {
                if (!rules.mayApprove()) throw new Conflict("Only a post in review is approved; this one is " + label(post.status()) + ".");
                post.approve(viewer.accountId(), now);
                timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.APPROVED, n, now));
                notices.toAuthor(post, viewer.accountId(), viewer.displayName() + " approved your post"
                        + (rules.consentsComplete() ? "" : " (it waits for consent from " + String.join(", ", rules.waitingFor()) + ")"), n);
            }
        }
    }

    /** Publishes an approved post now (also a scheduled or unpublished one), if every consent covers it. */
    @Transactional
    public void publish(Viewer viewer, long id) {
        BlogPost post = locked(viewer, id);
        PostRules rules = posts.rules(viewer, post);
        requireMayPublish(rules);
        publication.publish(post, viewer.accountId(), clock.now());
    }

    /** Publishes the post at {@code at} (ISO-8601, in the future, within a year). */
    @Transactional
    public Instant schedule(Viewer viewer, long id, String at) {
        BlogPost post = locked(viewer, id);
        PostRules rules = posts.rules(viewer, post);
        requireMayPublish(rules);
        Instant now = clock.now();
        Instant when = instant(at);
        if (!when.isAfter(now)) throw Invalid.field("at", "Choose a time in the future (it is now " + now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + ").");
        if (when.isAfter(now.plus(SCHEDULE_HORIZON))) throw Invalid.field("at", "Schedule the post within a year.");
        post.schedule(when, now);
        timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.SCHEDULED, when.toString(), now));
        notices.toAuthor(post, viewer.accountId(), viewer.displayName() + " scheduled your post for " + when, null);
        return when;
    }

    @Transactional
    public void unschedule(Viewer viewer, long id) {
        BlogPost post = locked(viewer, id);
        PostRules rules = posts.rules(viewer, post);
        if (!rules.authorOrReviewer()) throw new NotAllowed("The author and the reviewers change a post's schedule.");
        if (!rules.mayUnschedule()) throw new Conflict("The post is not scheduled.");
        Instant now = clock.now();
        post.unschedule(now);
        timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.UNSCHEDULED, null, now));
        notices.toAuthor(post, viewer.accountId(), viewer.displayName() + " cancelled the schedule of your post", null);
    }

    @Transactional
    public void unpublish(Viewer viewer, long id, String reason) {
        BlogPost post = locked(viewer, id);
        PostRules rules = posts.rules(viewer, post);
        if (!rules.authorOrReviewer()) throw new NotAllowed("The author and the reviewers unpublish a post.");
        if (!rules.mayUnpublish()) throw new Conflict("The post is not published.");
        publication.unpublish(post, viewer.accountId(), BlogInput.optional(reason, BlogInput.REASON_MAX, "reason"), clock.now());
    }

    private void requireMayPublish(PostRules rules) {
        if (!rules.authorOrReviewer()) throw new NotAllowed("The author and the reviewers publish a post.");
        BlogPost post = rules.post();
        if (post.approvedAt() == null || !(post.status() == Status.APPROVED || post.status() == Status.SCHEDULED
                || post.status() == Status.UNPUBLISHED)) {
            throw new Conflict("The post is " + label(post.status()) + ": a reviewer approves it before it is published.");
        }
        if (!rules.consentsComplete()) {
            throw new Conflict("The post waits for the consent of " + String.join(", ", rules.waitingFor())
                    + " to its current text.");
        }
    }

    /** The post, visible to the viewer, locked for this transaction: two steps at once happen one after the other. */
    private BlogPost locked(Viewer viewer, long id) {
        BlogPost post = posts.visible(viewer, id);
        em.lock(post, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(post);
        return post;
    }

    static String label(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static ReviewAction reviewAction(String text) {
        String a = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ReviewAction action : ReviewAction.values()) if (action.name().equals(a)) return action;
        throw Invalid.field("action", "The review action is NOTE, REQUEST_CHANGES or APPROVE.");
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) throw Invalid.field("at", "Say when to publish, e.g. 2026-05-01T09:00:00Z.");
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                throw Invalid.field("at", "Give the time as in 2026-05-01T09:00:00Z.");
            }
        }
    }
}
