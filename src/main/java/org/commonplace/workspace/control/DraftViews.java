package org.commonplace.workspace.control;

import java.time.Instant;
import java.util.List;

/** Shared documents as the boundaries see them. */
public final class DraftViews {
    private DraftViews() { }

    public record Summary(long id, String title, int version, String updatedBy, Instant updatedAt, long comments) { }

    public record VersionSummary(int number, String title, String author, Instant createdAt, String note, Integer restoredFrom) { }

    public record Comment(long id, int version, String author, String anchorText, String body, String bodyHtml, Instant createdAt) { }

    /** One version of a document (the current one unless asked for another), with its comments. */
    public record Document(long id, long workspaceId, String title, int version, int currentVersion, String body, String bodyHtml,
                           String author, Instant createdAt, String note, Integer restoredFrom,
                           List<VersionSummary> versions, List<Comment> comments, boolean mayEdit) { }

    /**
     * A diff between two versions. {@code rows}: for "side-by-side" each row has the old and the new
     * line; for "inline" only {@code line}, the two merged. The lines are HTML: the text escaped, changes
     * marked with {@code <del>} and {@code <ins>}.
     */
    public record Diff(long documentId, String title, int from, int to, String mode, List<Row> rows, int changes) { }

    public record Row(String kind, String oldLine, String newLine, String line) { }
}
