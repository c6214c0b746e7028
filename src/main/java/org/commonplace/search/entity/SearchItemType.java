package org.commonplace.search.entity;

/**
 * What the search index holds. The outbox names an item by type and id; the indexer reloads the
 * item by id, so the index always shows the database's current state of it (or nothing, when the
 * item is gone, hidden or not yet published).
 */
public enum SearchItemType {
    /** A library resource, with the text of its files. */
    RESOURCE,
    /** A forum thread: its title, tags and opening post. */
    THREAD,
    /** A reply in a forum thread (not the opening post, which belongs to the thread). */
    POST,
    /** Pair workspaces (found only by the pair's members): a message, a shared document, a goal, a journal entry. */
    WORKSPACE_MESSAGE,
    WORKSPACE_DOCUMENT,
    WORKSPACE_GOAL,
    WORKSPACE_JOURNAL,
    /** A published blog post (only published posts are indexed; everyone may see them). */
    BLOG_POST;

    /** The name used in the API and in URLs ("resource", "thread", "post", "blog-post"). */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<SearchItemType> fromApiName(String name) {
        for (SearchItemType t : values()) if (t.apiName().equals(name)) return java.util.Optional.of(t);
        return java.util.Optional.empty();
    }
}
