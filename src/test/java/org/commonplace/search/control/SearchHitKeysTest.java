package org.commonplace.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.commonplace.search.entity.SearchItemType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A result page learns which items its hits are from the key's doc values, or from the stored key of an older index. */
class SearchHitKeysTest {

    @Test
    void hits_are_read_in_their_order_from_the_keys_doc_values() throws IOException {
        assertThat(keysOf(List.of(schema2("thread:7"), schema2("resource:3"), schema2("post:12"))))
                .containsExactly(new ItemRef(SearchItemType.POST, 12), new ItemRef(SearchItemType.THREAD, 7),
                        new ItemRef(SearchItemType.RESOURCE, 3));
    }

    @Test
    void an_index_of_schema_1_answering_during_its_rebuild_gives_them_from_the_stored_key() throws IOException {
        // Lucene refuses doc values for a field that a segment of the index has without them, so a
        // schema 1 index only ever holds schema 1 documents: it answers read-only while its successor is built
        assertThat(keysOf(List.of(schema1("thread:7"), schema1("resource:3"), schema1("post:12"))))
                .containsExactly(new ItemRef(SearchItemType.POST, 12), new ItemRef(SearchItemType.THREAD, 7),
                        new ItemRef(SearchItemType.RESOURCE, 3));
    }

    /** The keys of hits on documents 2, 0 and 1, the first two documents in a segment of their own. */
    private static List<ItemRef> keysOf(List<Document> documents) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.addDocument(documents.get(0));
            writer.addDocument(documents.get(1));
            writer.commit();
            writer.addDocument(documents.get(2));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(reader.leaves()).hasSize(2);
                ScoreDoc[] hits = {new ScoreDoc(2, 3f), new ScoreDoc(0, 2f), new ScoreDoc(1, 1f)};
                return Search.refs(new IndexSearcher(reader), hits);
            }
        }
    }

    private static Document schema1(String key) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.KEY, key, Field.Store.YES));
        return doc;
    }

    private static Document schema2(String key) {
        Document doc = schema1(key);
        doc.add(new SortedDocValuesField(IndexFields.KEY, new BytesRef(key)));
        return doc;
    }
}
