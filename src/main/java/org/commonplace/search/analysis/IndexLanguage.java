package org.commonplace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The languages whose text gets its own analyser (stemming, stop words); anything else is OTHER,
 * analysed language-neutrally (Unicode word boundaries, lower case, no stemming, no stop words).
 * The analysers are Lucene's own per-language ones, except English (see {@link #english()}).
 */
public enum IndexLanguage {
    EN(IndexLanguage::english), FR(FrenchAnalyzer::new), ES(SpanishAnalyzer::new), PT(PortugueseAnalyzer::new),
    HU(HungarianAnalyzer::new), DE(GermanAnalyzer::new), IT(ItalianAnalyzer::new), NL(DutchAnalyzer::new),
    OTHER(StandardAnalyzer::new);

    private final Supplier<Analyzer> analyzer;
    private final String code;

    IndexLanguage(Supplier<Analyzer> analyzer) {
        this.analyzer = analyzer;
        this.code = name().equals("OTHER") ? "xx" : name().toLowerCase(Locale.ROOT);
    }

    /** Field-name suffix: "en", "fr", … "xx" for OTHER. */
    public String code() { return code; }

    Analyzer newAnalyzer() { return analyzer.get(); }

    /** The language of an item from its two-letter code; no code is English (the default), unknown codes are OTHER. */
    public static IndexLanguage of(String code) {
        if (code == null || code.isBlank()) return EN;
        for (IndexLanguage l : values()) if (l != OTHER && l.code().equalsIgnoreCase(code.strip())) return l;
        return OTHER;
    }

    /**
     * Lucene's EnglishAnalyzer with KStem in place of Porter: KStem is dictionary-based and only
     * conflates real inflections ("mentors", "mentoring" → "mentor"), where Porter also merges
     * unrelated words ("general"/"generous" → "gener", "university"/"universe" → "univers").
     * Same 33 stop words. On Cranfield both score alike (docs/decisions/0014-search-ranking.md).
     */
    private static Analyzer english() {
        CharArraySet stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, stopWords);
                result = new KStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
