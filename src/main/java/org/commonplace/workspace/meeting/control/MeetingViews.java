package org.commonplace.workspace.meeting.control;

import java.time.Instant;
import java.util.List;

/** Meetings as the boundaries see them. */
public final class MeetingViews {
    private MeetingViews() { }

    public record Note(long id, String author, String body, String bodyHtml, Instant createdAt) { }

    public record Meeting(long id, long workspaceId, String workspace, String title, Instant startsAt, String timeZone,
                          String localStart, int durationMinutes, String location, boolean locationIsLink, String agenda,
                          String agendaHtml, String recurrence, int occurrences, String uid, int sequence, Instant cancelledAt,
                          boolean past, List<Note> notes) { }

    public record Subscription(boolean active, String url, Instant createdAt) { }
}
