package org.commonplace.workspace;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/**
 * The access matrix: every workspace route against everyone who is not in the pair — another
 * mentor, another partner, a colleague from the same organisation, a coordinator while the
 * programme does not let coordinators read, an anonymous caller — answers 404 and stores nothing.
 * A coordinator may read only where the programme allows it, and each read lands in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class WorkspaceAccessIT {
    @ArquillianResource
    URL base;

    Api api;
    WorkspaceFixture fixture;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        fixture = new WorkspaceFixture(api);
    }

    /** One route of the workspace: method, path and (for writes) a body a member would get accepted. */
    record Route(String method, String path, Object body) {
        boolean write() { return !method.equals("GET"); }
    }

    /** Every API and page route of one workspace, with real ids of its things. */
    List<Route> routes(long w, Things t) {
        String ws = "/api/v1/workspaces/" + w;
        List<Route> routes = new ArrayList<>(List.of(
                new Route("GET", ws, null), new Route("GET", ws + "/audit", null), new Route("GET", ws + "/messages", null),
                new Route("GET", ws + "/files/" + t.file, null), new Route("GET", ws + "/documents", null),
                new Route("GET", ws + "/documents/" + t.document, null),
                new Route("GET", ws + "/documents/" + t.document + "/diff?from=1&to=2", null),
                new Route("GET", ws + "/goals", null), new Route("GET", ws + "/milestones", null), new Route("GET", ws + "/wins", null),
                new Route("GET", ws + "/plan", null), new Route("GET", ws + "/journal", null), new Route("GET", ws + "/check-ins", null),
                new Route("GET", ws + "/meetings", null), new Route("GET", ws + "/export", null),
                new Route("POST", ws + "/messages", Map.of("body", "intruder message")),
                new Route("PUT", ws + "/aspirations", Map.of("aspirations", "intruder")),
                new Route("PUT", ws + "/agreement", Map.of("communication", "x", "mentorExpects", "x", "menteeExpects", "x")),
                new Route("POST", ws + "/agreement/confirmation", Map.of("revision", 1)),
                new Route("POST", ws + "/documents", Map.of("title", "intruder", "body", "x")),
                new Route("PUT", ws + "/documents/" + t.document, Map.of("title", "intruder", "body", "x", "baseVersion", 2)),
                new Route("POST", ws + "/documents/" + t.document + "/comments", Map.of("body", "intruder")),
                new Route("POST", ws + "/documents/" + t.document + "/restore", Map.of("version", 1)),
                new Route("POST", ws + "/goals", goal("intruder goal")),
                new Route("PUT", ws + "/goals/" + t.goal, Map.of("status", "DROPPED")),
                new Route("POST", ws + "/goals/" + t.goal + "/milestones", Map.of("title", "intruder", "dueOn", "2030-01-01")),
                new Route("PUT", ws + "/milestones/" + t.milestone, Map.of("done", true)),
                new Route("POST", ws + "/goals/" + t.goal + "/progress", Map.of("body", "intruder", "win", true)),
                new Route("POST", ws + "/plan/tasks", Map.of("title", "intruder task")),
                new Route("PUT", ws + "/plan/tasks/" + t.task, Map.of("status", "DROPPED")),
                new Route("POST", ws + "/journal", Map.of("body", "intruder", "shared", true)),
                new Route("PUT", ws + "/journal/" + t.journal, Map.of("shared", true)),
                new Route("POST", ws + "/journal/" + t.journal + "/blog-draft", null),
                new Route("POST", ws + "/meetings", meeting("intruder call")),
                new Route("PUT", ws + "/meetings/" + t.meeting, meeting("moved by intruder")),
                new Route("DELETE", ws + "/meetings/" + t.meeting, null),
                new Route("POST", ws + "/meetings/" + t.meeting + "/notes", Map.of("body", "intruder")),
                // pages
                new Route("GET", "/workspaces/" + w, null), new Route("GET", "/workspaces/" + w + "/messages", null),
                new Route("GET", "/workspaces/" + w + "/documents", null), new Route("GET", "/workspaces/" + w + "/documents/" + t.document, null),
                new Route("GET", "/workspaces/" + w + "/documents/" + t.document + "/diff?from=1&to=2", null),
                new Route("GET", "/workspaces/" + w + "/goals", null), new Route("GET", "/workspaces/" + w + "/check-ins", null),
                new Route("GET", "/workspaces/" + w + "/meetings", null), new Route("GET", "/workspaces/" + w + "/journal", null),
                new Route("GET", "/workspaces/" + w + "/audit", null), new Route("GET", "/workspaces/" + w + "/files/" + t.file, null),
                new Route("GET", "/workspaces/" + w + "/export.zip", null)));
        return routes;
    }

    /** Ids of things the pair made in its workspace. */
    record Things(long file, long document, long goal, long milestone, long task, long journal, long meeting, String secretWord) { }

    Things things(WorkspaceFixture.Pair pair) {
        long w = pair.id();
        String ws = "/api/v1/workspaces/" + w;
        String secret = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long file = fixture.as(pair.partner()).multiPart("body", "Here is the plan " + secret)
                .multiPart("file", "plan.txt", ("the plan " + secret).getBytes(), "text/plain")
                .post(ws + "/messages/with-files").then().statusCode(201).extract().jsonPath().getLong("attachments[0].id");
        long document = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Draft " + secret, "body", "one"))
                .post(ws + "/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("title", "Draft " + secret, "body", "one\ntwo", "baseVersion", 1))
                .put(ws + "/documents/" + document).then().statusCode(200);
        long goal = fixture.as(pair.partner()).contentType(ContentType.JSON).body(goal("Goal " + secret)).post(ws + "/goals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long milestone = fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("title", "First step", "dueOn", "2030-01-01"))
                .post(ws + "/goals/" + goal + "/milestones").then().statusCode(201).extract().jsonPath().getLong("id");
        long task = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "A task")).post(ws + "/plan/tasks")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long journal = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", "private thought " + secret))
                .post(ws + "/journal").then().statusCode(201).extract().jsonPath().getLong("id");
        long meeting = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(meeting("Call " + secret)).post(ws + "/meetings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Things(file, document, goal, milestone, task, journal, meeting, secret);
    }

    static Map<String, Object> goal(String title) {
        return Map.of("title", title, "specific", "s", "measurable", "m", "achievable", "a", "relevant", "r", "timeBound", "t");
    }

    static Map<String, Object> meeting(String title) {
        return Map.of("title", title, "startsAt", "2030-03-05T15:00", "timeZone", "Europe/Budapest");
    }

    Response call(RequestSpecification spec, Route r) {
        RequestSpecification s = spec.accept(r.path().startsWith("/api/") ? "application/json" : "text/html");
        if (r.body() != null) s = s.contentType(ContentType.JSON).body(r.body());
        return s.request(r.method(), r.path());
    }

    /** What the pair sees of its workspace: every list, for comparing before and after. */
    String snapshot(WorkspaceFixture.Pair pair) {
        String ws = "/api/v1/workspaces/" + pair.id();
        StringBuilder all = new StringBuilder();
        for (String part : List.of("/messages", "/documents", "/goals", "/plan", "/journal", "/meetings", "/audit")) {
            all.append(fixture.as(pair.mentor()).get(ws + part).then().statusCode(200).extract().asString()
                    .replaceAll("\"readAt\":\"[^\"]*\"", "").replaceAll("\"readBy\":\\[[^]]*]", ""));
        }
        all.append(fixture.as(pair.mentor()).get(ws).then().statusCode(200).extract().jsonPath().getString("agreement"));
        return all.toString();
    }

    @Test
    void everyone_outside_the_pair_gets_404_on_every_route_and_nothing_is_stored() {
        fixture.coordinatorsMayRead(false, 180);
        WorkspaceFixture.Pair pair = fixture.pair();
        Things t = things(pair);
        String before = snapshot(pair);
        Map<String, Function<Route, Response>> outsiders = Map.of(
                "another mentor", r -> call(fixture.as("mentor2"), r),
                "another partner", r -> call(fixture.as("partner3"), r),
                "a colleague of the same organisation", r -> call(fixture.as(pair.colleague()), r),
                "a coordinator (the programme keeps them out)", r -> call(fixture.as("coordinator"), r),
                "mentor1, whose own pair is elsewhere", r -> call(fixture.as("mentor1"), r),
                "an anonymous caller", r -> call(api.anonymous(), r));
        for (var outsider : outsiders.entrySet()) {
            for (Route r : routes(pair.id(), t)) {
                Response answer = outsider.getValue().apply(r);
                assertThat(answer.statusCode()).as(outsider.getKey() + ": " + r.method() + " " + r.path()).isEqualTo(404);
                assertThat(answer.asString()).as(outsider.getKey() + ": " + r.path()).doesNotContain(t.secretWord());
            }
        }
        assertThat(snapshot(pair)).isEqualTo(before);
        // a browser session of an outsider is refused the same way, and an anonymous visitor is offered the sign-in
        new BrowserSession(api).signIn("partner3", Api.DEMO_PASSWORD).get("/workspaces/" + pair.id()).then().statusCode(404);
        api.anonymous().accept("text/html").get("/workspaces/" + pair.id()).then().statusCode(404).body(containsString("/login?next="));
        // their own lists do not mention it
        for (String outsider : List.of("mentor2", "partner3", pair.colleague(), "coordinator")) {
            fixture.as(outsider).get("/api/v1/workspaces").then().statusCode(200).body("items.id", not(hasItem((int) pair.id())));
        }
        // the members see everything
        for (Route r : routes(pair.id(), t)) {
            if (r.write()) continue;
            assertThat(call(fixture.as(pair.partner()), r).statusCode()).as("member: " + r.path()).isEqualTo(200);
        }
    }

    @Test
    void a_coordinator_reads_only_where_the_programme_allows_and_every_read_is_in_the_audit_log() {
        WorkspaceFixture.Pair pair = fixture.pair();
        Things t = things(pair);
        String ws = "/api/v1/workspaces/" + pair.id();
        try {
            fixture.coordinatorsMayRead(true, 180);
            fixture.as(pair.partner()).get(ws).then().statusCode(200).body("coordinatorsMayRead", equalTo(true));
            fixture.as(pair.partner()).get(ws + "/audit").then().body("items.action", hasItem("SETTING_CHANGED"));
            fixture.as("coordinator").get(ws + "/messages").then().statusCode(200).body("items[0].body", containsString(t.secretWord()));
            fixture.as("coordinator").get(ws + "/documents/" + t.document()).then().statusCode(200);
            fixture.as(pair.partner()).get(ws + "/audit").then().statusCode(200)
                    .body("items.findAll { it.action == 'COORDINATOR_READ' }.detail", hasItems("messages", "a document"));
            // a reading coordinator leaves no read receipt, and writes nothing
            fixture.as(pair.partner()).get(ws + "/messages").then().body("items[0].readBy.name", not(hasItem(containsString("Coordinator"))));
            String before = snapshot(pair);
            for (Route r : routes(pair.id(), t)) {
                if (!r.write()) continue;
                assertThat(call(fixture.as("coordinator"), r).statusCode()).as(r.method() + " " + r.path()).isIn(403);
            }
            fixture.as("coordinator").get(ws + "/export").then().statusCode(403);
            assertThat(snapshot(pair).replaceAll("\\{[^{}]*COORDINATOR_READ[^{}]*}", "")).isEqualTo(before.replaceAll("\\{[^{}]*COORDINATOR_READ[^{}]*}", ""));
            // journal entries that are not shared stay private even then
            fixture.as("coordinator").get(ws + "/journal").then().statusCode(200).body("items", empty());
        } finally {
            fixture.coordinatorsMayRead(false, 180);
        }
        fixture.as("coordinator").get(ws + "/messages").then().statusCode(404);
        fixture.as(pair.partner()).get(ws).then().body("coordinatorsMayRead", equalTo(false));
    }

    @Test
    void workspace_content_is_found_by_search_only_by_the_pair() {
        WorkspaceFixture.Pair pair = fixture.pair();
        Things t = things(pair);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> fixture.as(pair.partner()).get("/api/v1/search?q=" + t.secretWord())
                .then().statusCode(200).body("items.type", hasItems("workspace-message", "workspace-document", "workspace-goal")));
        // the mentor's private journal entry: only the mentor finds it (written after the others, so waited for on its own)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> fixture.as(pair.mentor()).get("/api/v1/search?q=" + t.secretWord())
                .then().body("items.type", hasItem("workspace-journal")));
        fixture.as(pair.partner()).get("/api/v1/search?q=" + t.secretWord()).then().body("items.type", not(hasItem("workspace-journal")));
        try {
            fixture.coordinatorsMayRead(true, 180);
            for (String outsider : List.of("mentor2", "partner3", pair.colleague(), "coordinator")) {
                fixture.as(outsider).get("/api/v1/search?q=" + t.secretWord()).then().statusCode(200).body("total", equalTo(0))
                        .body("items", empty());
                fixture.as(outsider).get("/api/v1/search/suggest?q=Draft " + t.secretWord()).then().body("$", empty());
            }
        } finally {
            fixture.coordinatorsMayRead(false, 180);
        }
        api.anonymous().get("/api/v1/search?q=" + t.secretWord()).then().body("total", equalTo(0));
    }
}
