package org.commonplace.workspace.control;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.util.Arrays;
import java.util.List;

/**
 * Differences between two versions of a shared document, line by line with the changed words
 * marked (java-diff-utils). The generator's default line normaliser escapes &lt; &gt; and &amp;, so the
 * only markup in its output is the {@code <del>}/{@code <ins>} it adds: safe to show as HTML.
 */
public final class DraftDiffs {
    public static final String SIDE_BY_SIDE = "side-by-side";
    public static final String INLINE = "inline";

    private DraftDiffs() { }

    public static List<DraftViews.Row> rows(String oldText, String newText, String mode) {
        boolean inline = INLINE.equals(mode);
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(inline)
                .oldTag(start -> start ? "<del>" : "</del>")
                .newTag(start -> start ? "<ins>" : "</ins>")
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(oldText), lines(newText));
        return rows.stream().map(r -> inline
                ? new DraftViews.Row(r.getTag().name(), null, null, r.getOldLine())
                : new DraftViews.Row(r.getTag().name(), r.getOldLine(), r.getNewLine(), null)).toList();
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    }
}
