package org.commonplace.workspace.meeting.control;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a person's meetings as an iCalendar feed with ical4j: one VEVENT per meeting in the zone
 * it was planned in (with that zone's VTIMEZONE, so a weekly call keeps its local time across
 * daylight saving), a recurrence rule when it repeats, and STATUS:CANCELLED with a raised
 * SEQUENCE when it was called off, so that subscribed calendars drop it.
 */
public final class CalendarWriter {
    /** What a feed shows of one meeting. */
    public record Event(String uid, String title, Instant startsAt, String timeZone, int durationMinutes, String location,
                        String description, String recurrence, int occurrences, int sequence, boolean cancelled, String url) { }

    private CalendarWriter() { }

    public static String write(String name, List<Event> events, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Commonplace//Pair workspaces//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Set<String> zones = new HashSet<>();
        for (Event e : events) {
            ZonedDateTime start = e.startsAt().atZone(ZoneId.of(e.timeZone()));
            VEvent event = new VEvent(start, Duration.ofMinutes(e.durationMinutes()), e.title());
            event.add(new Uid(e.uid()));
            event.add(new DtStamp(now));
            event.add(new Sequence(e.sequence()));
            if (e.location() != null && !e.location().isBlank()) event.add(new Location(e.location()));
            if (e.description() != null && !e.description().isBlank()) event.add(new Description(e.description()));
            if (e.url() != null) event.add(new Url(URI.create(e.url())));
            String rule = rule(e.recurrence(), e.occurrences());
            if (rule != null) event.add(new RRule<>(rule));
            event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            calendar.add(event);
            if (zones.add(e.timeZone())) {
                var zone = registry.getTimeZone(e.timeZone());
                if (zone != null) calendar.add(zone.getVTimeZone());
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String rule(String recurrence, int occurrences) {
        return switch (recurrence) {
            case "WEEKLY" -> "FREQ=WEEKLY;COUNT=" + occurrences;
            case "FORTNIGHTLY" -> "FREQ=WEEKLY;INTERVAL=2;COUNT=" + occurrences;
            case "MONTHLY" -> "FREQ=MONTHLY;COUNT=" + occurrences;
            default -> null;
        };
    }
}
