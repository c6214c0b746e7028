package org.commonplace.workspace.meeting;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.commonplace.workspace.meeting.control.CalendarWriter;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed is valid iCalendar that ical4j reads back: zones, recurrence, cancellation. */
class CalendarWriterTest {

    @Test
    void a_fortnightly_call_keeps_its_local_time_and_a_cancelled_one_says_so() throws Exception {
        Instant start = ZonedDateTime.of(2026, 3, 19, 15, 0, 0, 0, ZoneId.of("Europe/Budapest")).toInstant();
        String ics = CalendarWriter.write("Commonplace", List.of(
                new CalendarWriter.Event("a@commonplace", "Fortnightly call", start, "Europe/Budapest", 45, "https://meet.example.org/x",
                        "Agenda: <b>goals</b>", "FORTNIGHTLY", 6, 0, false, "https://commonplace.test/workspaces/1/meetings"),
                new CalendarWriter.Event("b@commonplace", "Called off", start.plusSeconds(86400), "UTC", 30, null, null, "NONE", 1, 1,
                        true, null)), Instant.parse("2026-03-01T10:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent call = events.get(0);
        assertThat(call.getSummary().getValue()).isEqualTo("Fortnightly call");
        assertThat(call.getProperty(Property.RRULE).orElseThrow().getValue()).contains("FREQ=WEEKLY").contains("INTERVAL=2").contains("COUNT=6");
        assertThat(call.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260319T150000");
        assertThat(call.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Budapest");
        assertThat(call.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo("Agenda: <b>goals</b>");
        assertThat(calendar.getComponents("VTIMEZONE")).isNotEmpty();
        VEvent off = events.get(1);
        assertThat(off.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(off.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
    }
}
