package org.commonplace.search.analysis;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.Objects;

/**
 * The items of {@code query} that {@code filter} also matches, with the query's scores: exactly
 * what {@code +query #filter} finds. That BooleanQuery answers every question Lucene asks (counts,
 * explanations, matches, scorers; built only when one is asked) except one: to collect, where the
 * filter is dense in a segment and the query cache already holds it as a bit set, the bit set is
 * handed to the query's own bulk scorer as the accepted documents, the way Lucene hands over the
 * live documents.
 *
 * <p>Why: most members see nearly the whole index (partner1 sees 96 % of the benchmark's), and in
 * Lucene 9 a disjunction under a FILTER clause is scored through a conjunction, without the
 * top-level bulk scorer that skips most of a common word's matches. On the 1.1 M-item benchmark
 * index, `beer` for partner1 took 1.97 ms in the first ranking stage as a conjunction and 0.95 ms
 * this way, with the same top 100 (docs/benchmarks.md). A sparse filter (an anonymous reader's
 * public items) is better as the conjunction, which it leads; so is a filter not yet cached.
 */
final class DenseFilterQuery extends Query {
    /** A filter that matches at least this share of a segment's documents is handed over as accepted documents. */
    static final double DENSE = 0.5;

    private final Query query;
    private final Query filter;

    DenseFilterQuery(Query query, Query filter) {
        this.query = Objects.requireNonNull(query);
        this.filter = Objects.requireNonNull(filter);
    }

    private Query conjunction() {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query q = query.rewrite(searcher);
        Query f = filter.rewrite(searcher);
        return q == query && f == filter ? this : new DenseFilterQuery(q, f);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight accepted = searcher.createWeight(filter, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new Weight(this) {
            /** The query's and the BooleanQuery's weights, each built when first needed: building one looks every term up. */
            private Weight ranked;
            private Weight both;

            private synchronized Weight ranked() throws IOException {
                if (ranked == null) ranked = searcher.createWeight(query, scoreMode, boost);
                return ranked;
            }

            private synchronized Weight both() throws IOException {
                if (both == null) both = searcher.createWeight(searcher.rewrite(conjunction()), scoreMode, boost);
                return both;
            }

            @Override
            public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                Scorer filterScorer = accepted.scorer(context);
                if (filterScorer == null) return null; // the filter matches nothing here
                DocIdSetIterator iterator = filterScorer.iterator();
                FixedBitSet bits = BitSetIterator.getFixedBitSetOrNull(iterator);
                if (bits == null || iterator.cost() < DENSE * context.reader().maxDoc()) return both().bulkScorer(context);
                BulkScorer scorer = ranked().bulkScorer(context);
                return scorer == null ? null : new AcceptingBulkScorer(scorer, bits);
            }

            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                return both().scorer(context);
            }

            @Override
            public int count(LeafReaderContext context) throws IOException {
                return both().count(context);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return both().explain(context, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                try {
                    return both().isCacheable(context);
                } catch (IOException e) {
                    return false;
                }
            }
        };
    }

    /** The query's bulk scorer, accepting only the filter's documents (and, as always, the live ones). */
    static final class AcceptingBulkScorer extends BulkScorer {
        private final BulkScorer scorer;
        private final FixedBitSet filter;

        AcceptingBulkScorer(BulkScorer scorer, FixedBitSet filter) {
            this.scorer = scorer;
            this.filter = filter;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            Bits accepted = acceptDocs == null ? filter : new Bits() {
                @Override
                public boolean get(int index) {
                    return filter.get(index) && acceptDocs.get(index);
                }

                @Override
                public int length() {
                    return filter.length();
                }
            };
            return scorer.score(collector, accepted, min, max);
        }

        @Override
        public long cost() {
            return scorer.cost();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(Occur.MUST, this));
        filter.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "+" + query.toString(field) + " #" + filter.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((DenseFilterQuery) other).query) && filter.equals(((DenseFilterQuery) other).filter);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + query.hashCode()) + filter.hashCode();
    }
}
