package org.commonplace.search.analysis;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.Optional;

/** "Did you mean": replaces misspelt words with close words of the index; offered only if it finds something. */
public final class SpellingSuggestions {
    private SpellingSuggestions() { }

    public static Optional<String> didYouMean(IndexSearcher searcher, String text, Query visible) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        IndexReader reader = searcher.getIndexReader();
        String[] words = text.strip().split("\\s+");
        boolean changed = false;
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String best = word;
            if (word.matches("\\p{L}{3,}")) {
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                int bestFreq = 0;
                for (String field : SearchFields.all(SearchFields.TITLE)) {
                    if (reader.docFreq(new Term(field, lower)) > 0) { bestFreq = Integer.MAX_VALUE; best = word; break; }
                    for (String f2 : new String[] {field, field.replace(SearchFields.TITLE + "_", SearchFields.BODY + "_")}) {
                        for (SuggestWord s : checker.suggestSimilar(new Term(f2, lower), 1, reader)) {
                            if (s.freq > bestFreq) { bestFreq = s.freq; best = s.string; }
                        }
                    }
                }
            }
            if (!best.equals(word)) changed = true;
            out.append(out.isEmpty() ? "" : " ").append(best);
        }
        if (!changed) return Optional.empty();
        String suggestion = out.toString();
        try {
            Query q = new BooleanQuery.Builder()
                    .add(UserQueries.parse(suggestion).query(), BooleanClause.Occur.MUST)
                    .add(visible, BooleanClause.Occur.FILTER).build();
            return searcher.count(q) > 0 ? Optional.of(suggestion) : Optional.empty();
        } catch (UnparsableQuery e) {
            return Optional.empty();
        }
    }
}
