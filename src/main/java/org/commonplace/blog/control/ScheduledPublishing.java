package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.blog.entity.BlogEvent;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Publishes the scheduled posts whose time has come. Exactly once, however many nodes look at the
 * same moment: each post is published in its own transaction that first locks the post's row
 * (SELECT … FOR UPDATE) and checks that it is still SCHEDULED and due, so a second node (or a
 * second run) finds it PUBLISHED and leaves it. A post that was due while every node was down is
 * published at the first look after the restart: the schedule lives in the database.
 */
@ApplicationScoped
public class ScheduledPublishing {
    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject BlogTimeline timeline;
    @Inject AppClock clock;
    @Inject BlogPosts posts;
    @Inject BlogPublication publication;
    @Inject BlogNotices notices;
    @Inject ScheduledPublishing self;

    /** Publishes every post that is due; answers how many this call published. */
    public int publishDue() {
        int published = 0;
        for (long id : self.due()) { // through the proxy, as every transactional step here
            if (self.publishIfDue(id)) published++;
        }
        return published;
    }

    @Transactional
    public List<Long> due() {
        return em.createQuery("select p.id from BlogPost p where p.status = :scheduled and p.scheduledFor <= :now order by p.scheduledFor",
                        Long.class).setParameter("scheduled", BlogPost.Status.SCHEDULED).setParameter("now", clock.now())
                .setMaxResults(500).getResultList();
    }

    /** In a transaction of its own, under the post's row lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean publishIfDue(long id) {
        BlogPost post = em.find(BlogPost.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (post == null || post.status() != BlogPost.Status.SCHEDULED || post.scheduledFor().isAfter(now)) return false;
        List<String> waiting = BlogPosts.waitingFor(post, posts.subjectsOf(id));
        if (post.approvedAt() == null || !waiting.isEmpty()) {
            // consent changes unschedule at once; this guards against any other way a consent could lapse
            post.unschedule(now);
            String why = "not published: waiting for the consent of " + String.join(", ", waiting);
            timeline.record(new BlogEvent(id, null, BlogEvent.Kind.UNSCHEDULED, why, now));
            notices.toAuthor(post, null, "Your scheduled post was " + why, null);
            return false;
        }
        publication.publish(post, null, now);
        LOG.info(() -> "Published scheduled blog post " + id);
        return true;
    }
}
