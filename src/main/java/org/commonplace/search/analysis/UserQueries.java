package org.commonplace.search.analysis;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns what a person typed into the relevance part of a Lucene query (no visibility, no filters). */
public final class UserQueries {
    public record Parsed(Query query, String notice) { }

    private static final Map<String, Float> BOOSTS = boosts();

    private UserQueries() { }

    /** Lucene's classic syntax: quoted phrases, prefix*, AND/OR/NOT, +/-. */
    public static Parsed parse(String text) throws UnparsableQuery {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(BOOSTS.keySet().toArray(String[]::new),
                SearchAnalyzers.perField(), BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        try {
            return new Parsed(parser.parse(text), null);
        } catch (ParseException | IllegalArgumentException e) {
            throw new UnparsableQuery("The search could not be understood. Check quotes and brackets are closed, "
                    + "and that AND, OR and NOT stand between words.");
        }
    }

    /** The same words, each allowed one or two typing mistakes. */
    public static Query fuzzy(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> f : BOOSTS.entrySet()) {
            for (String token : tokens(f.getKey(), text)) {
                int edits = token.length() < 5 ? 1 : 2;
                b.add(new org.apache.lucene.search.BoostQuery(new FuzzyQuery(new Term(f.getKey(), token), edits), f.getValue()),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** For autocomplete: titles containing every complete word and a word starting with the last one. */
    public static Query titlePrefix(String typed) {
        String[] words = typed.strip().split("\\s+");
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String field : SearchFields.all(SearchFields.TITLE)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (int i = 0; i < words.length; i++) {
                if (i == words.length - 1) {
                    b.add(new PrefixQuery(new Term(field, words[i].toLowerCase(java.util.Locale.ROOT))), BooleanClause.Occur.MUST);
                } else {
                    for (String t : tokens(field, words[i])) b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST);
                }
            }
            all.add(b.build(), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }

    static List<String> tokens(String field, String text) {
        Analyzer analyzer = SearchAnalyzers.perField();
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) tokens.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new HashMap<>();
        for (IndexLanguage l : IndexLanguage.values()) {
            boosts.put(SearchFields.of(SearchFields.TITLE, l), 4f);
            boosts.put(SearchFields.of(SearchFields.TAGS, l), 3f);
            boosts.put(SearchFields.of(SearchFields.SUMMARY, l), 2f);
            boosts.put(SearchFields.of(SearchFields.BODY, l), 1f);
        }
        return boosts;
    }
}
