package org.commonplace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.Locale;
import java.util.function.Supplier;

/** The languages whose text gets its own analyser (stemming, stop words); anything else is OTHER. */
public enum IndexLanguage {
    EN(EnglishAnalyzer::new), FR(FrenchAnalyzer::new), ES(SpanishAnalyzer::new), PT(PortugueseAnalyzer::new),
    HU(HungarianAnalyzer::new), OTHER(StandardAnalyzer::new);

    private final Supplier<Analyzer> analyzer;

    IndexLanguage(Supplier<Analyzer> analyzer) { this.analyzer = analyzer; }

    /** Field-name suffix: "en", "fr", … "xx" for OTHER. */
    public String code() { return this == OTHER ? "xx" : name().toLowerCase(Locale.ROOT); }

    Analyzer newAnalyzer() { return analyzer.get(); }

    /** The language of an item from its two-letter code; unknown codes are OTHER. */
    public static IndexLanguage of(String code) {
        if (code == null) return EN;
        for (IndexLanguage l : values()) if (l != OTHER && l.code().equalsIgnoreCase(code.strip())) return l;
        return OTHER;
    }
}
