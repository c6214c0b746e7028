package org.commonplace.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Totals and facet counts are kept for one state of the index, and never outlive it. */
class SearchCountsTest {
    final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriter writer;
    final SearchCounts counts = new SearchCounts();

    @BeforeEach
    void open() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig());
        counts.entries = 10;
        counts.start();
    }

    void add(String visibleTo, String type) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(VisibilityTokens.FIELD, visibleTo, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TYPE, type));
        writer.addDocument(IndexFields.FACETS_CONFIG.build(doc));
        writer.commit();
    }

    IndexSearcher searcher() throws IOException {
        return new IndexSearcher(DirectoryReader.open(directory));
    }

    static Query visibleTo(String token) {
        return new TermQuery(new Term(VisibilityTokens.FIELD, token));
    }

    @Test
    void countsAndFacetsAreThoseOfTheVisibleMatchesOnly() throws IOException {
        add("public", "resource");
        add("public", "thread");
        add("cohort:1", "thread");
        SearchCounts.Counts c = counts.of(searcher(), visibleTo("public"));
        assertThat(c.total()).isEqualTo(2);
        assertThat(c.byDimension().get(IndexFields.FACET_TYPE).labelValues)
                .extracting(lv -> lv.label + "=" + lv.value).containsExactlyInAnyOrder("resource=1", "thread=1");
        assertThat(counts.of(searcher(), visibleTo("nobody")).total()).isZero();
    }

    @Test
    void theSameIndexStateAndQueryReuseTheCountsAndAChangedIndexCountsAgain() throws IOException {
        add("public", "resource");
        IndexSearcher first = searcher();
        SearchCounts.Counts once = counts.of(first, visibleTo("public"));
        assertThat(counts.of(first, visibleTo("public"))).isSameAs(once);

        add("public", "thread");
        SearchCounts.Counts after = counts.of(searcher(), visibleTo("public"));
        assertThat(after.total()).isEqualTo(2);
        assertThat(counts.of(first, visibleTo("public")).total()).isEqualTo(1); // the older state keeps its own
    }

    @Test
    void withNoEntriesEverySearchIsCountedAnew() throws IOException {
        counts.entries = 0;
        counts.start();
        add("public", "resource");
        IndexSearcher searcher = searcher();
        assertThat(counts.of(searcher, visibleTo("public"))).isNotSameAs(counts.of(searcher, visibleTo("public")));
    }
}
