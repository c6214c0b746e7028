package org.commonplace.search.control;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where a snippet's passages begin and end: at sentence ends, found by looking at the punctuation
 * around the offset the highlighter asks about, and never further than {@link #REACH} characters
 * from it (a passage is then cut at a space).
 *
 * <p>Why not the JDK's sentence {@link BreakIterator}, the highlighter's default: on the scale
 * benchmark it was about a tenth of a search's CPU (it walks the text char by char through two
 * layers of {@link CharacterIterator}, looking every char up in its rule tables, and backs up to a
 * safe point before each {@code preceding}); ICU4J's was measured only 1.4× faster
 * (docs/decisions/0014). Snippets need the boundaries of ordinary prose, not a linguist's: a
 * sentence ends after {@code . ! ?} (or {@code … 。 ！ ？}) and any closing quotes or brackets, where
 * a space follows and, after a full stop, the next word does not start in lower case ("e.g. this",
 * "approx. three"); a line break always ends one. A sentence keeps its trailing spaces, as the
 * JDK's does. {@link #REACH} also keeps a passage of a text without punctuation (a pasted log, a
 * list of links) to a readable length, which the JDK's iterator did not: Elasticsearch bounds its
 * sentence passages the same way (its {@code BoundedBreakIteratorScanner}).
 *
 * <p>Stateful like every BreakIterator: one per highlighted field at a time.
 */
final class SnippetBreaks extends BreakIterator {
    /** How far from the asked-for offset a boundary is looked for before the passage is cut at a space. */
    static final int REACH = 200;

    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) copy.append(c);
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current == text.length()) return DONE;
        return current = following(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (; n > 0 && result != DONE; n--) result = next();
        for (; n < 0 && result != DONE; n++) result = previous();
        return result;
    }

    @Override
    public int previous() {
        if (current == 0) return DONE;
        return current = preceding(current);
    }

    /** The first boundary after {@code offset}; the end of a sentence, of the text, or a cut at most REACH further. */
    @Override
    public int following(int offset) {
        checkOffset(offset);
        int end = text.length();
        if (offset == end) return current = DONE;
        int limit = Math.min(end, offset + REACH);
        for (int i = offset + 1; i <= limit && i < end; i++) {
            if (endsSentence(i)) return current = i;
        }
        if (limit == end) return current = end;
        for (int i = limit; i > offset + 1; i--) {
            if (startsWord(i)) return current = i;
        }
        return current = whole(limit);
    }

    /** The last boundary before {@code offset}; the start of a sentence, of the text, or a cut at most REACH before. */
    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset == 0) return current = DONE;
        int limit = Math.max(0, offset - REACH);
        for (int i = offset - 1; i >= limit && i > 0; i--) {
            if (endsSentence(i)) return current = i;
        }
        if (limit == 0) return current = 0;
        for (int i = limit; i < offset - 1; i++) {
            if (startsWord(i)) return current = i;
        }
        return current = whole(limit);
    }

    /** Whether a sentence ends just before {@code i} (0 < i < length): a new one starts at i. */
    private boolean endsSentence(int i) {
        char next = text.charAt(i);
        char before = text.charAt(i - 1);
        if (Character.isWhitespace(next)) return false; // the sentence keeps its trailing spaces
        if (isLineBreak(before) || before == '。' || before == '！' || before == '？') return true;
        if (!Character.isWhitespace(before)) return false;
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            if (isLineBreak(text.charAt(j))) return true;
            j--;
        }
        while (j >= 0 && isClosing(text.charAt(j))) j--;
        if (j < 0) return false;
        char end = text.charAt(j);
        if (end == '!' || end == '?' || end == '‼' || end == '⁇' || end == '⁈' || end == '⁉') return true;
        if (end == '.' || end == '…') return !Character.isLowerCase(text.codePointAt(i));
        return false;
    }

    /** Whether a word starts at {@code i}: a space before it, none at it. */
    private boolean startsWord(int i) {
        return Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i));
    }

    /** {@code i}, or the next offset if i would split a surrogate pair. */
    private int whole(int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1)) ? i + 1 : i;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085';
    }

    /** Closing quotes and brackets that may stand between a sentence's last word's punctuation and the space. */
    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0.." + text.length() + ")");
        }
    }
}
