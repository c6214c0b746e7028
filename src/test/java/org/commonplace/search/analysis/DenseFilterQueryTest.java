package org.commonplace.search.analysis;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dense filter finds exactly what the BooleanQuery "+query #filter" finds, in the same order
 * with the same scores, counts the same, and never lets a document the filter excludes (or a
 * deleted one) through — whether the filter is handed over as accepted documents (dense and
 * cached) or the conjunction is used (sparse, or not cached).
 */
class DenseFilterQueryTest {
    static final String[] WORDS = {"beer", "taste", "yeast", "glass", "hops", "malt", "water", "cellar", "bottle", "foam"};
    static Directory directory;
    static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(42);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(1500))) {
            for (int i = 0; i < 6000; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                doc.add(new NumericDocValuesField("date", random.nextInt(1000)));
                StringBuilder text = new StringBuilder();
                int length = 3 + random.nextInt(30);
                for (int w = 0; w < length; w++) {
                    // common words far more often than rare ones, as in real text
                    text.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 3)]).append(' ');
                }
                doc.add(new TextField("title", random.nextInt(20) == 0 ? WORDS[random.nextInt(WORDS.length)] : "x", Field.Store.NO));
                doc.add(new TextField("body", text.toString(), Field.Store.NO));
                if (random.nextInt(100) < 95) doc.add(new StringField("visible_to", "cohort:1", Field.Store.NO));
                if (random.nextInt(100) < 5) doc.add(new StringField("visible_to", "public", Field.Store.NO));
                writer.addDocument(doc);
            }
            for (int i = 0; i < 6000; i += 7) writer.deleteDocuments(new Term("id", Integer.toString(i)));
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** A searcher whose query cache holds every filter as Lucene would on a large index after a few searches. */
    static IndexSearcher cachingSearcher() {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(new LRUQueryCache(100, 16 * 1024 * 1024, leaf -> true, Float.POSITIVE_INFINITY));
        searcher.setQueryCachingPolicy(new QueryCachingPolicy() {
            @Override
            public void onUse(Query query) { }

            @Override
            public boolean shouldCache(Query query) {
                return true;
            }
        });
        return searcher;
    }

    static Query words(String... words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            b.add(new BoostQuery(new TermQuery(new Term("title", w)), 3f), Occur.SHOULD);
            b.add(new TermQuery(new Term("body", w)), Occur.SHOULD);
        }
        return b.build();
    }

    static Query visibleTo(String... tokens) {
        return new TermInSetQuery("visible_to", List.of(tokens).stream().map(BytesRef::new).toList());
    }

    static final List<Query> QUERIES = List.of(words("beer"), words("taste"), words("cellar"), words("beer", "taste"),
            words("foam", "malt", "hops"));
    static final List<Query> FILTERS = List.of(visibleTo("cohort:1", "public"), visibleTo("public"), visibleTo("nobody"));

    @Test
    void findsWhatTheBooleanConjunctionFindsInTheSameOrder() throws IOException {
        for (IndexSearcher searcher : List.of(cachingSearcher(), new IndexSearcher(reader))) {
            for (Query filter : FILTERS) {
                for (Query query : QUERIES) {
                    Query expected = new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
                    Query actual = new DenseFilterQuery(query, filter);
                    for (int n : new int[] {10, 100}) {
                        for (int round = 0; round < 3; round++) { // the first rounds fill the query cache
                            assertSameHits(searcher.search(actual, n), searcher.search(expected, n), query + " under " + filter);
                        }
                    }
                    assertThat(searcher.count(actual)).as("count of " + query + " under " + filter).isEqualTo(searcher.count(expected));
                    Sort newestFirst = new Sort(new SortField("date", SortField.Type.LONG, true), SortField.FIELD_DOC);
                    assertSameHits(searcher.search(actual, 100, newestFirst), searcher.search(expected, 100, newestFirst),
                            query + " under " + filter + ", newest first");
                }
            }
        }
    }

    @Test
    void aDenseCachedFilterIsHandedToTheQuerysOwnBulkScorer() throws IOException {
        IndexSearcher searcher = cachingSearcher();
        Query dense = visibleTo("cohort:1", "public");
        searcher.count(dense); // now in the query cache
        Weight weight = searcher.createWeight(searcher.rewrite(new DenseFilterQuery(words("beer"), dense)), ScoreMode.TOP_SCORES, 1f);
        assertThat(weight.bulkScorer(reader.leaves().get(0))).isInstanceOf(DenseFilterQuery.AcceptingBulkScorer.class);

        Query sparse = visibleTo("public");
        searcher.count(sparse);
        Weight sparseWeight = searcher.createWeight(searcher.rewrite(new DenseFilterQuery(words("beer"), sparse)), ScoreMode.TOP_SCORES, 1f);
        assertThat(sparseWeight.bulkScorer(reader.leaves().get(0))).isNotInstanceOf(DenseFilterQuery.AcceptingBulkScorer.class);
    }

    @Test
    void neverFindsADocumentTheFilterExcludesOrADeletedOne() throws IOException {
        IndexSearcher searcher = cachingSearcher();
        Query filter = visibleTo("cohort:1");
        searcher.count(filter);
        TopDocs all = searcher.search(new DenseFilterQuery(words("beer", "taste", "yeast"), filter), 10_000);
        assertThat(all.scoreDocs).isNotEmpty();
        for (ScoreDoc hit : all.scoreDocs) {
            int id = Integer.parseInt(searcher.storedFields().document(hit.doc).get("id"));
            assertThat(id % 7).as("deleted documents stay deleted").isNotZero();
            assertThat(searcher.count(new BooleanQuery.Builder().add(new TermQuery(new Term("id", Integer.toString(id))), Occur.MUST)
                    .add(filter, Occur.FILTER).build())).as("hit " + id + " passes the filter").isEqualTo(1);
        }
    }

    static void assertSameHits(TopDocs actual, TopDocs expected, String what) {
        assertThat(actual.scoreDocs.length).as(what).isEqualTo(expected.scoreDocs.length);
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            assertThat(actual.scoreDocs[i].doc).as(what + ", hit " + i).isEqualTo(expected.scoreDocs[i].doc);
            // boxed: a search sorted by date has no scores (NaN), and equal NaNs must count as equal
            assertThat(Float.valueOf(actual.scoreDocs[i].score)).as(what + ", score " + i).isEqualTo(Float.valueOf(expected.scoreDocs[i].score));
        }
    }
}
