package org.commonplace.search.analysis;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** The ranking function, the same at index and at search time. */
public final class SearchSimilarity {
    private static final Similarity BM25 = new BM25Similarity();

    private SearchSimilarity() { }

    public static Similarity get() { return BM25; }
}
