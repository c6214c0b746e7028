package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.identity.entity.ApiToken;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bearer tokens for the API: issued at sign-in, expire, listed and revoked by their owner. */
@ApplicationScoped
public class ApiTokens {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    public record Issued(long id, String token, Instant expiresAt) { }

    public record Summary(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                          Instant revokedAt, boolean active) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Settings settings;
    @Inject AppClock clock;
    @Inject Viewers viewers;

    @Transactional
    public Issued issue(long accountId, String name) {
        String token = SecretTokens.newToken();
        Instant now = clock.now();
        ApiToken entity = new ApiToken(SecretTokens.hash(token), accountId,
                name == null || name.isBlank() ? "API token" : name.strip(), now, now.plus(settings.tokenLifetime()));
        em.persist(entity);
        em.flush();
        return new Issued(entity.id(), token, entity.expiresAt());
    }

    /** The viewer a token speaks for; empty when it is unknown, expired or revoked. */
    @Transactional
    public Optional<Viewer> viewerFor(String token) {
        Instant now = clock.now();
        return find(token).filter(t -> t.usableAt(now)).flatMap(t -> {
            if (t.lastUsedAt() == null || Duration.between(t.lastUsedAt(), now).compareTo(TOUCH_EVERY) > 0) t.used(now);
            return viewers.of(t.accountId());
        });
    }

    @Transactional
    public List<Summary> of(long accountId) {
        Instant now = clock.now();
        return em.createQuery("select t from ApiToken t where t.accountId = :a order by t.createdAt desc", ApiToken.class)
                .setParameter("a", accountId).getResultStream()
                .map(t -> new Summary(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt(), t.usableAt(now)))
                .toList();
    }

    /** Revokes one of the owner's tokens; someone else's token is "not found". */
    @Transactional
    public void revoke(long accountId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.accountId() != accountId) throw new NotVisible("token");
        token.revoke(clock.now());
    }

    @Transactional
    public void revoke(String token) {
        find(token).ifPresent(t -> t.revoke(clock.now()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAllOf(long accountId) {
        em.createQuery("update ApiToken t set t.revokedAt = :now where t.accountId = :a and t.revokedAt is null")
                .setParameter("now", clock.now()).setParameter("a", accountId).executeUpdate();
    }

    private Optional<ApiToken> find(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", SecretTokens.hash(token)).getResultStream().findFirst();
    }
}
