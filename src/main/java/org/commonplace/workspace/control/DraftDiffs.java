package org.commonplace.workspace.control;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.util.Arrays;
import java.util.List;

/**
 * Differences between two versions of a shared document, line by line with the changed words
 * marked (java-diff-utils). Every line is HTML-escaped here, before the diff (the generator's own
 * normaliser skips lines that were inserted or deleted whole), so the only markup in its output is
 * the {@code <del>}/{@code <ins>} it adds: safe to show as HTML.
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
                .lineNormalizer(line -> line) // escaped below, once
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(oldText), lines(newText));
        return rows.stream().map(r -> inline
                ? new DraftViews.Row(r.getTag().name(), null, null, r.getOldLine())
                : new DraftViews.Row(r.getTag().name(), r.getOldLine(), r.getNewLine(), null)).toList();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\n", -1)).map(DraftDiffs::escape).toList();
    }

    static String escape(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
