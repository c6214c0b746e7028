package org.commonplace.search.analysis;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;

/**
 * The best items for a parsed query, in two stages (docs/decisions/0014): the candidates query
 * ranks roughly, skipping most of a large result, and the best {@link #RERANK_DEPTH} candidates
 * are re-ranked with the real query (BM25F, proximity and, for questions, relevance feedback).
 * The search page and the relevance evaluation both rank through here.
 */
public final class Ranking {
    /**
     * How many candidates are re-ranked (a multiple of this for deep pages, so that the pages of
     * one search agree). The real ranking mostly reorders the rough one's first few hundred items;
     * what it would take from further down hardly ever reaches a first page.
     */
    public static final int RERANK_DEPTH = 500;
    /**
     * The same for short queries ranked without feedback: with one or two words the rough ranking
     * differs from BM25F only in how a word's fields are added up, so the real ranking reorders
     * its first hundred or so; collecting and re-scoring 500 was a third of such a search's time
     * on the 1.1 M-item benchmark index (docs/benchmarks.md). Feedback takes the deeper window:
     * its added words pull items up from further down.
     */
    public static final int SHORT_RERANK_DEPTH = 100;

    private Ranking() { }

    /**
     * The items a search finds: the candidates query (same matches as the real one) under the filter;
     * a filter that lets through most of the index is applied as Lucene applies deletions (DenseFilterQuery).
     */
    public static Query matching(UserQueries.Parsed parsed, Query filter) {
        return new DenseFilterQuery(parsed.candidates(), filter);
    }

    /**
     * The {@code n} best items that match the parsed query and pass {@code filter} (visibility and
     * facet choices). {@code feedback}: expand the query with relevance feedback taken from the
     * best items that pass the filter (never from items the caller may not see).
     */
    public static TopDocs best(IndexSearcher searcher, UserQueries.Parsed parsed, Query filter, int n, boolean feedback) throws IOException {
        int window = feedback ? RERANK_DEPTH : SHORT_RERANK_DEPTH;
        int depth = window * ((Math.max(1, n) + window - 1) / window);
        TopDocs rough = searcher.search(matching(parsed, filter), new TopScoreDocCollectorManager(depth, null, depth));
        Query ranked = parsed.query();
        if (feedback) {
            ranked = RelevanceFeedback.expand(searcher, parsed.query(), rerank(searcher, rough, parsed.query(), RelevanceFeedback.FEEDBACK_DOCS));
        }
        return rerank(searcher, rough, ranked, n);
    }

    /** The candidates in the order of the real query (which matches each of them), at most n. */
    private static TopDocs rerank(IndexSearcher searcher, TopDocs candidates, Query query, int n) throws IOException {
        return new QueryRescorer(query) {
            @Override
            protected float combine(float roughScore, boolean matches, float score) {
                return matches ? score : 0f; // the real score replaces the rough one
            }
        }.rescore(searcher, candidates, n);
    }
}
