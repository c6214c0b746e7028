package org.commonplace.search.analysis;

import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pseudo-relevance feedback (RM3, Lavrenko and Croft; as in Anserini): search once, take the
 * words that are frequent in the best {@link #FEEDBACK_DOCS} items the person may see, and
 * search again with the ten strongest added to the query. Finds items that say the same thing
 * in other words ("buckling of shells" also finds the items about "cylinder" and "axial
 * compression" that the best answers talk about).
 *
 * <p>Confidentiality: the feedback items are found under the caller's filter, so words of an
 * item the person may not see never enter their query. That is why this is a separate step with
 * the searcher and the filter, not part of {@link UserQueries#parse}.
 *
 * <p>Cost: a second search (the first asks for ten hits only) and reading ten items' term
 * vectors; measured in docs/benchmarks.md.
 */
public final class RelevanceFeedback {
    /** Anserini's defaults (fbDocs 10, fbTerms 10, originalQueryWeight 0.5); not tuned here. */
    public static final int FEEDBACK_DOCS = 10;
    static final int FEEDBACK_TERMS = 10;
    static final float ORIGINAL_WEIGHT = 0.5f;
    /** Words in more than a tenth of the items say little about any topic (Anserini's filter). */
    static final float MAX_DOC_FREQ_RATIO = 0.1f;

    private RelevanceFeedback() { }

    /**
     * The parsed query with feedback words added as optional clauses: every hit still matches the
     * parsed query (so snippets have the typed words to show), the feedback words reorder them.
     * {@code filter} is what the caller will filter the results with (visibility and facets):
     * feedback is taken only from items that pass it. Answers {@code parsed} unchanged when the
     * first search finds nothing.
     */
    public static Query expand(IndexSearcher searcher, Query parsed, Query filter) throws IOException {
        Query first = new BooleanQuery.Builder().add(parsed, Occur.MUST).add(filter, Occur.FILTER).build();
        return expand(searcher, parsed, searcher.search(first, FEEDBACK_DOCS));
    }

    /**
     * The same, from the best items the caller found already: the first {@link #FEEDBACK_DOCS} of
     * {@code top}, ranked by {@code parsed} under the caller's filter.
     */
    public static Query expand(IndexSearcher searcher, Query parsed, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) return parsed;
        if (top.scoreDocs.length > FEEDBACK_DOCS) {
            top = new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, FEEDBACK_DOCS));
        }
        Map<IndexLanguage, Map<String, Float>> model = relevanceModel(searcher.getIndexReader(), top);
        Map<IndexLanguage, Set<String>> typed = typedTerms(parsed);
        BooleanQuery.Builder expanded = new BooleanQuery.Builder().add(parsed, Occur.MUST);
        for (Map.Entry<IndexLanguage, Map<String, Float>> language : model.entrySet()) {
            // RM3 gives the typed words ORIGINAL_WEIGHT / n each and the feedback words (1 - ORIGINAL_WEIGHT) × P(w|R);
            // the parsed query gives each typed word 1, so the feedback words are scaled by n / ORIGINAL_WEIGHT.
            int n = Math.max(1, typed.getOrDefault(language.getKey(), Set.of()).size());
            float scale = n * (1 - ORIGINAL_WEIGHT) / ORIGINAL_WEIGHT;
            for (Map.Entry<String, Float> word : language.getValue().entrySet()) {
                expanded.add(new BoostQuery(UserQueries.bm25f(language.getKey(), word.getKey()), scale * word.getValue()), Occur.SHOULD);
            }
        }
        return expanded.build();
    }

    /**
     * P(w|R): each feedback item's words by their share of the item, weighted by the item's share
     * of the scores; the {@link #FEEDBACK_TERMS} strongest, normalised to sum to one. Per language,
     * since a French item's words are French stems.
     */
    private static Map<IndexLanguage, Map<String, Float>> relevanceModel(IndexReader reader, TopDocs top) throws IOException {
        float total = 0;
        for (ScoreDoc sd : top.scoreDocs) total += sd.score;
        Map<Term, Float> weights = new HashMap<>();
        Map<String, Boolean> specific = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Fields vectors = reader.termVectors().get(sd.doc);
            if (vectors == null) continue;
            Map<Term, Long> counts = new HashMap<>();
            long length = 0;
            for (String field : vectors) {
                IndexLanguage language = SearchFields.languageOf(field);
                Terms terms = vectors.terms(field);
                if (language == null || terms == null) continue;
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    long freq = te.totalTermFreq();
                    length += freq;
                    counts.merge(new Term(SearchFields.of(SearchFields.BODY, language), BytesRef.deepCopyOf(t)), freq, Long::sum);
                }
            }
            float docWeight = total > 0 ? sd.score / total : 1f / top.scoreDocs.length;
            for (Map.Entry<Term, Long> c : counts.entrySet()) {
                Term term = c.getKey();
                if (!specific.computeIfAbsent(term.field() + ":" + term.text(), k -> isSpecific(reader, term))) continue;
                weights.merge(term, docWeight * c.getValue() / length, Float::sum);
            }
        }
        List<Map.Entry<Term, Float>> strongest = new ArrayList<>(weights.entrySet());
        strongest.sort(Map.Entry.<Term, Float>comparingByValue().reversed());
        strongest = strongest.subList(0, Math.min(FEEDBACK_TERMS, strongest.size()));
        float sum = 0;
        for (Map.Entry<Term, Float> e : strongest) sum += e.getValue();
        Map<IndexLanguage, Map<String, Float>> model = new EnumMap<>(IndexLanguage.class);
        for (Map.Entry<Term, Float> e : strongest) {
            model.computeIfAbsent(SearchFields.languageOf(e.getKey().field()), l -> new HashMap<>())
                    .put(e.getKey().text(), e.getValue() / sum);
        }
        return model;
    }

    /** A word, not a number or a letter, in at most a tenth of the items of its language. */
    private static boolean isSpecific(IndexReader reader, Term term) {
        String text = term.text();
        if (text.codePointCount(0, text.length()) < 2 || !text.codePoints().allMatch(Character::isLetterOrDigit)
                || text.codePoints().allMatch(Character::isDigit)) {
            return false;
        }
        IndexLanguage language = SearchFields.languageOf(term.field());
        try {
            for (String base : SearchFields.BASES) {
                String field = SearchFields.of(base, language);
                int items = reader.getDocCount(field);
                if (items > 0 && reader.docFreq(new Term(field, term.bytes())) > MAX_DOC_FREQ_RATIO * items) return false;
            }
        } catch (IOException e) {
            return false;
        }
        return true;
    }

    /** The distinct analysed words of the parsed query, per language (words to leave out not counted). */
    private static Map<IndexLanguage, Set<String>> typedTerms(Query parsed) {
        Map<IndexLanguage, Set<String>> typed = new EnumMap<>(IndexLanguage.class);
        parsed.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    IndexLanguage language = SearchFields.languageOf(t.field());
                    if (language != null && !(query instanceof org.apache.lucene.search.PhraseQuery pq && pq.getSlop() > 0)) {
                        typed.computeIfAbsent(language, l -> new HashSet<>()).add(t.text());
                    }
                }
            }
        });
        return typed;
    }
}
