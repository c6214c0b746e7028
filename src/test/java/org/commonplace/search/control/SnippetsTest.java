package org.commonplace.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.commonplace.search.analysis.SearchAnalyzers;
import org.commonplace.search.analysis.SearchText;
import org.commonplace.search.analysis.SearchSimilarity;
import org.commonplace.search.analysis.UserQueries;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets are cut from the text kept as doc values (or, in an index of schema 2, from stored fields), escaped, then marked. */
class SnippetsTest {
    private static final String BODY = "Our partners asked about <script>budgets</script>. "
            + "A mentor shared a template for the volunteer rota, and the rota worked.";

    @Test
    void a_snippet_is_cut_from_the_body_kept_as_doc_values_escaped_then_marked() throws Exception {
        assertThat(snippetsFor("rota", SnippetsTest::schema3, "Rota", BODY))
                .containsExactly("A mentor shared a template for the volunteer <mark>rota</mark>, and the <mark>rota</mark> worked.");
        assertThat(snippetsFor("budgets", SnippetsTest::schema3, "Budgets", BODY).get(0))
                .contains("&lt;script&gt;<mark>budgets</mark>&lt;&#x2F;script&gt;").doesNotContain("<script>");
    }

    @Test
    void an_index_of_schema_2_answering_during_its_rebuild_gives_the_same_snippets_from_stored_fields() throws Exception {
        assertThat(snippetsFor("rota", SnippetsTest::schema2, "Rota", BODY))
                .isEqualTo(snippetsFor("rota", SnippetsTest::schema3, "Rota", BODY));
    }

    @Test
    void an_item_without_the_word_in_its_text_shows_its_first_sentence() throws Exception {
        assertThat(snippetsFor("rota", SnippetsTest::schema3, "Rota", "Nothing here says it. Nor here."))
                .containsExactly("Nothing here says it. ");
    }

    @Test
    void the_body_gives_the_snippet_and_the_summary_only_for_an_item_without_body_text() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.perField()).setSimilarity(SearchSimilarity.get()))) {
            writer.addDocument(withSummary("Rota", "The rota in short.", BODY));
            writer.addDocument(withSummary("Rota", "A rota for volunteers.", null));
            writer.addDocument(withSummary("Rota", "Nothing to mark.", "Nor here."));
            writer.addDocument(withSummary("Rota", null, null));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SearchSimilarity.get());
                ScoreDoc[] docs = {new ScoreDoc(3, 1f), new ScoreDoc(1, 1f), new ScoreDoc(0, 1f), new ScoreDoc(2, 1f)};
                assertThat(Snippets.of(searcher, UserQueries.parse("rota").candidates(), docs)).containsExactly(
                        "",
                        "A <mark>rota</mark> for volunteers.",
                        "A mentor shared a template for the volunteer <mark>rota</mark>, and the <mark>rota</mark> worked.",
                        "Nor here.");
            }
        }
    }

    @Test
    void only_the_first_characters_of_a_long_text_are_kept_for_snippets_never_half_a_character() throws Exception {
        String emoji = "\uD83D\uDE00"; // one character, two chars
        String text = "a".repeat(SearchText.SNIPPET_SOURCE_MAX - 1) + emoji + " rota";
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.perField()))) {
            writer.addDocument(schema3("Long", text));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                BinaryDocValues values = leaf.getBinaryDocValues("body_en");
                assertThat(values.advanceExact(0)).isTrue();
                assertThat(values.binaryValue().utf8ToString()).isEqualTo("a".repeat(SearchText.SNIPPET_SOURCE_MAX - 1));
            }
        }
    }

    @Test
    void passages_are_scored_as_lucene_scores_them() {
        Passage passage = new Passage();
        passage.setStartOffset(120);
        passage.setEndOffset(220);
        BytesRef rota = new BytesRef("rota");
        BytesRef mentor = new BytesRef("mentor");
        passage.addMatch(130, 134, new BytesRef("rota"), 5);
        passage.addMatch(140, 146, mentor, 2);
        passage.addMatch(150, 154, rota, 5);
        passage.addMatch(160, 164, new BytesRef("rota"), 5);
        assertThat(new Snippets.Scorer().score(passage, 2_000)).isEqualTo(new PassageScorer().score(passage, 2_000)).isPositive();
    }

    private static List<String> snippetsFor(String typed, BiFunction<String, String, Document> document, String title, String body) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.perField()).setSimilarity(SearchSimilarity.get()))) {
            writer.addDocument(document.apply(title, body));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SearchSimilarity.get());
                return List.of(Snippets.of(searcher, UserQueries.parse(typed).candidates(), new ScoreDoc[] {new ScoreDoc(0, 1f)}));
            }
        }
    }

    private static Document schema3(String title, String body) {
        Document doc = new Document();
        SearchText.add(doc, "en", title, List.of(), null, body);
        return doc;
    }

    private static Document withSummary(String title, String summary, String body) {
        Document doc = new Document();
        SearchText.add(doc, "en", title, List.of(), summary, body);
        return doc;
    }

    /** As schema 2 wrote an English body: stored, offsets in the postings, no doc values. */
    private static Document schema2(String title, String body) {
        FieldType stored = new FieldType();
        stored.setTokenized(true);
        stored.setStored(true);
        stored.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        stored.setStoreTermVectors(true);
        stored.freeze();
        Document doc = new Document();
        doc.add(new Field("title_en", title, TextField.TYPE_NOT_STORED));
        doc.add(new Field("body_en", body, stored));
        return doc;
    }
}
