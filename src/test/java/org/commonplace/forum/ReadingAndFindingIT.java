package org.commonplace.forum;

import io.restassured.response.Response;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Unread markers, "jump to first unread", search before you post, and pain points across cohorts. */
@ExtendWith(ArquillianExtension.class)
class ReadingAndFindingIT {
    @ArquillianResource
    URL base;

    Api api;
    ForumFixture forum;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        forum = new ForumFixture(api);
    }

    @Test
    void a_new_thread_is_unread_until_opened_and_new_replies_are_counted() {
        long board = forum.board("Cohort A", "General");
        long thread = forum.startThread("partner1", board, "Unread tracking", "Opening", "DISCUSSION", List.of());
        String reader = api.tokenFor("partner2", Api.DEMO_PASSWORD);
        String find = "items.find { it.id == " + thread + " }.";
        api.asToken(reader).get("/api/v1/boards/" + board + "/threads").then()
                .body(find + "unread", equalTo(true));
        api.asToken(reader).get("/api/v1/threads/" + thread).then().statusCode(200);
        api.asToken(reader).get("/api/v1/boards/" + board + "/threads").then()
                .body(find + "unread", equalTo(false)).body(find + "newReplies", equalTo(0));

        forum.reply("mentor1", thread, "Reply A");
        forum.reply("partner1", thread, "Reply B");
        api.asToken(reader).get("/api/v1/boards/" + board + "/threads").then().body(find + "newReplies", equalTo(2));

        BrowserSession browser = new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD);
        browser.get("/boards/" + board).then().body(containsString("2 new replies"));
        Response jump = browser.get("/threads/" + thread + "/unread");
        assertThat(jump.statusCode()).isEqualTo(303);
        assertThat(jump.header("Location")).endsWith("/threads/" + thread + "?page=1#post-2");
        browser.get("/threads/" + thread).then().statusCode(200);
        api.asToken(reader).get("/api/v1/boards/" + board + "/threads").then().body(find + "newReplies", equalTo(0));
    }

    @Test
    void similar_threads_of_the_same_cohort_are_suggested_while_typing_a_title() {
        long boardA = forum.board("Cohort A", "General");
        forum.startThread("partner1", boardA, "Fundraising calendar for small charities", "x", "DISCUSSION", List.of());
        forum.startThread("partner3", forum.board("Cohort B", "General"), "Fundraising calendar in Cohort B", "x", "DISCUSSION", List.of());
        api.as("partner2").get("/api/v1/boards/" + boardA + "/similar?title=Our fundraising calendar").then().statusCode(200)
                .body("items.title", hasItem("Fundraising calendar for small charities"))
                .body("items.title", not(hasItem("Fundraising calendar in Cohort B")));
        api.as("partner3").get("/api/v1/boards/" + boardA + "/similar?title=fundraising").then().statusCode(404);
        api.as("partner2").get("/api/v1/boards/" + boardA + "/similar?title=a b").then().body("items", empty());
    }

    @Test
    void mentors_see_pain_points_across_cohorts_with_organisations_named_only_by_consent() {
        // Harbour Women's Centre (Cohort B) did not agree to be named outside its cohort; Open Data Collective did
        long harbour = forum.startThread("partner3", forum.board("Cohort B", "Pain points"), "Across: grant reports take weeks",
                "Confidential details", "PAIN_POINT", List.of("across-test"));
        api.as("partner3").post("/api/v1/threads/" + harbour + "/endorsements").then().statusCode(200);
        long openData = forum.startThread("partner2", forum.board("Cohort A", "Pain points"), "Across: volunteers need training",
                "x", "PAIN_POINT", List.of("across-test"));
        api.as("partner2").post("/api/v1/threads/" + openData + "/endorsements").then().statusCode(200);

        String findHarbour = "items.find { it.id == " + harbour + " }.";
        String findOpenData = "items.find { it.id == " + openData + " }.";
        api.as("mentor1").get("/api/v1/pain-points?tag=across-test").then().statusCode(200)
                .body(findHarbour + "organisations", contains("a partner in Cohort B"))
                .body(findHarbour + "openable", equalTo(false))
                .body(findOpenData + "organisations", contains("Open Data Collective"))
                .body(not(containsString("Confidential details")))
                .body(not(containsString("Harbour")));
        api.as("mentor2").get("/api/v1/pain-points?tag=across-test").then()
                .body(findHarbour + "organisations", contains("Harbour Women's Centre"))
                .body(findHarbour + "openable", equalTo(true))
                .body(findOpenData + "organisations", contains("Open Data Collective"));
        api.as("mentor1").get("/api/v1/threads/" + harbour).then().statusCode(404);
        api.as("partner1").get("/api/v1/pain-points").then().statusCode(403);

        new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD).get("/pain-points?tag=across-test").then()
                .statusCode(200).body(containsString("a partner in Cohort B"), not(containsString("Harbour")));
    }

    @Test
    void the_member_home_page_shows_recent_activity_of_their_cohorts_only() {
        String title = "Home activity " + System.nanoTime();
        forum.startThread("partner3", forum.board("Cohort B", "General"), title, "x", "DISCUSSION", List.of());
        new BrowserSession(api).signIn("mentor2", Api.DEMO_PASSWORD).get("/").then().statusCode(200)
                .body(containsString("Recent activity in your cohorts"), containsString(title));
        new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD).get("/").then().statusCode(200)
                .body(not(containsString(title)));
    }
}
