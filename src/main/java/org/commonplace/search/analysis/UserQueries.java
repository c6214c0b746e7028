package org.commonplace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.commonplace.search.analysis.QuerySyntax.Clause;
import org.commonplace.search.analysis.QuerySyntax.Group;
import org.commonplace.search.analysis.QuerySyntax.Phrase;
import org.commonplace.search.analysis.QuerySyntax.Prefix;
import org.commonplace.search.analysis.QuerySyntax.Word;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a person typed into the relevance part of a Lucene query (no visibility, no filters).
 *
 * <p>The ranking (docs/decisions/0014-search-ranking.md): the query is built once per language,
 * with that language's analyser, and the languages are alternatives (an item is in one language).
 * Within a language, each word is scored by BM25F over title, tags, summary and body
 * ({@link CombinedFieldQuery}, weights in {@link SearchFields#weight}), so a word counts once
 * however many fields it is in, and title words count more. Neighbouring words that occur near
 * each other (within {@link #PROXIMITY_SLOP} positions) add a little more. Words are alternatives
 * (OR): an item with more of them, rarer ones, in its title, ranks higher.
 *
 * <p>The policy for what people type ({@link QuerySyntax}): ordinary text with any punctuation is
 * searched for as words and is never an error; operators are honoured where they are meant
 * (quotes, {@code word*}, {@code +}/{@code -}, {@code AND}/{@code OR}/{@code NOT}, brackets), and
 * what could not be honoured is said in the notice. {@link UnparsableQuery} only when nothing is
 * left to search for: no word at all, or only words to leave out.
 */
public final class UserQueries {
    /**
     * The query, a message for the person when it is not quite what they typed (else null), and the
     * candidates query: it matches exactly the same items as {@code query} and ranks them roughly
     * alike, but cheaply enough to skip most of a large result (see {@link #parse}).
     */
    public record Parsed(Query query, String notice, Query candidates) { }

    /** Neighbouring words count as near within this many positions (Metzler and Croft's unordered window of 8). */
    static final int PROXIMITY_SLOP = 8;
    /**
     * What a pair of words found near each other adds, relative to one word: about the 0.15 : 0.85
     * split of the sequential dependence model. Not tuned (0.1 to 0.5 measure alike).
     */
    static final float PROXIMITY_WEIGHT = 0.2f;
    /** Verbose queries are long; proximity is scored for the first pairs only. */
    static final int MAX_PROXIMITY_PAIRS = 16;

    private UserQueries() { }

    /**
     * What a person typed, as the relevance query; the caller adds visibility and filters as FILTER clauses.
     *
     * <p>Also the candidates query, for large results (docs/decisions/0014): BM25F has no upper
     * bound per block of the index, so Lucene must score every item that contains a word of the
     * query, hundreds of thousands for a common word. The candidates query scores each field on
     * its own (weighted per-field BM25, without the proximity pairs), which Lucene can skip through
     * by block-max WAND; the best candidates are then re-ranked with the real query. It matches
     * the same items (a word in any field; a proximity pair only matches items that have both
     * words already), so it also counts the results and their facets, without scoring them.
     */
    public static Parsed parse(String text) throws UnparsableQuery {
        QuerySyntax.Parsed syntax = QuerySyntax.read(text);
        Query query = build(syntax.clauses(), Mode.RANKING);
        if (query == null) throw new UnparsableQuery(nothingToSearchFor(syntax.clauses()));
        String notice = syntax.notices().isEmpty() ? null : String.join(" ", syntax.notices());
        return new Parsed(query, notice, build(syntax.clauses(), Mode.CANDIDATES));
    }

    /**
     * The same search, each word allowed typing mistakes (one in words of 3 to 5 letters, two in
     * longer ones), matched against the words as written; phrases, word beginnings and exclusions
     * stay exact. For when the exact query finds nothing; matches nothing if there is nothing to search for.
     */
    public static Query fuzzy(String text) {
        Query query = build(QuerySyntax.read(text).clauses(), Mode.TYPOS);
        return query == null ? new MatchNoDocsQuery("nothing to search for") : query;
    }

    /**
     * For autocomplete: titles with every complete word typed and a word that begins with the last
     * one (or is that word, stemmed: "formation" is indexed as "format" in French).
     */
    public static Query titlePrefix(String typed) {
        String[] words = typed == null ? new String[0] : typed.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return new MatchNoDocsQuery("nothing typed");
        List<Query> languages = new ArrayList<>();
        for (IndexLanguage language : IndexLanguage.values()) {
            String field = SearchFields.of(SearchFields.TITLE, language);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (int i = 0; i < words.length - 1; i++) {
                for (String t : tokens(language, words[i])) b.add(new TermQuery(new Term(field, t)), Occur.MUST);
            }
            String last = words[words.length - 1];
            BooleanQuery.Builder lastWord = new BooleanQuery.Builder();
            String beginning = normalize(language, field, last.replaceAll("[^\\p{L}\\p{N}]", ""));
            if (!beginning.isEmpty()) lastWord.add(new PrefixQuery(new Term(field, beginning)), Occur.SHOULD);
            for (String t : tokens(language, last)) lastWord.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
            BooleanQuery lastQuery = lastWord.build();
            if (!lastQuery.clauses().isEmpty()) b.add(lastQuery, Occur.MUST);
            BooleanQuery q = b.build();
            if (!q.clauses().isEmpty()) languages.add(q);
        }
        return languages.isEmpty() ? new MatchNoDocsQuery("nothing typed") : new DisjunctionMaxQuery(languages, 0f);
    }

    /** What a query is built for. */
    private enum Mode {
        /** BM25F per word and proximity pairs: the ranking. */
        RANKING,
        /** The same matches, per-field BM25 per word, no proximity: cheap to rank roughly and to count. */
        CANDIDATES,
        /** Words as written, allowing typing mistakes. */
        TYPOS
    }

    /** The query for all languages: the best language's score counts. Null if nothing is searched for. */
    private static Query build(List<Clause> clauses, Mode mode) {
        if (mode == Mode.TYPOS) return new Builder(null, mode).clauses(clauses);
        Map<IndexLanguage, Query> languages = new EnumMap<>(IndexLanguage.class);
        for (IndexLanguage language : IndexLanguage.values()) {
            Query q = new Builder(language, mode).clauses(clauses);
            if (q != null) languages.put(language, q);
        }
        return languages.isEmpty() ? null : new LanguageAlternatives(languages);
    }

    /** Builds the clauses for one language, or (language null) for typo tolerance over the words as written. */
    private static final class Builder {
        private final IndexLanguage language;
        private final Mode mode;

        Builder(IndexLanguage language, Mode mode) {
            this.language = language;
            this.mode = mode;
        }

        /** The clauses as one query; null when no clause is left to search for (only stop words or exclusions). */
        Query clauses(List<Clause> clauses) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean positive = false;
            List<List<String>> runs = new ArrayList<>();
            List<String> run = new ArrayList<>();
            for (Clause clause : clauses) {
                Query q;
                if (clause.unit() instanceof Word w && clause.occur() == Occur.SHOULD && language != null) {
                    List<String> tokens = tokens(language, w.text());
                    for (String t : tokens) b.add(bm25f(t), Occur.SHOULD);
                    run.addAll(tokens);
                    positive |= !tokens.isEmpty();
                    continue;
                }
                if (clause.unit() instanceof Word w && clause.occur() == Occur.MUST && language != null) {
                    List<String> tokens = tokens(language, w.text());
                    run.addAll(tokens);
                    q = tokens.size() == 1 ? bm25f(tokens.get(0)) : phrase(w.text());
                } else {
                    if (!run.isEmpty()) runs.add(run);
                    run = new ArrayList<>();
                    q = unit(clause);
                }
                if (q == null) continue;
                b.add(q, clause.occur());
                positive |= clause.occur() != Occur.MUST_NOT;
            }
            if (!positive) return null;
            if (!run.isEmpty()) runs.add(run);
            if (language != null && mode == Mode.RANKING) proximity(b, runs);
            return b.build();
        }

        private Query unit(Clause clause) {
            if (clause.unit() instanceof Group g) return clauses(g.clauses());
            if (language == null) {
                if (clause.unit() instanceof Word w && clause.occur() != Occur.MUST_NOT) return typoTolerant(w.text());
                return build(List.of(new Clause(Occur.MUST, clause.unit())), Mode.RANKING); // exact, in every language
            }
            if (clause.unit() instanceof Word w) return phrase(w.text()); // to leave out
            if (clause.unit() instanceof Phrase p) return phrase(p.text());
            if (clause.unit() instanceof Prefix p) return prefix(p.text());
            throw new IllegalStateException("unknown unit " + clause.unit());
        }

        private Query bm25f(String token) {
            return mode == Mode.CANDIDATES ? perField(language, token) : UserQueries.bm25f(language, token);
        }

        /** A phrase (or a single word) in any field, the best field counting, weighted like BM25F. */
        private Query phrase(String text) {
            List<Query> fields = new ArrayList<>();
            QueryBuilder builder = new QueryBuilder(SearchAnalyzers.of(language));
            for (String base : SearchFields.BASES) {
                Query q = builder.createPhraseQuery(SearchFields.of(base, language), text);
                if (q != null) fields.add(new BoostQuery(q, SearchFields.weight(base)));
            }
            return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0f);
        }

        /** Words beginning with the given letters, in any field; a constant score, weighted by field. */
        private Query prefix(String text) {
            List<Query> fields = new ArrayList<>();
            for (String base : SearchFields.BASES) {
                String field = SearchFields.of(base, language);
                String beginning = normalize(language, field, text);
                if (beginning.isEmpty()) continue;
                fields.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(field, beginning))), SearchFields.weight(base)));
            }
            return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0f);
        }

        /** Pairs of neighbouring words near each other, in the title, summary or body (the best counts). */
        private void proximity(BooleanQuery.Builder b, List<List<String>> runs) {
            int pairs = 0;
            for (List<String> run : runs) {
                for (int i = 0; i + 1 < run.size() && pairs < MAX_PROXIMITY_PAIRS; i++) {
                    if (run.get(i).equals(run.get(i + 1))) continue;
                    List<Query> fields = new ArrayList<>();
                    for (String base : List.of(SearchFields.TITLE, SearchFields.SUMMARY, SearchFields.BODY)) {
                        PhraseQuery near = new PhraseQuery(PROXIMITY_SLOP, SearchFields.of(base, language), run.get(i), run.get(i + 1));
                        fields.add(new BoostQuery(near, SearchFields.weight(base)));
                    }
                    b.add(new BoostQuery(new DisjunctionMaxQuery(fields, 0f), PROXIMITY_WEIGHT), Occur.SHOULD);
                    pairs++;
                }
            }
        }
    }

    /** One analysed word of a language, scored by BM25F over the item's text fields. */
    static Query bm25f(IndexLanguage language, String token) {
        CombinedFieldQuery.Builder c = new CombinedFieldQuery.Builder();
        for (String base : SearchFields.BASES) c.addField(SearchFields.of(base, language), SearchFields.weight(base));
        return c.addTerm(new BytesRef(token)).build();
    }

    /**
     * One analysed word, each field scored on its own and weighted (what MultiFieldQueryParser does):
     * a rougher ranking than BM25F, but Lucene knows its best possible score per block of the index.
     */
    private static Query perField(IndexLanguage language, String token) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String base : SearchFields.BASES) {
            b.add(new BoostQuery(new TermQuery(new Term(SearchFields.of(base, language), token)), SearchFields.weight(base)), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * Each word as written, allowing typing mistakes, in the words field. An item scores by how
     * close its words are to what was typed (Lucene's edit-distance boost; an exact word counts 1),
     * not by BM25: the words field keeps no counts and no lengths, so BM25 would give every item
     * with a word the same score anyway, but an upper bound Lucene cannot use (it assumes any count
     * is possible) and it would score every item with a common word. As constant scores, the
     * bound is exact and Lucene stops scoring once the page is full of the closest spellings.
     */
    private static Query typoTolerant(String text) {
        List<String> words = tokens(IndexLanguage.OTHER, text);
        if (words.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            int length = w.codePointCount(0, w.length());
            Term term = new Term(SearchFields.WORDS, w);
            // the first letter must match: typing mistakes rarely hit it, and it keeps the term
            // enumeration small on a large index (the scale benchmark's misspelt queries)
            b.add(length < 3 ? new ConstantScoreQuery(new TermQuery(term))
                    : new FuzzyQuery(term, length <= 5 ? 1 : 2, 1, FuzzyQuery.defaultMaxExpansions, FuzzyQuery.defaultTranspositions,
                            new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(FuzzyQuery.defaultMaxExpansions)), Occur.SHOULD);
        }
        return b.build();
    }

    private static String nothingToSearchFor(List<Clause> clauses) {
        boolean excludes = clauses.stream().anyMatch(c -> c.occur() == Occur.MUST_NOT);
        return excludes
                ? "Add a word to search for: a search cannot be only words to leave out."
                : "Type a word to search for: the search had no words in it, only signs or very common words.";
    }

    /** A word beginning as the index holds it (lower case, the language's normalisation, no stemming). */
    static String normalize(IndexLanguage language, String field, String text) {
        return SearchAnalyzers.of(language).normalize(field, text).utf8ToString();
    }

    /** The terms the language's analyser makes of the text. */
    static List<String> tokens(IndexLanguage language, String text) {
        Analyzer analyzer = SearchAnalyzers.of(language);
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SearchFields.of(SearchFields.BODY, language), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) tokens.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
