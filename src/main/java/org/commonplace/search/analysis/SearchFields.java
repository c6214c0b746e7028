package org.commonplace.search.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of the analysed text fields. Text is indexed in a field per language ("title_en",
 * "body_fr", …) so that each language gets its own analyser; a query searches all of them.
 */
public final class SearchFields {
    public static final String TITLE = "title";
    public static final String TAGS = "tags";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    /** The item's title as written (stored only), for result lists. */
    public static final String TITLE_TEXT = "title_text";
    /**
     * Every word of the item as written (lower case, not stemmed, any language), indexed only:
     * what "did you mean" suggests from and what the typo-tolerant query matches.
     */
    public static final String WORDS = "words";

    /** The analysed text fields of one item, with their weight in BM25F: title above tags above summary above body. */
    static final List<String> BASES = List.of(TITLE, TAGS, SUMMARY, BODY);

    private SearchFields() { }

    public static String of(String base, IndexLanguage language) {
        return base + "_" + language.code();
    }

    /**
     * The body in every language: where a snippet is cut from (offsets in the postings, text in
     * binary doc values, SearchText).
     */
    public static List<String> bodyFields() {
        return all(BODY);
    }

    /** The summary in every language: a snippet for an item without body text. */
    public static List<String> summaryFields() {
        return all(SUMMARY);
    }

    /**
     * How much one occurrence counts in BM25F, relative to the body: a word of the title is
     * worth three of the body, a tag two, a word of the summary one and a half.
     */
    static float weight(String base) {
        return switch (base) {
            case TITLE -> 3f;
            case TAGS -> 2f;
            case SUMMARY -> 1.5f;
            default -> 1f;
        };
    }

    static List<String> all(String base) {
        List<String> fields = new ArrayList<>();
        for (IndexLanguage l : IndexLanguage.values()) fields.add(of(base, l));
        return fields;
    }

    /** The language of a per-language field name ("body_fr" → FR), or null for other fields. */
    static IndexLanguage languageOf(String field) {
        int underscore = field.lastIndexOf('_');
        if (underscore < 0 || !BASES.contains(field.substring(0, underscore))) return null;
        String suffix = field.substring(underscore + 1);
        for (IndexLanguage l : IndexLanguage.values()) if (l.code().equals(suffix)) return l;
        return null;
    }
}
