package org.commonplace.search.control;

import org.commonplace.access.Viewer;
import org.commonplace.search.entity.SearchItemType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feature's own searchable items (a CDI bean of the feature), for types the search package does
 * not read itself. The feature reloads its items by id (never trusting the outbox), names exactly
 * the accounts that may find each one (no cohort, no coordinators: the index then holds only
 * "account:&lt;id&gt;" tokens for it), and makes the last check before a hit is shown.
 */
public interface SearchableItems {
    /** An item as the index holds it; {@code visibleTo}: the accounts that may find it. */
    record Indexed(long id, Instant date, Set<Long> visibleTo, String language, String title, String body) { }

    /** A batch of a full rebuild; {@code lastId} counts items that were skipped too. */
    record Batch(List<Indexed> items, long lastId) { }

    Set<SearchItemType> types();

    /** The current state of these items; an id missing from the answer is deleted from the index. Joins the caller's transaction. */
    List<Indexed> current(SearchItemType type, Collection<Long> ids);

    long count(SearchItemType type);

    Batch after(SearchItemType type, long afterId, int max);

    /** The items this viewer may open now, with title, link, context and date, as their own page would decide. */
    Map<Long, SearchItems.Item> visible(Viewer viewer, SearchItemType type, Collection<Long> ids);
}
