package org.commonplace.forum;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * A cohort's boards never reach anyone outside it: a partner of another cohort, a mentor of another
 * cohort and an anonymous visitor get nothing through any API route or page, and the answer is the
 * same as for something that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class ForumAccessIT {
    @ArquillianResource
    URL base;

    Api api;
    ForumFixture forum;
    long cohortA;
    long board;
    long thread;
    long post;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        forum = new ForumFixture(api);
        cohortA = forum.cohort("Cohort A");
        board = forum.board("Cohort A", "Pain points");
        thread = forum.startThread("partner1", board, "Private to Cohort A", "Confidential detail", "PAIN_POINT", List.of("secret-tag"));
        post = api.as("partner1").get("/api/v1/threads/" + thread).jsonPath().getLong("posts.items[0].id");
    }

    void outsidersGetNotFound(String username) {
        Supplier<RequestSpecification> as = () -> api.as(username);
        as.get().get("/api/v1/cohorts/" + cohortA + "/boards").then().statusCode(404);
        as.get().get("/api/v1/cohorts/" + cohortA + "/pain-points").then().statusCode(404);
        as.get().get("/api/v1/boards/" + board + "/threads").then().statusCode(404);
        as.get().get("/api/v1/threads/" + thread).then().statusCode(404).body(not(containsString("Private to Cohort A")));
        as.get().contentType(ContentType.JSON).body(Map.of("title", "Intrusion", "body", "x"))
                .post("/api/v1/boards/" + board + "/threads").then().statusCode(404);
        as.get().contentType(ContentType.JSON).body(Map.of("body", "Intrusion", "replyTo", post))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(404);
        as.get().post("/api/v1/threads/" + thread + "/endorsements").then().statusCode(404);
        as.get().delete("/api/v1/threads/" + thread + "/endorsements").then().statusCode(404);
        as.get().contentType(ContentType.JSON).body(Map.of("status", "SOLVED"))
                .put("/api/v1/threads/" + thread + "/status").then().statusCode(404);
        // the same answer as for a thread that does not exist
        assertThat(as.get().get("/api/v1/threads/" + thread).asString())
                .isEqualTo(as.get().get("/api/v1/threads/99999999").asString());

        BrowserSession browser = new BrowserSession(api).signIn(username, Api.DEMO_PASSWORD);
        for (String page : List.of("/boards/" + board, "/threads/" + thread, "/cohorts/" + cohortA + "/pain-points")) {
            browser.get(page).then().statusCode(404).body(not(containsString("Private to Cohort A")));
        }
        browser.postForm("/", "/threads/" + thread + "/posts", Map.of("body", "Intrusion")).then().statusCode(404);
        browser.postForm("/", "/boards/" + board + "/threads", Map.of("title", "Intrusion", "body", "x")).then().statusCode(404);
        browser.postForm("/", "/threads/" + thread + "/endorse", Map.of()).then().statusCode(404);
    }

    @Test
    void a_partner_of_another_cohort_gets_nothing() {
        outsidersGetNotFound("partner3");
    }

    @Test
    void a_mentor_of_another_cohort_gets_nothing() {
        outsidersGetNotFound("mentor2");
    }

    @Test
    void an_anonymous_visitor_gets_nothing() {
        for (String path : List.of("/api/v1/cohorts/" + cohortA + "/boards", "/api/v1/boards/" + board + "/threads",
                "/api/v1/threads/" + thread, "/api/v1/cohorts/" + cohortA + "/pain-points")) {
            api.anonymous().get(path).then().statusCode(401).body(not(containsString("Private to Cohort A")));
        }
        api.anonymous().post("/api/v1/threads/" + thread + "/endorsements").then().statusCode(401);
        api.anonymous().accept("text/html").get("/threads/" + thread).then().statusCode(303)
                .header("Location", containsString("/login"));
        api.anonymous().get("/robots.txt").then().body(not(containsString("Private")));
    }

    @Test
    void nothing_was_written_by_the_outsiders() {
        outsidersGetNotFound("partner3");
        api.as("partner1").get("/api/v1/threads/" + thread).then()
                .body("posts.total", equalTo(1))
                .body("thread.status", equalTo("OPEN"))
                .body("thread.organisationsAffected", equalTo(0));
        api.as("partner1").get("/api/v1/boards/" + board + "/threads").then()
                .body("items.title", not(hasItem("Intrusion")));
    }

    @Test
    void coordinators_see_every_cohorts_boards() {
        api.as("coordinator").get("/api/v1/threads/" + thread).then().statusCode(200);
        api.as("coordinator").get("/api/v1/cohorts/" + cohortA + "/pain-points").then().statusCode(200)
                .body("items.title", hasItem("Private to Cohort A"));
    }
}
