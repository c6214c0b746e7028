package org.commonplace.workspace.control;

import java.time.Instant;
import java.util.List;

/** What the messages of a workspace look like to the boundaries. */
public final class MessageViews {
    private MessageViews() { }

    public record Attachment(long id, String name, long size, String type, String sha256, String downloadUrl) { }

    public record ReadReceipt(String name, Instant at) { }

    public record Item(long id, WorkspaceViews.Person author, String body, String bodyHtml, Instant createdAt, boolean byMail,
                       List<ReadReceipt> readBy, List<Attachment> attachments) { }

    /**
     * How long messages waited for an answer from the other side: per side, how many were
     * answered and the median and longest wait in minutes; and the turn still waiting, if any.
     */
    public record Waits(List<SideWaits> sides, String waitingFor, Instant waitingSince) { }

    public record SideWaits(String side, int answered, Long medianMinutes, Long longestMinutes) { }

    public record Page(List<Item> items, int page, int size, long total, Waits waits) { }
}
