package org.commonplace.workspace.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.control.WorkspaceGate;
import org.commonplace.workspace.meeting.entity.Meeting;
import org.commonplace.workspace.meeting.entity.MeetingNote;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pair's meetings: time (in the zone they were planned in), length, a link or a place, an
 * agenda, an optional recurrence; rescheduled or called off; notes afterwards.
 */
@ApplicationScoped
public class Meetings {
    public static final int TITLE_MAX = 200;
    public static final int LOCATION_MAX = 500;
    public static final int AGENDA_MAX = 10_000;
    public static final int NOTE_MAX = 20_000;
    public static final int OCCURRENCES_MAX = 52;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** A meeting as typed: the start as local date and time ("2026-12-03T15:00") in {@code timeZone}, or with an offset. */
    public record MeetingInput(String title, String startsAt, String timeZone, Integer durationMinutes, String location, String agenda,
                               String recurrence, Integer occurrences) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Markdown markdown;

    @Transactional
    public List<MeetingViews.Meeting> list(Viewer viewer, long workspaceId) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "meetings");
        return views(opened, em.createQuery("select m from Meeting m where m.workspaceId = :w order by m.startsAt desc, m.id desc",
                Meeting.class).setParameter("w", workspaceId).getResultList());
    }

    @Transactional
    public MeetingViews.Meeting schedule(Viewer viewer, long workspaceId, MeetingInput input) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        Meeting meeting = new Meeting(workspaceId, plan(input), viewer.accountId(), clock.now());
        em.persist(meeting);
        em.flush();
        return views(opened, List.of(meeting)).get(0);
    }

    @Transactional
    public MeetingViews.Meeting reschedule(Viewer viewer, long workspaceId, long meetingId, MeetingInput input) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        Meeting meeting = meetingOf(workspaceId, meetingId);
        if (meeting.cancelledAt() != null) throw new Conflict("This meeting was called off; schedule a new one.");
        meeting.reschedule(plan(input), clock.now());
        em.flush();
        return views(opened, List.of(meeting)).get(0);
    }

    @Transactional
    public void cancel(Viewer viewer, long workspaceId, long meetingId) {
        gate.write(viewer, workspaceId);
        meetingOf(workspaceId, meetingId).cancel(clock.now());
    }

    @Transactional
    public MeetingViews.Note addNote(Viewer viewer, long workspaceId, long meetingId, String body) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        meetingOf(workspaceId, meetingId);
        String text = body == null ? "" : body.strip();
        new Invalid.Collector().check(!text.isEmpty(), "body", "Write the notes first.")
                .check(text.length() <= NOTE_MAX, "body", "Notes may be at most " + NOTE_MAX + " characters.").throwIfAny();
        MeetingNote note = new MeetingNote(meetingId, workspaceId, viewer.accountId(), text, clock.now());
        em.persist(note);
        em.flush();
        return new MeetingViews.Note(note.id(), opened.nameOf(viewer.accountId()), text, markdown.toHtml(text), note.createdAt());
    }

    /** Meetings with their notes, for pages and the export. Joins the caller's transaction. */
    public List<MeetingViews.Meeting> views(WorkspaceGate.Opened opened, List<Meeting> meetings) {
        if (meetings.isEmpty()) return List.of();
        Map<Long, List<MeetingNote>> notes = em.createQuery("select n from MeetingNote n where n.meetingId in :ids order by n.createdAt",
                MeetingNote.class).setParameter("ids", meetings.stream().map(Meeting::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(MeetingNote::meetingId));
        Instant now = clock.now();
        return meetings.stream().map(m -> new MeetingViews.Meeting(m.id(), m.workspaceId(), opened.workspace().title(), m.title(),
                m.startsAt(), m.timeZone(), LOCAL.format(m.startsAt().atZone(ZoneId.of(m.timeZone()))) + " (" + m.timeZone() + ")",
                m.durationMinutes(), m.location(), m.location() != null && m.location().matches("(?i)^https?://.*"), m.agenda(),
                m.agenda() == null ? null : markdown.toHtml(m.agenda()), m.recurrence().name(), m.occurrences(), m.uid(), m.sequence(),
                m.cancelledAt(), lastEnd(m).isBefore(now),
                notes.getOrDefault(m.id(), List.of()).stream().map(n -> new MeetingViews.Note(n.id(), opened.nameOf(n.authorId()),
                        n.body(), markdown.toHtml(n.body()), n.createdAt())).toList())).toList();
    }

    public List<MeetingViews.Meeting> all(WorkspaceGate.Opened opened) {
        return views(opened, em.createQuery("select m from Meeting m where m.workspaceId = :w order by m.startsAt", Meeting.class)
                .setParameter("w", opened.id()).getResultList());
    }

    private static Instant lastEnd(Meeting m) {
        ZoneId zone = ZoneId.of(m.timeZone());
        var start = m.startsAt().atZone(zone);
        int n = m.occurrences() - 1;
        var last = switch (m.recurrence()) {
            case WEEKLY -> start.plusWeeks(n);
            case FORTNIGHTLY -> start.plusWeeks(2L * n);
            case MONTHLY -> start.plusMonths(n);
            case NONE -> start;
        };
        return last.toInstant().plus(Duration.ofMinutes(m.durationMinutes()));
    }

    private Meeting meetingOf(long workspaceId, long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null || m.workspaceId() != workspaceId) throw new NotVisible("meeting");
        return m;
    }

    static Meeting.Plan plan(MeetingInput in) {
        Invalid.Collector errors = new Invalid.Collector();
        String title = in.title() == null ? "" : in.title().strip();
        errors.check(!title.isEmpty(), "title", "Name the meeting.")
                .check(title.length() <= TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.");
        ZoneId zone = null;
        String zoneName = in.timeZone() == null || in.timeZone().isBlank() ? "UTC" : in.timeZone().strip();
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            errors.add("timeZone", "'" + zoneName + "' is not a time zone: use a name such as Europe/Budapest or UTC.");
        }
        Instant start = null;
        if (in.startsAt() == null || in.startsAt().isBlank()) {
            errors.add("startsAt", "Say when the meeting starts (e.g. 2026-12-03T15:00).");
        } else if (zone != null) {
            try {
                String s = in.startsAt().strip();
                start = s.matches(".*(Z|[+-]\\d\\d:\\d\\d)$") ? OffsetDateTime.parse(s).toInstant() : LocalDateTime.parse(s).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                errors.add("startsAt", "'" + in.startsAt().strip() + "' is not a date and time: write it as 2026-12-03T15:00.");
            }
        }
        int duration = in.durationMinutes() == null ? 60 : in.durationMinutes();
        errors.check(duration >= 5 && duration <= 480, "durationMinutes", "A meeting lasts 5 to 480 minutes.");
        String location = in.location() == null || in.location().isBlank() ? null : in.location().strip();
        errors.check(location == null || location.length() <= LOCATION_MAX, "location", "Keep the place or link under " + LOCATION_MAX + " characters.");
        if (location != null && location.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !location.matches("(?i)^https?://\\S+$")) {
            errors.add("location", "A link starts with http:// or https://; otherwise write the place in words.");
        } else if (location != null && location.matches("(?i)^https?://.*")) {
            try {
                if (URI.create(location).getHost() == null) errors.add("location", "This link has no host.");
            } catch (IllegalArgumentException e) {
                errors.add("location", "This is not a valid link.");
            }
        }
        String agenda = in.agenda() == null || in.agenda().isBlank() ? null : in.agenda().strip();
        errors.check(agenda == null || agenda.length() <= AGENDA_MAX, "agenda", "Keep the agenda under " + AGENDA_MAX + " characters.");
        Meeting.Recurrence recurrence = Meeting.Recurrence.NONE;
        if (in.recurrence() != null && !in.recurrence().isBlank()) {
            try {
                recurrence = Meeting.Recurrence.valueOf(in.recurrence().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("recurrence", "A meeting repeats NONE, WEEKLY, FORTNIGHTLY or MONTHLY.");
            }
        }
        int occurrences = recurrence == Meeting.Recurrence.NONE ? 1 : in.occurrences() == null ? 6 : in.occurrences();
        errors.check(occurrences >= 1 && occurrences <= OCCURRENCES_MAX, "occurrences",
                "A series has 1 to " + OCCURRENCES_MAX + " meetings.");
        errors.throwIfAny();
        return new Meeting.Plan(title, start, zone.getId(), duration, location, agenda, recurrence, occurrences);
    }
}
