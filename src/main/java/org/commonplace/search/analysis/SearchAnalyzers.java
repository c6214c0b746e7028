package org.commonplace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

import java.util.EnumMap;
import java.util.Map;

/** One analyser for the whole index: picks the language analyser from the field name's suffix. */
public final class SearchAnalyzers {
    private static final Analyzer PER_FIELD = new PerLanguage();

    private SearchAnalyzers() { }

    /** Thread-safe; for the IndexWriter, the query builders, highlighting and MoreLikeThis. */
    public static Analyzer perField() { return PER_FIELD; }

    private static final class PerLanguage extends DelegatingAnalyzerWrapper {
        private final Map<IndexLanguage, Analyzer> analyzers = new EnumMap<>(IndexLanguage.class);

        PerLanguage() {
            super(PER_FIELD_REUSE_STRATEGY);
            for (IndexLanguage l : IndexLanguage.values()) analyzers.put(l, l.newAnalyzer());
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            int underscore = fieldName.lastIndexOf('_');
            String suffix = underscore < 0 ? "" : fieldName.substring(underscore + 1);
            for (IndexLanguage l : IndexLanguage.values()) if (l.code().equals(suffix)) return analyzers.get(l);
            return analyzers.get(IndexLanguage.OTHER);
        }
    }
}
