package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.identity.entity.BrowserSession;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Browser sign-in sessions, kept in the database so any node can serve any request. */
@ApplicationScoped
public class Sessions {
    /** Refresh last-seen at most this often, so that reading pages does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Settings settings;
    @Inject AppClock clock;
    @Inject Viewers viewers;

    /** A new session with a new id: at sign-in the old id (if any) is dropped, never reused. */
    @Transactional
    public String start(long accountId, String previousToken) {
        if (previousToken != null) end(previousToken);
        String token = SecretTokens.newToken();
        Instant now = clock.now();
        em.persist(new BrowserSession(SecretTokens.hash(token), accountId, now, now.plus(settings.sessionIdle())));
        return token;
    }

    @Transactional
    public Optional<Viewer> viewerFor(String token) {
        Instant now = clock.now();
        return find(token).filter(s -> now.isBefore(s.expiresAt())).flatMap(session -> {
            if (Duration.between(session.lastSeenAt(), now).compareTo(TOUCH_EVERY) > 0) {
                session.seen(now, now.plus(settings.sessionIdle()));
            }
            return viewers.of(session.accountId());
        });
    }

    @Transactional
    public void end(String token) {
        find(token).ifPresent(em::remove);
    }

    /** After a password change every browser must sign in again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endAllOf(long accountId) {
        em.createQuery("delete from BrowserSession s where s.accountId = :a").setParameter("a", accountId).executeUpdate();
    }

    @Transactional
    public int forgetExpired() {
        return em.createQuery("delete from BrowserSession s where s.expiresAt < :now")
                .setParameter("now", clock.now()).executeUpdate();
    }

    private Optional<BrowserSession> find(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        return em.createQuery("select s from BrowserSession s where s.tokenHash = :h", BrowserSession.class)
                .setParameter("h", SecretTokens.hash(token)).getResultStream().findFirst();
    }
}
