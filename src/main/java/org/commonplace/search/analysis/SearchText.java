package org.commonplace.search.analysis;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;

import java.util.Collection;

/** Adds an item's text to its Lucene document: per-language analysed fields, stored where snippets need it. */
public final class SearchText {
    /** Stored with offsets, so the highlighter cuts snippets without re-analysing. */
    static final FieldType SNIPPET_TEXT = new FieldType();
    static final FieldType TEXT = new FieldType();

    static {
        SNIPPET_TEXT.setTokenized(true);
        SNIPPET_TEXT.setStored(true);
        SNIPPET_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SNIPPET_TEXT.freeze();
        TEXT.setTokenized(true);
        TEXT.setStored(false);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.freeze();
    }

    private SearchText() { }

    public static void add(Document doc, String languageCode, String title, Collection<String> tags, String summary, String body) {
        IndexLanguage language = IndexLanguage.of(languageCode);
        doc.add(new StoredField(SearchFields.TITLE_TEXT, title));
        doc.add(new Field(SearchFields.of(SearchFields.TITLE, language), title, TEXT));
        if (tags != null && !tags.isEmpty()) {
            doc.add(new Field(SearchFields.of(SearchFields.TAGS, language), String.join(" ", tags), TEXT));
        }
        if (summary != null && !summary.isBlank()) {
            doc.add(new Field(SearchFields.of(SearchFields.SUMMARY, language), summary, SNIPPET_TEXT));
        }
        if (body != null && !body.isBlank()) {
            doc.add(new Field(SearchFields.of(SearchFields.BODY, language), body, SNIPPET_TEXT));
        }
    }
}
