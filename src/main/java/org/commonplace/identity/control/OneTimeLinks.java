package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.identity.entity.OneTimeLink;
import org.commonplace.platform.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues and redeems invitation and password-reset links. Joins the caller's transaction. */
@ApplicationScoped
public class OneTimeLinks {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject AppClock clock;

    /** Returns the token to put in the link; the database keeps only its hash. */
    public String issue(OneTimeLink.Purpose purpose, long accountId, Duration lifetime) {
        String token = SecretTokens.newToken();
        Instant now = clock.now();
        em.persist(new OneTimeLink(SecretTokens.hash(token), purpose, accountId, now, now.plus(lifetime)));
        return token;
    }

    /** The link if it exists, has this purpose, is unused and has not expired. */
    public Optional<OneTimeLink> usable(String token, OneTimeLink.Purpose purpose) {
        if (token == null || token.length() > 100) return Optional.empty();
        Instant now = clock.now();
        return em.createQuery("select l from OneTimeLink l where l.tokenHash = :h", OneTimeLink.class)
                .setParameter("h", SecretTokens.hash(token)).getResultStream()
                .filter(l -> l.purpose() == purpose && l.usableAt(now))
                .findFirst();
    }

    /** Other open links of the same kind for the account stop working when one is used. */
    public void useAll(long accountId, OneTimeLink.Purpose purpose) {
        em.createQuery("update OneTimeLink l set l.usedAt = :now where l.accountId = :a and l.purpose = :p and l.usedAt is null")
                .setParameter("now", clock.now()).setParameter("a", accountId).setParameter("p", purpose)
                .executeUpdate();
    }
}
