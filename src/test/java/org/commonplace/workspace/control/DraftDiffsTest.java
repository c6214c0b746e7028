package org.commonplace.workspace.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Diff rows are shown as HTML: the text must come out escaped, with only our <del>/<ins> as markup. */
class DraftDiffsTest {

    @Test
    void a_changed_word_is_marked_and_markup_in_the_text_is_escaped() {
        List<DraftViews.Row> rows = DraftDiffs.rows("Hello <b>world</b>\nsame", "Hello <script>alert(1)</script>\nsame\nnew & line",
                DraftDiffs.SIDE_BY_SIDE);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).kind()).isEqualTo("CHANGE");
        assertThat(rows.get(0).oldLine()).contains("&lt;b&gt;").doesNotContain("<b>").contains("<del>");
        assertThat(rows.get(0).newLine()).contains("&lt;script&gt;").doesNotContain("<script>").contains("<ins>");
        assertThat(rows.get(1).kind()).isEqualTo("EQUAL");
        assertThat(rows.get(2).kind()).isEqualTo("INSERT");
        assertThat(rows.get(2).newLine()).contains("new &amp; line");
    }

    @Test
    void inline_merges_both_versions_into_one_line() {
        List<DraftViews.Row> rows = DraftDiffs.rows("We ask for money.", "We ask for 5000 euros.", DraftDiffs.INLINE);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo("We ask for <del>money</del><ins>5000 euros</ins>.");
            assertThat(r.oldLine()).isNull();
        });
    }
}
