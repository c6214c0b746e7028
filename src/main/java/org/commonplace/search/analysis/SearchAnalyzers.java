package org.commonplace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

import java.util.EnumMap;
import java.util.Map;

/**
 * One analyser for the whole index: picks the language analyser from the field name's suffix
 * ("body_fr" → French); every other field (such as {@link SearchFields#WORDS}) is analysed
 * language-neutrally, without stemming.
 */
public final class SearchAnalyzers {
    private static final Analyzer PER_FIELD = new PerLanguage();

    private SearchAnalyzers() { }

    /** Thread-safe; for the IndexWriter, the query builders, highlighting and MoreLikeThis. */
    public static Analyzer perField() { return PER_FIELD; }

    /** The analyser of one language. */
    static Analyzer of(IndexLanguage language) {
        return ((PerLanguage) PER_FIELD).analyzers.get(language);
    }

    private static final class PerLanguage extends DelegatingAnalyzerWrapper {
        private final Map<IndexLanguage, Analyzer> analyzers = new EnumMap<>(IndexLanguage.class);

        PerLanguage() {
            super(PER_FIELD_REUSE_STRATEGY);
            for (IndexLanguage l : IndexLanguage.values()) analyzers.put(l, l.newAnalyzer());
        }

        /** Values of a multi-valued field (tags) are far apart, so no phrase or proximity spans two of them. */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            IndexLanguage language = SearchFields.languageOf(fieldName);
            return analyzers.get(language == null ? IndexLanguage.OTHER : language);
        }
    }
}
