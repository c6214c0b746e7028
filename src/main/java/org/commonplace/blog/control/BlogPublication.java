package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.blog.entity.BlogEvent;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;

import java.time.Instant;

/**
 * Putting a post on the public blog and taking it off, whoever does it (its author, a reviewer,
 * the scheduler, a withdrawn consent). In the caller's transaction: the status, the timeline, the
 * blog's change counter (ETags), the search index's outbox and the notifications change together
 * or not at all.
 */
@ApplicationScoped
public class BlogPublication {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject BlogTimeline timeline;
    @Inject BlogState state;
    @Inject SearchOutbox searchOutbox;
    @Inject BlogNotices notices;
    @Inject BlogPosts posts;

    /** actorId null: the scheduler. The caller has checked approval and consent. */
    void publish(BlogPost post, Long actorId, Instant now) {
        boolean first = post.publishedAt() == null;
        post.publish(now);
        timeline.record(new BlogEvent(post.id(), actorId, BlogEvent.Kind.PUBLISHED, first ? null : "published again", now));
        publicChange(post, now);
        notices.toAuthor(post, actorId, first ? "Your post is published" : "Your post is published again", null);
        notices.toSubjects(post, posts.subjectsOf(post.id()), actorId, "A post you agreed to is now public");
    }

    void unpublish(BlogPost post, Long actorId, String why, Instant now) {
        post.unpublish(now);
        timeline.record(new BlogEvent(post.id(), actorId, BlogEvent.Kind.UNPUBLISHED, why, now));
        publicChange(post, now);
        notices.toAuthor(post, actorId, "Your post was unpublished" + (why == null ? "" : " (" + why + ")"), why);
    }

    /** Something the public blog shows changed: lists, feeds and the index follow. */
    void publicChange(BlogPost post, Instant now) {
        em.flush();
        state.changed(now);
        searchOutbox.changed(SearchItemType.BLOG_POST, post.id());
    }
}
