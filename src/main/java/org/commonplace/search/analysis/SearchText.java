package org.commonplace.search.analysis;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.util.Collection;

/** Adds an item's text to its Lucene document: per-language analysed fields, and the text snippets are cut from as doc values. */
public final class SearchText {
    /**
     * Summary and body: offsets in the postings, so the UnifiedHighlighter cuts snippets without
     * re-analysing; positions for phrases and proximity; term vectors (terms and counts only) so
     * that relevance feedback and "related resources" read an item's words without analysing it
     * again. The text itself is kept beside it as binary doc values (the first
     * {@link #SNIPPET_SOURCE_MAX} characters), not as a stored field: a stored field is read by
     * decompressing a block of neighbouring documents per hit, doc values are read in place
     * (docs/decisions/0014).
     */
    static final FieldType SNIPPET_TEXT = new FieldType();
    /** Title and tags: the same, but not stored (the title is stored as written in TITLE_TEXT). */
    static final FieldType TEXT = new FieldType();
    /** Every word as written, for spelling and typo tolerance: which items have it, nothing more (no counts, no norms). */
    static final FieldType WORDS = new FieldType();

    static {
        SNIPPET_TEXT.setTokenized(true);
        SNIPPET_TEXT.setStored(false);
        SNIPPET_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SNIPPET_TEXT.setStoreTermVectors(true);
        SNIPPET_TEXT.freeze();
        TEXT.setTokenized(true);
        TEXT.setStored(false);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.setStoreTermVectors(true);
        TEXT.freeze();
        WORDS.setTokenized(true);
        WORDS.setStored(false);
        WORDS.setOmitNorms(true);
        WORDS.setIndexOptions(IndexOptions.DOCS);
        WORDS.freeze();
    }

    /** How much of a summary or body snippets are cut from (the highlighter's limit; a longer text is still indexed whole). */
    public static final int SNIPPET_SOURCE_MAX = 100_000;

    private SearchText() { }

    /**
     * Adds the text of one item in the given language (two-letter code; unknown codes are
     * indexed language-neutrally). Tags, summary and body may be empty.
     */
    public static void add(Document doc, String languageCode, String title, Collection<String> tags, String summary, String body) {
        IndexLanguage language = IndexLanguage.of(languageCode);
        String safeTitle = title == null ? "" : title;
        doc.add(new StoredField(SearchFields.TITLE_TEXT, safeTitle));
        doc.add(new Field(SearchFields.of(SearchFields.TITLE, language), safeTitle, TEXT));
        doc.add(new Field(SearchFields.WORDS, safeTitle, WORDS));
        if (tags != null && !tags.isEmpty()) {
            // one value per tag: the position gap keeps "pair programming" + "remote" from matching "programming remote"
            for (String tag : tags) {
                doc.add(new Field(SearchFields.of(SearchFields.TAGS, language), tag, TEXT));
                doc.add(new Field(SearchFields.WORDS, tag, WORDS));
            }
        }
        if (summary != null && !summary.isBlank()) {
            addSnippetText(doc, SearchFields.of(SearchFields.SUMMARY, language), summary);
            doc.add(new Field(SearchFields.WORDS, summary, WORDS));
        }
        if (body != null && !body.isBlank()) {
            addSnippetText(doc, SearchFields.of(SearchFields.BODY, language), body);
            doc.add(new Field(SearchFields.WORDS, body, WORDS));
        }
    }

    /** The analysed field, and its text for snippets under the same name. */
    private static void addSnippetText(Document doc, String field, String text) {
        doc.add(new Field(field, text, SNIPPET_TEXT));
        int end = Math.min(text.length(), SNIPPET_SOURCE_MAX);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--; // never half a character
        doc.add(new BinaryDocValuesField(field, new BytesRef(text.substring(0, end))));
    }
}
