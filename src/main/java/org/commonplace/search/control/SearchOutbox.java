package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.search.entity.SearchItemType;
import org.commonplace.search.entity.SearchOutboxEntry;

import java.time.Instant;

/**
 * Every feature that changes something searchable calls {@link #changed} inside the transaction
 * that makes the change. The row commits or rolls back with the change, so the index can never
 * learn of a change the database does not have, nor miss one it has (docs/decisions/0013).
 */
@ApplicationScoped
public class SearchOutbox {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @jakarta.inject.Inject jakarta.enterprise.event.Event<OutboxWritten> written;

    /**
     * Records that the item changed (created, edited, published, hidden, moved, deleted …). Needs
     * the caller's transaction: outside one the change and its record could part ways.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(SearchItemType type, long id) {
        // Real time, not AppClock: the indexer compares it with real time to tell a transaction
        // still in flight from one that rolled back (see OutboxReader).
        em.persist(new SearchOutboxEntry(type, id, Instant.now()));
        written.fire(new OutboxWritten());
    }
}
