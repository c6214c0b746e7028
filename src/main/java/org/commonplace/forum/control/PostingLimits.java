package org.commonplace.forum.control;

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
 * New accounts post at a limited pace (by default 10 posts in 10 minutes during their first 7
 * days), which stops a compromised or careless new account from flooding a cohort. Counted from
 * the posts table, so every node of a cluster counts the same.
 */
@ApplicationScoped
public class PostingLimits {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject AppClock clock;

    @Inject @ConfigProperty(name = "commonplace.posting.new-account-days", defaultValue = "7")
    long newAccountDays;

    @Inject @ConfigProperty(name = "commonplace.posting.new-account-posts", defaultValue = "10")
    int newAccountPosts;

    @Inject @ConfigProperty(name = "commonplace.posting.window-minutes", defaultValue = "10")
    long windowMinutes;

    /** Throws 429 with the wait, if the viewer may not post now. Joins the caller's transaction. */
    void check(Viewer viewer) {
        Account account = em.find(Account.class, viewer.accountId());
        Instant now = clock.now();
        if (account == null || account.createdAt().isBefore(now.minus(Duration.ofDays(newAccountDays)))) return;
        Duration window = Duration.ofMinutes(windowMinutes);
        List<Instant> recent = em.createQuery("select p.createdAt from Post p where p.authorId = :a and p.createdAt > :since "
                        + "order by p.createdAt desc", Instant.class)
                .setParameter("a", viewer.accountId()).setParameter("since", now.minus(window))
                .setMaxResults(newAccountPosts).getResultList();
        if (recent.size() >= newAccountPosts) {
            Instant oldest = recent.get(recent.size() - 1);
            throw new RateLimited("New accounts may write " + newAccountPosts + " posts in " + windowMinutes
                    + " minutes. Please wait a little before posting again.", Duration.between(now, oldest.plus(window)));
        }
    }
}
