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

    private SearchFields() { }

    public static String of(String base, IndexLanguage language) {
        return base + "_" + language.code();
    }

    /** Stored fields with offsets that snippets are cut from, best first. */
    public static List<String> snippetFields() {
        List<String> fields = new ArrayList<>();
        for (IndexLanguage l : IndexLanguage.values()) fields.add(of(BODY, l));
        for (IndexLanguage l : IndexLanguage.values()) fields.add(of(SUMMARY, l));
        return fields;
    }

    static List<String> all(String base) {
        List<String> fields = new ArrayList<>();
        for (IndexLanguage l : IndexLanguage.values()) fields.add(of(base, l));
        return fields;
    }
}
