package org.commonplace.workspace;

import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Meetings, their notes, and each person's private calendar address, read back with ical4j. */
@ExtendWith(ArquillianExtension.class)
class WorkspaceMeetingsIT {
    @ArquillianResource
    URL base;

    Api api;
    WorkspaceFixture fixture;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        fixture = new WorkspaceFixture(api);
    }

    Calendar feed(String path) throws Exception {
        String ics = api.anonymous().get(path).then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void a_private_calendar_address_serves_the_members_meetings_and_stops_at_once_when_revoked() throws Exception {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        long meeting = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Fortnightly call",
                        "startsAt", "2030-03-07T16:00", "timeZone", "Europe/London", "durationMinutes", 45,
                        "location", "https://meet.example.org/pair", "agenda", "1. The register", "recurrence", "FORTNIGHTLY", "occurrences", 6))
                .post(ws + "/meetings").then().statusCode(201).body("localStart", containsString("16:00")).extract().jsonPath().getLong("id");
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Called off", "startsAt", "2030-03-09T10:00Z"))
                .post(ws + "/meetings").then().statusCode(201);
        long off = fixture.as(pair.mentor()).get(ws + "/meetings").then().extract().jsonPath().getLong("items.find { it.title == 'Called off' }.id");
        fixture.as(pair.partner()).delete(ws + "/meetings/" + off).then().statusCode(204);
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("body", "We agreed on the template."))
                .post(ws + "/meetings/" + meeting + "/notes").then().statusCode(201);

        fixture.as(pair.partner()).get("/api/v1/calendar/subscription").then().body("active", equalTo(false));
        String url = fixture.as(pair.partner()).post("/api/v1/calendar/subscription").then().statusCode(200)
                .body("active", equalTo(true)).extract().jsonPath().getString("url");
        String path = URI.create(url).getPath();
        Calendar calendar = feed(path);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).anyMatch(s -> s.startsWith("Fortnightly call"))
                .noneMatch(s -> s.contains("Hello Hana") || s.contains("First call"));
        VEvent call = events.stream().filter(e -> e.getSummary().getValue().startsWith("Fortnightly call")).findFirst().orElseThrow();
        assertThat(call.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20300307T160000");
        assertThat(call.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(call.getProperty(Property.RRULE).orElseThrow().getValue()).contains("INTERVAL=2").contains("COUNT=6");
        assertThat(call.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("https://meet.example.org/pair");
        VEvent cancelled = events.stream().filter(e -> e.getSummary().getValue().startsWith("Called off")).findFirst().orElseThrow();
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");

        // an outsider's own feed never shows the pair's meetings
        String other = URI.create(fixture.as("partner3").post("/api/v1/calendar/subscription").then().extract().jsonPath().getString("url")).getPath();
        List<VEvent> others = feed(other).getComponents("VEVENT");
        assertThat(others).extracting(e -> e.getSummary().getValue())
                .noneMatch(s -> s.startsWith("Fortnightly call ("));

        // a new address stops the old one at once; revoking stops the new one
        String renewed = URI.create(fixture.as(pair.partner()).post("/api/v1/calendar/subscription").then().extract().jsonPath().getString("url")).getPath();
        api.anonymous().get(path).then().statusCode(404);
        feed(renewed);
        fixture.as(pair.partner()).delete("/api/v1/calendar/subscription").then().statusCode(204);
        api.anonymous().get(renewed).then().statusCode(404);
        api.anonymous().get("/calendar/not-a-token.ics").then().statusCode(404);
    }

    @Test
    void bad_meetings_are_refused_field_by_field_and_store_nothing() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Call", "startsAt", "next tuesday", "timeZone", "Mars/Olympus",
                        "durationMinutes", 2, "location", "javascript:alert(1)", "recurrence", "YEARLY"))
                .post(ws + "/meetings").then().statusCode(422)
                .body("errors.field", hasItems("timeZone", "durationMinutes", "location", "recurrence"));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Call", "startsAt", "next tuesday", "timeZone", "UTC"))
                .post(ws + "/meetings").then().statusCode(422).body("errors[0].field", equalTo("startsAt"))
                .body("errors[0].message", containsString("2026-12-03T15:00"));
        fixture.as(pair.mentor()).get(ws + "/meetings").then().body("items", empty());
    }
}
