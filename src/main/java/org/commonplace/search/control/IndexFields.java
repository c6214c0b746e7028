package org.commonplace.search.control;

import org.apache.lucene.facet.FacetsConfig;

/** The non-text fields of the index (text fields: search.analysis.SearchFields). */
public final class IndexFields {
    /** Unique key "type:id" of the document (ItemRef.key()). */
    public static final String KEY = "key";
    public static final String TYPE = "type";
    /** For replies: the thread they belong to, so a thread's change can replace all its replies. */
    public static final String THREAD = "thread";
    /** Epoch milliseconds: sort by date. */
    public static final String DATE = "date";

    /** Facet dimensions (SortedSetDocValues facets; counted over the visible matches only). */
    public static final String FACET_TYPE = "type";
    public static final String FACET_TAG = "tag";
    public static final String FACET_COHORT = "cohort";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_YEAR = "year";
    public static final java.util.List<String> FACETS = java.util.List.of(FACET_TYPE, FACET_TAG, FACET_COHORT, FACET_LANGUAGE, FACET_YEAR);

    /** Bumped whenever documents change shape: an index of another version is rebuilt at start-up. */
    public static final int SCHEMA_VERSION = 3; // 2: the key as doc values too; 3: snippet text as doc values, not stored

    static final FacetsConfig FACETS_CONFIG = facetsConfig();

    private IndexFields() { }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_TAG, true);
        return config;
    }
}
