package org.commonplace.workspace;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.*;

/** The agreement, SMART goals with milestones and wins, the work plan with its history, and the journal. */
@ExtendWith(ArquillianExtension.class)
class WorkspaceGoalsIT {
    @ArquillianResource
    URL base;

    Api api;
    WorkspaceFixture fixture;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        fixture = new WorkspaceFixture(api);
    }

    @Test
    void the_agreement_holds_once_both_sides_confirm_and_a_revision_asks_again() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        Map<String, String> text = Map.of("communication", "A call every other week", "mentorExpects", "Questions ready", "menteeExpects", "Honest answers");
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(text).put(ws + "/agreement").then().statusCode(200)
                .body("revision", equalTo(1)).body("agreed", equalTo(false)).body("confirmedByMe", equalTo(true));
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("revision", 1)).post(ws + "/agreement/confirmation").then()
                .statusCode(200).body("agreed", equalTo(true)).body("confirmations", hasSize(2));
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("communication", "Weekly", "mentorExpects", "Questions ready",
                "menteeExpects", "Honest answers")).put(ws + "/agreement").then().statusCode(200).body("revision", equalTo(2)).body("agreed", equalTo(false));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("revision", 1)).post(ws + "/agreement/confirmation").then()
                .statusCode(409).body("detail", containsString("revised"));
        fixture.as(pair.mentor()).get(ws).then().body("agreement.revision", equalTo(2)).body("agreement.communication", equalTo("Weekly"));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("communication", "", "mentorExpects", "x", "menteeExpects", "x"))
                .put(ws + "/agreement").then().statusCode(422).body("errors[0].field", equalTo("communication"));
        // shown at the top of the workspace page
        fixture.as(pair.partner()).accept("text/html").get("/workspaces/" + pair.id()).then().statusCode(200)
                .body(containsString("Our expectations agreement")).body(containsString("Weekly"));
    }

    @Test
    void goals_are_smart_milestones_fall_due_and_wins_are_celebrated() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        Map<String, Object> vague = new HashMap<>(Map.of("title", "Be better"));
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(vague).post(ws + "/goals").then().statusCode(422)
                .body("errors.field", hasItems("specific", "measurable", "achievable", "relevant", "timeBound"))
                .body("errors.find { it.field == 'measurable' }.message", containsString("how you will know"));
        Map<String, Object> goal = new HashMap<>(WorkspaceAccessIT.goal("Register"));
        goal.put("targetDate", "30/09/2026");
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(goal).post(ws + "/goals").then().statusCode(422)
                .body("errors[0].field", equalTo("targetDate")).body("errors[0].message", containsString("YYYY-MM-DD"));
        goal.put("targetDate", "2030-09-30");
        long id = fixture.as(pair.partner()).contentType(ContentType.JSON).body(goal).post(ws + "/goals").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).extract().jsonPath().getLong("id");
        long late = fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("title", "Template", "dueOn", "2020-01-01"))
                .post(ws + "/goals/" + id + "/milestones").then().statusCode(201).body("overdue", equalTo(true)).extract().jsonPath().getLong("id");
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("done", true)).put(ws + "/milestones/" + late).then()
                .statusCode(200).body("overdue", equalTo(false)).body("doneAt", notNullValue());
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("body", "Two clubs use it!", "win", true))
                .post(ws + "/goals/" + id + "/progress").then().statusCode(201);
        fixture.as(pair.mentor()).get(ws + "/wins").then().body("items[0].body", equalTo("Two clubs use it!"));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("status", "ACHIEVED")).put(ws + "/goals/" + id).then()
                .statusCode(200).body("status", equalTo("ACHIEVED"));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("status", "FINISHED")).put(ws + "/goals/" + id).then().statusCode(422);
        fixture.as(pair.mentor()).get(ws + "/milestones").then().body("items", hasSize(1));
    }

    @Test
    void every_change_to_the_work_plan_is_kept() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        long task = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Draft the template", "dueOn", "2030-01-10"))
                .post(ws + "/plan/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("status", "DOING", "dueOn", "2030-02-01")).put(ws + "/plan/tasks/" + task)
                .then().statusCode(200);
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("status", "DROPPED")).put(ws + "/plan/tasks/" + task).then().statusCode(200);
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("status", "SOMEDAY")).put(ws + "/plan/tasks/" + task).then().statusCode(422);
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("title", "x", "ownerId", 999999)).post(ws + "/plan/tasks").then()
                .statusCode(422).body("errors[0].field", equalTo("ownerId"));
        fixture.as(pair.mentor()).get(ws + "/plan").then().statusCode(200)
                .body("tasks[0].status", equalTo("DROPPED"))
                .body("history", hasSize(3))
                .body("history[0].summary", equalTo("status: DOING → DROPPED"))
                .body("history[1].summary", allOf(containsString("status: TODO → DOING"), containsString("due: 2030-01-10 → 2030-02-01")))
                .body("history[2].summary", startsWith("added \"Draft the template\""));
    }

    @Test
    void a_journal_entry_is_private_until_its_author_shares_it() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        long entry = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", "Pat seems tired")).post(ws + "/journal")
                .then().statusCode(201).body("shared", equalTo(false)).extract().jsonPath().getLong("id");
        fixture.as(pair.partner()).get(ws + "/journal").then().body("items", empty());
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("shared", true)).put(ws + "/journal/" + entry).then().statusCode(404);
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("shared", true)).put(ws + "/journal/" + entry).then().statusCode(204);
        fixture.as(pair.partner()).get(ws + "/journal").then().body("items[0].body", equalTo("Pat seems tired")).body("items[0].mine", equalTo(false));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("shared", false)).put(ws + "/journal/" + entry).then().statusCode(204);
        fixture.as(pair.partner()).get(ws + "/journal").then().body("items", empty());
    }

    @Test
    void its_author_turns_a_journal_entry_into_a_blog_draft_that_nobody_else_sees_until_it_is_submitted() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        String lesson = "Lesson " + java.util.UUID.randomUUID() + ": ask for one concrete question per call";
        long entry = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", lesson)).post(ws + "/journal")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long partnerEntry = fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("body", "my own thought")).post(ws + "/journal")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        String location = fixture.as(pair.mentor()).post(ws + "/journal/" + entry + "/blog-draft").then().statusCode(201)
                .header("Location", containsString("/api/v1/blog/posts/")).extract().header("Location");
        String post = location.substring(location.indexOf("/api/v1/blog/posts/"));
        fixture.as(pair.mentor()).get(post).then().statusCode(200)
                .body("post.status", equalTo("DRAFT")).body("body", containsString(lesson))
                .body("sourceDescription", containsString("Journal entry"));
        // a draft: not public, not the partner's, not in the blog's list
        api.anonymous().get(post).then().statusCode(404);
        fixture.as(pair.partner()).get(post).then().statusCode(404);
        api.anonymous().get("/api/v1/blog/posts").then().statusCode(200).body(not(containsString(lesson)));
        // the journal entry itself stays private
        fixture.as(pair.partner()).get(ws + "/journal").then().body("items.body", not(hasItem(lesson)));

        // once submitted, a person the post names is asked for consent and reads it, but not which pair's workspace it came from
        String workspaceTitle = fixture.as(pair.mentor()).get(ws).then().extract().jsonPath().getString("summary.title");
        String named = fixture.person("mentor", null);
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("type", "PERSON", "username", named))
                .post(post + "/subjects").then().statusCode(201);
        fixture.as(pair.mentor()).post(post + "/submit").then().statusCode(200);
        fixture.as(named).get(post).then().statusCode(200).body("body", containsString(lesson))
                .body("sourceDescription", nullValue()).body(not(containsString(workspaceTitle)));
        fixture.as(pair.mentor()).get(post).then().body("sourceDescription", containsString(workspaceTitle));

        // someone else's entry is not there to copy; a partner whose programme does not let partners write posts may not
        fixture.as(pair.mentor()).post(ws + "/journal/" + partnerEntry + "/blog-draft").then().statusCode(404);
        fixture.as(pair.partner()).post(ws + "/journal/" + partnerEntry + "/blog-draft").then().statusCode(403);
    }
}
