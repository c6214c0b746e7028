package org.commonplace.search.analysis;

import org.apache.lucene.search.BooleanClause.Occur;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a person typed into clauses. Text is words; only these are operators, and only
 * where they cannot be ordinary punctuation:
 * <ul>
 *   <li>{@code "two words"}: a phrase (a quote without its partner is ignored, with a notice);
 *   <li>{@code word*}: words beginning with "word" (at least two letters before the star);
 *   <li>{@code +word} / {@code -word} at the start of a word: must / must not occur
 *       ("non-linear" and "- " are text);
 *   <li>{@code AND}, {@code OR}, {@code NOT} in capitals between words: AND makes the words on
 *       both sides required, NOT excludes the next one, OR is what words do anyway;
 *   <li>{@code ( … )}: a group, for {@code (mentor OR coach) AND remote}; a bracket without its
 *       partner is text.
 * </ul>
 * Everything else ({@code ? : / ! ~ ^ [ ] { } \}) is punctuation, which the analysers drop.
 * Reading never fails; what could not be honoured is reported in {@link Parsed#notices()}.
 */
final class QuerySyntax {
    /** Longer queries are cut here: the query grows with every word, per language. */
    static final int MAX_CLAUSES = 32;

    sealed interface Unit permits Word, Phrase, Prefix, Group { }

    /** Text between spaces (may still hold punctuation, or several words like "e-mail"). */
    record Word(String text) implements Unit { }

    record Phrase(String text) implements Unit { }

    /** The beginning of a word, as typed (lower-cased by each language's normaliser). */
    record Prefix(String text) implements Unit { }

    record Group(List<Clause> clauses) implements Unit { }

    record Clause(Occur occur, Unit unit) { }

    record Parsed(List<Clause> clauses, List<String> notices) { }

    private final String text;
    private final List<String> notices = new ArrayList<>();
    private int pos;
    /** How many groups are open where the reader is. */
    private int depth;

    private QuerySyntax(String text) { this.text = text; }

    static Parsed read(String typed) {
        QuerySyntax syntax = new QuerySyntax(typed == null ? "" : typed);
        List<Clause> clauses = syntax.sequence(false);
        int count = count(clauses);
        if (count > MAX_CLAUSES) {
            clauses = truncate(clauses, new int[] {MAX_CLAUSES});
            syntax.notice("Only the first " + MAX_CLAUSES + " words were searched for.");
        }
        return new Parsed(clauses, List.copyOf(syntax.notices));
    }

    private void notice(String message) {
        if (!notices.contains(message)) notices.add(message);
    }

    /** Clauses up to the end (or the closing bracket of a group). */
    private List<Clause> sequence(boolean inGroup) {
        List<Clause> clauses = new ArrayList<>();
        boolean andPending = false;
        boolean notPending = false;
        while (true) {
            skipSpaces();
            if (pos >= text.length()) break;
            char c = text.charAt(pos);
            if (inGroup && c == ')') {
                pos++;
                break;
            }
            String op = operator();
            if (op != null) {
                pos += op.length();
                switch (op) {
                    case "AND" -> {
                        if (clauses.isEmpty()) notice("“AND” needs words on both sides; it was ignored.");
                        else andPending = true;
                    }
                    case "NOT" -> notPending = true;
                    default -> andPending = false; // OR: what words do anyway
                }
                continue;
            }
            Occur occur = Occur.SHOULD;
            if ((c == '+' || c == '-') && startsUnit(pos + 1)) {
                occur = c == '+' ? Occur.MUST : Occur.MUST_NOT;
                pos++;
            }
            Unit unit = unit();
            if (unit == null) continue;
            if (notPending) occur = Occur.MUST_NOT;
            if (andPending) {
                if (occur == Occur.SHOULD) occur = Occur.MUST;
                int last = clauses.size() - 1;
                if (clauses.get(last).occur() == Occur.SHOULD) clauses.set(last, new Clause(Occur.MUST, clauses.get(last).unit()));
            }
            clauses.add(new Clause(occur, unit));
            andPending = false;
            notPending = false;
        }
        if (andPending) notice("“AND” needs words on both sides; it was ignored.");
        if (notPending) notice("“NOT” needs a word after it; it was ignored.");
        return clauses;
    }

    /** AND, OR or NOT standing alone between spaces (or brackets); null otherwise. */
    private String operator() {
        for (String op : new String[] {"AND", "OR", "NOT"}) {
            int end = pos + op.length();
            if (text.startsWith(op, pos) && (end == text.length() || Character.isWhitespace(text.charAt(end))
                    || text.charAt(end) == '(' || text.charAt(end) == ')')) {
                return op;
            }
        }
        return null;
    }

    private boolean startsUnit(int at) {
        if (at >= text.length()) return false;
        char c = text.charAt(at);
        return Character.isLetterOrDigit(c) || c == '"' || (c == '(' && hasClosing(at));
    }

    private Unit unit() {
        char c = text.charAt(pos);
        if (c == '"') {
            int close = text.indexOf('"', pos + 1);
            if (close < 0) {
                notice("A quotation mark was not closed, so the words were searched for separately.");
                pos++;
                return null;
            }
            String phrase = text.substring(pos + 1, close);
            pos = close + 1;
            return phrase.isBlank() ? null : new Phrase(phrase);
        }
        if (c == '(' && hasClosing(pos)) {
            pos++;
            depth++;
            List<Clause> inner = sequence(true);
            depth--;
            return inner.isEmpty() ? null : new Group(inner);
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '"'
                && !(text.charAt(pos) == ')' && depth > 0)) {
            pos++;
        }
        if (pos == start) { // cannot happen (a group's ')' is read by sequence), but never loop
            pos++;
            return null;
        }
        String word = text.substring(start, pos);
        if (word.endsWith("*")) {
            String stem = word.replaceAll("\\*+$", "");
            if (stem.codePoints().filter(Character::isLetterOrDigit).count() >= 2 && stem.chars().allMatch(Character::isLetterOrDigit)) {
                return new Prefix(stem);
            }
            if (!stem.isBlank() && stem.chars().anyMatch(Character::isLetterOrDigit)) {
                notice("A word beginning needs at least two letters before the “*”; “" + stem + "” was searched for as a word.");
            }
            return stem.isBlank() ? null : new Word(stem);
        }
        return new Word(word);
    }

    /** Whether the '(' at {@code at} has a partner later on. */
    private boolean hasClosing(int at) {
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            if (text.charAt(i) == '(') depth++;
            else if (text.charAt(i) == ')' && --depth == 0) return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private static int count(List<Clause> clauses) {
        int n = 0;
        for (Clause c : clauses) n += c.unit() instanceof Group g ? count(g.clauses()) : 1;
        return n;
    }

    private static List<Clause> truncate(List<Clause> clauses, int[] left) {
        List<Clause> kept = new ArrayList<>();
        for (Clause c : clauses) {
            if (left[0] <= 0) break;
            if (c.unit() instanceof Group g) {
                List<Clause> inner = truncate(g.clauses(), left);
                if (!inner.isEmpty()) kept.add(new Clause(c.occur(), new Group(inner)));
            } else {
                kept.add(c);
                left[0]--;
            }
        }
        return kept;
    }

    static String lowerCase(String s) { return s.toLowerCase(Locale.ROOT); }
}
