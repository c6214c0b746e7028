package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;
import org.commonplace.access.Viewer;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.Post;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.time.AppClock;

/** Replying to a thread, optionally to one post of it. */
@ApplicationScoped
public class Replies {
    public record Posted(long postId, long threadId, int position) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Threads threads;
    @Inject AppClock clock;
    @Inject SearchOutbox searchOutbox;
    @Inject PostingLimits postingLimits;
    @Inject jakarta.enterprise.inject.Instance<ForumNotifications> notifications;

    @Transactional
    public Posted reply(Viewer viewer, long threadId, String body, Long replyTo) {
        threads.visible(viewer, threadId);
        Invalid.Collector errors = ForumInput.checkBody(new Invalid.Collector(), body);
        if (replyTo != null) {
            Post target = em.find(Post.class, replyTo);
            errors.check(target != null && target.threadId() == threadId, "replyTo",
                    "You can only reply to a post of this thread.");
        }
        errors.throwIfAny();
        postingLimits.check(viewer);
        // the row lock makes concurrent replies take positions one after the other; flush first,
        // because locking re-reads the row and would drop changes not yet written in this transaction
        em.flush();
        ForumThread thread = em.find(ForumThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread.locked()) throw new Conflict("This thread is locked: it takes no new replies.");
        var now = clock.now();
        Post post = new Post(threadId, thread.addPost(now), viewer.accountId(), body, replyTo, now);
        em.persist(post);
        em.flush();
        searchOutbox.changed(SearchItemType.POST, post.id());
        notifications.get().postCreated(viewer, thread, post, false);
        return new Posted(post.id(), threadId, post.position());
    }
}
