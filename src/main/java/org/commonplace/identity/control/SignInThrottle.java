package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.identity.entity.SignInAttempt;
import org.commonplace.platform.config.Settings;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * After too many failed sign-ins for one account name or from one address within the window
 * (5 in 15 minutes by default), further tries are refused until the oldest failure leaves the
 * window. Counted in the database so that every node of a cluster sees the same tries.
 */
@ApplicationScoped
public class SignInThrottle {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Settings settings;

    /** How long to wait before trying again, if the limit is reached. */
    public Optional<Duration> waitBefore(String login, String address, Instant now) {
        Instant since = now.minus(settings.signInWindow());
        Optional<Duration> byName = waitFor("a.username = :key", key(login), since, now);
        Optional<Duration> byAddress = waitFor("a.address = :key", address, since, now);
        if (byName.isPresent() && byAddress.isPresent()) {
            return Optional.of(byName.get().compareTo(byAddress.get()) > 0 ? byName.get() : byAddress.get());
        }
        return byName.isPresent() ? byName : byAddress;
    }

    public void record(String login, String address, Instant now, boolean succeeded) {
        em.persist(new SignInAttempt(key(login), address, now, succeeded));
    }

    /** Old attempts are of no use once they leave the window. */
    public int forgetBefore(Instant cutoff) {
        return em.createQuery("delete from SignInAttempt a where a.attemptedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private Optional<Duration> waitFor(String condition, String key, Instant since, Instant now) {
        var failures = em.createQuery("select a.attemptedAt from SignInAttempt a where " + condition
                        + " and a.succeeded = false and a.attemptedAt > :since order by a.attemptedAt desc", Instant.class)
                .setParameter("key", key).setParameter("since", since)
                .setMaxResults(settings.signInMaxFailures())
                .getResultList();
        if (failures.size() < settings.signInMaxFailures()) return Optional.empty();
        Instant oldestCounted = failures.get(failures.size() - 1);
        return Optional.of(Duration.between(now, oldestCounted.plus(settings.signInWindow())));
    }

    private static String key(String login) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
