package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.blog.entity.BlogEvent;

/**
 * Writes a step on a post's timeline. Each event is flushed at once, so that its id follows the
 * order of the steps: several steps of one transaction share the same time, and the persistence
 * provider does not keep the order of inserts it batches. Joins the caller's transaction.
 */
@ApplicationScoped
public class BlogTimeline {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    BlogEvent record(BlogEvent event) {
        em.persist(event);
        em.flush();
        return event;
    }
}
