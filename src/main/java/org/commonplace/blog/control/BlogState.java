package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * The public blog's change counter (table blog_state, one row). Every change of what the public
 * blog shows as a whole (a post published, unpublished, renamed, its cover changed) adds one, in
 * the same transaction. Lists, feeds and a post's neighbours depend on it, so their ETags contain
 * it; it lives in the database, so every node of a cluster answers the same ETag. PageFacts reads it.
 */
@ApplicationScoped
public class BlogState {
    public record Epoch(long epoch, Instant changedAt) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Instant now) {
        em.createNativeQuery("UPDATE blog_state SET epoch = epoch + 1, changed_at = ? WHERE id = 1")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
    }
}
