package org.commonplace.forum;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;

/** Coordinators and the cohort's mentors pin, lock, move and hide; members flag; everything is logged. */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {
    @ArquillianResource
    URL base;

    Api api;
    ForumFixture forum;
    long general;
    long cohortA;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        forum = new ForumFixture(api);
        general = forum.board("Cohort A", "General");
        cohortA = forum.cohort("Cohort A");
    }

    void moderateThread(String who, long thread, Map<String, Object> body, int status) {
        api.as(who).contentType(ContentType.JSON).body(body).post("/api/v1/threads/" + thread + "/moderation")
                .then().statusCode(status);
    }

    @Test
    void a_locked_thread_takes_no_replies_and_a_pinned_one_comes_first() {
        long thread = forum.startThread("partner1", general, "Moderation: lock me", "x", "DISCUSSION", List.of());
        forum.startThread("partner2", general, "Moderation: newer thread", "x", "DISCUSSION", List.of());
        moderateThread("mentor1", thread, Map.of("action", "LOCK", "reason", "Off topic, continued elsewhere"), 204);
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("body", "Too late"))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(409)
                .body("detail", containsString("locked"));
        moderateThread("coordinator", thread, Map.of("action", "PIN", "reason", "Important"), 204);
        api.as("partner2").get("/api/v1/boards/" + general + "/threads").then()
                .body("items[0].id", equalTo((int) thread)).body("items[0].pinned", equalTo(true))
                .body("items[0].locked", equalTo(true));
        moderateThread("coordinator", thread, Map.of("action", "UNPIN", "reason", "No longer"), 204);
    }

    @Test
    void partners_and_mentors_of_other_cohorts_do_not_moderate_and_a_reason_is_required() {
        long thread = forum.startThread("partner1", general, "Moderation: rights", "x", "DISCUSSION", List.of());
        moderateThread("partner2", thread, Map.of("action", "LOCK", "reason", "x"), 403);
        moderateThread("mentor2", thread, Map.of("action", "LOCK", "reason", "x"), 404);
        moderateThread("mentor1", thread, Map.of("action", "LOCK"), 422);
        moderateThread("mentor1", thread, Map.of("action", "EXPLODE", "reason", "x"), 422);
    }

    @Test
    void a_hidden_thread_disappears_for_members_and_stays_for_moderators() {
        long thread = forum.startThread("partner1", general, "Moderation: hide me", "personal data", "DISCUSSION", List.of());
        moderateThread("mentor1", thread, Map.of("action", "HIDE", "reason", "Contains personal data"), 204);
        api.as("partner2").get("/api/v1/threads/" + thread).then().statusCode(404);
        api.as("partner2").get("/api/v1/boards/" + general + "/threads").then().body("items.id", not(hasItem((int) thread)));
        api.as("mentor1").get("/api/v1/threads/" + thread).then().statusCode(200).body("thread.hidden", equalTo(true));
        moderateThread("mentor1", thread, Map.of("action", "UNHIDE", "reason", "Data removed"), 204);
        api.as("partner2").get("/api/v1/threads/" + thread).then().statusCode(200);
    }

    @Test
    void a_thread_moves_only_within_its_cohort() {
        long thread = forum.startThread("partner1", general, "Moderation: belongs elsewhere", "x", "PAIN_POINT", List.of());
        long painBoard = forum.board("Cohort A", "Pain points");
        long otherCohortBoard = forum.board("Cohort B", "General");
        moderateThread("coordinator", thread, Map.of("action", "MOVE", "boardId", otherCohortBoard, "reason", "x"), 422);
        moderateThread("mentor1", thread, Map.of("action", "MOVE", "boardId", painBoard, "reason", "It is a pain point"), 204);
        api.as("partner1").get("/api/v1/threads/" + thread).then().body("thread.boardId", equalTo((int) painBoard));
    }

    @Test
    void a_flagged_post_reaches_the_review_queue_and_hiding_it_keeps_its_place() {
        long thread = forum.startThread("partner1", general, "Moderation: flagged", "Opening", "DISCUSSION", List.of());
        long bad = forum.reply("partner1", thread, "Something offensive");
        forum.reply("partner1", thread, "Later post");
        long flag = api.as("partner2").contentType(ContentType.JSON).body(Map.of("reason", "Offensive"))
                .post("/api/v1/posts/" + bad + "/flags").then().statusCode(201).extract().jsonPath().getLong("id");
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .post("/api/v1/posts/" + bad + "/flags").then().statusCode(409);
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("reason", ""))
                .post("/api/v1/posts/" + bad + "/flags").then().statusCode(422);

        api.as("partner2").get("/api/v1/cohorts/" + cohortA + "/moderation/flags").then().statusCode(403);
        api.as("mentor2").get("/api/v1/cohorts/" + cohortA + "/moderation/flags").then().statusCode(404);
        api.as("mentor1").get("/api/v1/cohorts/" + cohortA + "/moderation/flags").then().statusCode(200)
                .body("items.find { it.id == " + flag + " }.reason", equalTo("Offensive"))
                .body("items.find { it.id == " + flag + " }.excerpt", equalTo("Something offensive"));

        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("decision", "HIDE_POST", "reason", "Breaks the rules"))
                .post("/api/v1/flags/" + flag + "/resolution").then().statusCode(204);
        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("decision", "DISMISS", "reason", "Twice"))
                .post("/api/v1/flags/" + flag + "/resolution").then().statusCode(409);

        api.as("partner2").get("/api/v1/threads/" + thread).then()
                .body("posts.items.position", contains(1, 2, 3))
                .body("posts.items[1].hidden", equalTo(true))
                .body("posts.items[1].body", equalTo(""))
                .body(not(containsString("Something offensive")));
        api.as("mentor1").get("/api/v1/threads/" + thread).then().body("posts.items[1].body", equalTo("Something offensive"));
        api.as("mentor1").get("/api/v1/cohorts/" + cohortA + "/moderation/log").then()
                .body("items.find { it.postId == " + bad + " }.action", equalTo("HIDE_POST"))
                .body("items.find { it.postId == " + bad + " }.reason", equalTo("Breaks the rules"))
                .body("items.find { it.postId == " + bad + " }.actor.displayName", equalTo("Mina Mentor"));
    }

    @Test
    void moderation_from_the_pages() {
        long thread = forum.startThread("partner2", general, "Moderation: from the page", "x", "DISCUSSION", List.of());
        long post = forum.reply("partner2", thread, "Flag me from the page");
        BrowserSession partner = new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD);
        partner.postForm("/posts/" + post + "/flag", "/posts/" + post + "/flag", Map.of("reason", "Spam")).then()
                .statusCode(200).body(containsString("The moderators will look"));
        BrowserSession mentor = new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD);
        mentor.get("/cohorts/" + cohortA + "/moderation").then().statusCode(200)
                .body(containsString("Flag me from the page"), containsString("Spam"));
        mentor.postForm("/threads/" + thread, "/threads/" + thread + "/moderate", Map.of("action", "LOCK", "reason", "Done"))
                .then().statusCode(303);
        mentor.get("/threads/" + thread).then().body(containsString("Locked: no new replies"));
        partner.get("/cohorts/" + cohortA + "/moderation").then().statusCode(403);
    }

    @Test
    void a_moderator_changing_someone_elses_post_is_logged() {
        long thread = forum.startThread("partner1", general, "Moderation: personal data", "Opening", "DISCUSSION", List.of());
        long post = forum.reply("partner2", thread, "Call me on 0123 456 789");
        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("body", "Call me (number removed)", "reason", "phone number"))
                .put("/api/v1/posts/" + post).then().statusCode(204);
        api.as("mentor1").delete("/api/v1/posts/" + post).then().statusCode(204);
        api.as("coordinator").get("/api/v1/cohorts/" + cohortA + "/moderation/log").then()
                .body("items.findAll { it.postId == " + post + " }.action", hasItems("EDIT_POST", "DELETE_POST"))
                .body("items.find { it.postId == " + post + " && it.action == 'EDIT_POST' }.reason", equalTo("phone number"));
    }
}
