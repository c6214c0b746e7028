package org.commonplace.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What start-up finds in the index directory decides whether the node uses its index or rebuilds. */
class IndexGenerationTest {
    @TempDir
    Path root;

    Path write(long appliedThrough, Map<String, String> data) throws IOException {
        Path gen = IndexGeneration.newGeneration(root);
        try (IndexWriter writer = IndexGeneration.openWriter(gen, IndexWriterConfig.OpenMode.CREATE)) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.KEY, "resource:1", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(data == null ? IndexGeneration.commitData(appliedThrough, Instant.ofEpochMilli(5)).entrySet()
                    : data.entrySet());
            writer.commit();
        }
        IndexGeneration.makeCurrent(root, gen);
        return gen;
    }

    @Test
    void an_empty_directory_is_missing() {
        assertThat(IndexGeneration.inspect(root).condition()).isEqualTo(IndexGeneration.Condition.MISSING);
    }

    @Test
    void a_sound_index_of_this_schema_is_used_with_its_watermark() throws IOException {
        Path gen = write(42, null);
        IndexGeneration.Inspection found = IndexGeneration.inspect(root);
        assertThat(found.condition()).isEqualTo(IndexGeneration.Condition.USABLE);
        assertThat(found.path()).isEqualTo(gen);
        assertThat(found.appliedThrough()).isEqualTo(42);
        assertThat(found.builtAt()).isEqualTo(Instant.ofEpochMilli(5));
    }

    @Test
    void an_index_of_another_schema_is_outdated() throws IOException {
        write(0, Map.of(IndexGeneration.SCHEMA, "0", IndexGeneration.APPLIED_THROUGH, "7"));
        assertThat(IndexGeneration.inspect(root).condition()).isEqualTo(IndexGeneration.Condition.OUTDATED);
    }

    @Test
    void a_damaged_file_makes_the_index_corrupt() throws IOException {
        Path gen = write(42, null);
        try (var files = Files.list(gen)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cfs") || p.toString().endsWith(".fdt")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x5A; // one flipped byte: the checksum no longer matches
                Files.write(f, bytes);
            }
        }
        assertThat(IndexGeneration.inspect(root).condition()).isEqualTo(IndexGeneration.Condition.CORRUPT);
    }

    @Test
    void making_a_generation_current_removes_the_older_ones() throws IOException {
        Path old = write(1, null);
        Path current = write(2, null);
        assertThat(Files.exists(old)).isFalse();
        assertThat(IndexGeneration.current(root)).contains(current);
    }

    @Test
    void searchers_cache_a_frequent_filter_on_a_segment_of_a_few_documents() throws IOException {
        Path gen = write(1, null); // one segment of one document: Lucene's default cache would leave it out
        LRUQueryCache cache = (LRUQueryCache) IndexGeneration.QUERY_CACHE;
        try (DirectoryReader reader = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(gen))) {
            IndexSearcher searcher = IndexGeneration.searcherFactory().newSearcher(reader, null);
            assertThat(searcher.getQueryCache()).isSameAs(cache);
            // a visibility clause is a TermInSetQuery (Lucene never caches a single TermQuery)
            Query filter = new TermInSetQuery(IndexFields.KEY, List.of(new BytesRef("resource:1"), new BytesRef("resource:2")));
            long cachedBefore = cache.getCacheCount();
            for (int i = 0; i < 10; i++) { // the caching policy waits until a filter has been used a few times
                searcher.search(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(filter, BooleanClause.Occur.FILTER).build(), 10);
            }
            assertThat(cache.getCacheCount()).isGreaterThan(cachedBefore);
        }
    }
}
