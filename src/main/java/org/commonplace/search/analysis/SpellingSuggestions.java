package org.commonplace.search.analysis;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": replaces words that no visible item contains with close words (as written, from
 * {@link SearchFields#WORDS}) that a visible item contains, and offers the result only if it finds
 * a visible item.
 *
 * <p>Confidentiality: the spell checker reads the words of the whole index, including items the
 * person may not see. So every candidate word must occur in an item that passes {@code visible},
 * a word counts as known only if a visible item has it (else "no suggestion" would tell that a
 * hidden item has it), and the whole suggestion must find a visible item. These checks are never skipped.
 */
public final class SpellingSuggestions {
    /** Words of three letters or more; operators (AND, OR, NOT) and anything else are kept as typed. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final int CANDIDATES = 5;

    private SpellingSuggestions() { }

    public static Optional<String> didYouMean(IndexSearcher searcher, String text, Query visible) throws IOException {
        if (text == null || text.isBlank()) return Optional.empty();
        DirectSpellChecker checker = new DirectSpellChecker();
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group();
            String replacement = word;
            if (!isOperator(word)) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (!visibleWith(searcher, lower, visible)) {
                    for (SuggestWord s : checker.suggestSimilar(new Term(SearchFields.WORDS, lower), CANDIDATES,
                            searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS)) {
                        if (visibleWith(searcher, s.string, visible)) {
                            replacement = s.string;
                            changed = true;
                            break;
                        }
                    }
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (!changed) return Optional.empty();
        String suggestion = out.toString();
        try {
            Query q = new BooleanQuery.Builder()
                    .add(UserQueries.parse(suggestion).query(), Occur.MUST)
                    .add(visible, Occur.FILTER)
                    .build();
            return searcher.count(q) > 0 ? Optional.of(suggestion) : Optional.empty();
        } catch (UnparsableQuery e) {
            return Optional.empty();
        }
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("NOT");
    }

    /** Whether an item the person may see has the word (as written). */
    private static boolean visibleWith(IndexSearcher searcher, String word, Query visible) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.WORDS, word)), Occur.MUST)
                .add(visible, Occur.FILTER)
                .build();
        return searcher.count(q) > 0;
    }
}
