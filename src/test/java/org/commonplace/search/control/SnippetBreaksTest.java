package org.commonplace.search.control;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Snippet passages end where sentences end, and never reach far from the word they show. */
class SnippetBreaksTest {
    private static final String PROSE = "Our partners asked about budgets. A mentor shared a template! Did it help? "
            + "It did: the rota worked (mostly). \"Try it,\" she said. Then we met again.\n"
            + "A new paragraph starts here. Version 3.5 of the plan, e.g. the short one, is out. The end.";

    @Test
    void on_ordinary_prose_it_finds_the_sentences_the_jdk_finds() {
        assertThat(sentences(new SnippetBreaks(), PROSE)).isEqualTo(sentences(BreakIterator.getSentenceInstance(Locale.ROOT), PROSE));
        assertThat(sentences(new SnippetBreaks(), PROSE)).containsExactly(
                "Our partners asked about budgets. ", "A mentor shared a template! ", "Did it help? ",
                "It did: the rota worked (mostly). ", "\"Try it,\" she said. ", "Then we met again.\n",
                "A new paragraph starts here. ", "Version 3.5 of the plan, e.g. the short one, is out. ", "The end.");
    }

    @Test
    void a_sentence_ends_after_closing_quotes_and_brackets_and_at_every_line_break() {
        assertThat(sentences(new SnippetBreaks(), "He said \"stop.\" Then (he left.) Next\nline one\r\nline two"))
                .containsExactly("He said \"stop.\" ", "Then (he left.) ", "Next\n", "line one\r\n", "line two");
    }

    @Test
    void following_and_preceding_find_the_sentence_around_an_offset() {
        SnippetBreaks breaks = new SnippetBreaks();
        breaks.setText(PROSE);
        int rota = PROSE.indexOf("rota");
        assertThat(PROSE.substring(breaks.preceding(rota + 1), breaks.following(rota))).isEqualTo("It did: the rota worked (mostly). ");
        assertThat(breaks.preceding(3)).isZero();
        assertThat(breaks.following(PROSE.length() - 2)).isEqualTo(PROSE.length());
        assertThat(breaks.following(PROSE.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.getText().getEndIndex()).isEqualTo(PROSE.length());
        int second = PROSE.indexOf("A mentor");
        assertThat(breaks.isBoundary(second)).isTrue();
        assertThat(breaks.isBoundary(second + 1)).isFalse();
        assertThat(breaks.current()).as("as BreakIterator specifies: the next boundary").isEqualTo(PROSE.indexOf("Did it"));
    }

    @Test
    void a_text_without_sentence_ends_is_cut_at_a_space_within_reach_of_the_offset() {
        String words = "word ".repeat(200); // 1,000 characters, no punctuation
        SnippetBreaks breaks = new SnippetBreaks();
        breaks.setText(words);
        int start = breaks.preceding(500);
        int end = breaks.following(500);
        assertThat(start).isBetween(500 - SnippetBreaks.REACH, 499);
        assertThat(end).isBetween(501, 500 + SnippetBreaks.REACH);
        assertThat(words.charAt(start - 1)).isEqualTo(' ');
        assertThat(words.charAt(end - 1)).isEqualTo(' ');
        assertThat(words.substring(start, end)).startsWith("word").endsWith("word ");
    }

    @Test
    void a_cut_never_splits_a_character_of_two_chars() {
        String emoji = "\uD83D\uDE00";
        String text = emoji.repeat(300);
        SnippetBreaks breaks = new SnippetBreaks();
        breaks.setText(text);
        int start = breaks.preceding(401);
        int end = breaks.following(1);
        assertThat(start % 2).isZero();
        assertThat(end % 2).isZero();
        assertThat(start).isGreaterThanOrEqualTo(401 - SnippetBreaks.REACH);
    }

    @Test
    void an_offset_outside_the_text_is_refused_as_the_jdk_refuses_it() {
        SnippetBreaks breaks = new SnippetBreaks();
        breaks.setText("Short.");
        assertThatThrownBy(() -> breaks.following(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> breaks.preceding(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> sentences(BreakIterator breaks, String text) {
        breaks.setText(text);
        List<String> out = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) out.add(text.substring(start, end));
        return out;
    }
}
