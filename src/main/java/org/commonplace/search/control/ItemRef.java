package org.commonplace.search.control;

import org.commonplace.search.entity.SearchItemType;

/** One searchable item, as the outbox and the index name it. */
public record ItemRef(SearchItemType type, long id) {
    /** The unique key of the item's Lucene document, e.g. "resource:12". */
    public String key() {
        return type.apiName() + ":" + id;
    }

    public static ItemRef parse(String key) {
        int colon = key.indexOf(':');
        return new ItemRef(SearchItemType.fromApiName(key.substring(0, colon)).orElseThrow(),
                Long.parseLong(key.substring(colon + 1)));
    }
}
