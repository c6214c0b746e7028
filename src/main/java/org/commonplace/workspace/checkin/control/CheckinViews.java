package org.commonplace.workspace.checkin.control;

import java.time.Instant;
import java.util.List;

/** Check-ins as the boundaries see them. */
public final class CheckinViews {
    private CheckinViews() { }

    public record Answer(String key, String prompt, String kind, Integer rating, String text) { }

    /** One member's check-in of one round. */
    public record Response(long id, long checkinId, String member, boolean mine, Instant dueAt, Instant submittedAt, boolean overdue,
                           List<Answer> answers) { }

    /** The viewer's open check-in, with the survey to answer. */
    public record Open(long responseId, Instant dueAt, boolean overdue, List<Surveys.Question> questions, List<Answer> answers) { }

    /** Everything on the check-ins page: what the viewer owes, the history, who is overdue, the chart. */
    public record History(List<Open> open, List<Response> responses, List<String> overdue, int cadenceDays, Instant nextDueAt,
                          String chartSvg) { }

    /** Health without content: counts only. */
    public record Health(long due, long answered, long overdue) { }
}
