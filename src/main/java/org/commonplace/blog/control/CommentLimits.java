package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.access.Viewer;
import org.commonplace.identity.entity.Account;
import org.commonplace.platform.problem.RateLimited;
import org.commonplace.platform.time.AppClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The forum's posting limits, applied to blog comments: a new account (by default in its first 7
 * days) writes at most 10 comments in 10 minutes, and everyone at most
 * {@code commonplace.blog.comments-per-hour} (30) an hour, so that a careless or compromised
 * account cannot flood the public blog. Counted from the comments table, so every node counts the
 * same. The same settings as the forum's (commonplace.posting.*), counted separately.
 */
@ApplicationScoped
public class CommentLimits {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject AppClock clock;

    @Inject @ConfigProperty(name = "commonplace.posting.new-account-days", defaultValue = "7")
    long newAccountDays;

    @Inject @ConfigProperty(name = "commonplace.posting.new-account-posts", defaultValue = "10")
    int newAccountComments;

    @Inject @ConfigProperty(name = "commonplace.posting.window-minutes", defaultValue = "10")
    long windowMinutes;

    @Inject @ConfigProperty(name = "commonplace.blog.comments-per-hour", defaultValue = "30")
    int perHour;

    /** Throws 429 with the wait, if the viewer may not comment now. Joins the caller's transaction. */
    void check(Viewer viewer) {
        Instant now = clock.now();
        Account account = em.find(Account.class, viewer.accountId());
        if (account != null && !account.createdAt().isBefore(now.minus(Duration.ofDays(newAccountDays)))) {
            limit(viewer, now, newAccountComments, Duration.ofMinutes(windowMinutes),
                    "New accounts may write " + newAccountComments + " comments in " + windowMinutes + " minutes.");
        }
        limit(viewer, now, perHour, Duration.ofHours(1), "You may write " + perHour + " comments an hour.");
    }

    private void limit(Viewer viewer, Instant now, int max, Duration window, String rule) {
        List<Instant> recent = em.createQuery("select c.createdAt from BlogComment c where c.authorId = :a and c.createdAt > :since "
                        + "order by c.createdAt desc", Instant.class)
                .setParameter("a", viewer.accountId()).setParameter("since", now.minus(window))
                .setMaxResults(max).getResultList();
        if (recent.size() >= max) {
            Instant oldest = recent.get(recent.size() - 1);
            throw new RateLimited(rule + " Please wait a little before commenting again.", Duration.between(now, oldest.plus(window)));
        }
    }
}
