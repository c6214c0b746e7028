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

/** Editing with history, deleting without breaking the thread, reactions, and the answer that solved it. */
@ExtendWith(ArquillianExtension.class)
class PostChangesIT {
    @ArquillianResource
    URL base;

    Api api;
    ForumFixture forum;
    long board;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        forum = new ForumFixture(api);
        board = forum.board("Cohort A", "General");
    }

    long firstPost(long thread) {
        return api.as("partner1").get("/api/v1/threads/" + thread).jsonPath().getLong("posts.items[0].id");
    }

    @Test
    void an_edit_keeps_the_earlier_text_with_who_when_and_why() {
        long thread = forum.startThread("partner1", board, "Edits", "First version", "DISCUSSION", List.of());
        long post = firstPost(thread);
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("body", "Second version", "reason", "typo"))
                .put("/api/v1/posts/" + post).then().statusCode(204);
        api.as("partner2").get("/api/v1/threads/" + thread).then()
                .body("posts.items[0].body", equalTo("Second version"))
                .body("posts.items[0].editedAt", notNullValue());
        api.as("partner2").get("/api/v1/posts/" + post + "/revisions").then().statusCode(200)
                .body("currentBody", equalTo("Second version"))
                .body("revisions[0].body", equalTo("First version"))
                .body("revisions[0].reason", equalTo("typo"))
                .body("revisions[0].editedBy.displayName", equalTo("Pat Northside"));
        new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD).get("/posts/" + post + "/history").then()
                .statusCode(200).body(containsString("First version"), containsString("typo"));
    }

    @Test
    void only_the_author_and_the_cohorts_moderators_change_a_post() {
        long thread = forum.startThread("partner1", board, "Rights", "Mine", "DISCUSSION", List.of());
        long post = firstPost(thread);
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("body", "Hijacked"))
                .put("/api/v1/posts/" + post).then().statusCode(403);
        api.as("partner2").delete("/api/v1/posts/" + post).then().statusCode(403);
        api.as("partner3").contentType(ContentType.JSON).body(Map.of("body", "Hijacked"))
                .put("/api/v1/posts/" + post).then().statusCode(404);
        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("body", "Moderated text", "reason", "personal data removed"))
                .put("/api/v1/posts/" + post).then().statusCode(204);
        api.as("mentor2").delete("/api/v1/posts/" + post).then().statusCode(404);
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("body", ""))
                .put("/api/v1/posts/" + post).then().statusCode(422);
    }

    @Test
    void a_deleted_post_keeps_its_place() {
        long thread = forum.startThread("partner1", board, "Delete", "Opening", "DISCUSSION", List.of());
        long reply = forum.reply("partner2", thread, "Regrettable reply");
        forum.reply("partner1", thread, "Later reply");
        api.as("partner2").delete("/api/v1/posts/" + reply).then().statusCode(204);
        api.as("partner1").get("/api/v1/threads/" + thread).then()
                .body("posts.items.position", contains(1, 2, 3))
                .body("posts.items[1].deleted", equalTo(true))
                .body("posts.items[1].body", equalTo(""))
                .body(not(containsString("Regrettable")));
        api.as("partner2").get("/api/v1/posts/" + reply + "/revisions").then().body(not(containsString("Regrettable")));
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("body", "Back again"))
                .put("/api/v1/posts/" + reply).then().statusCode(409);
    }

    @Test
    void members_react_once_per_kind_but_not_to_their_own_posts() {
        long thread = forum.startThread("partner1", board, "Reactions", "Useful tip", "DISCUSSION", List.of());
        long post = firstPost(thread);
        api.as("partner2").post("/api/v1/posts/" + post + "/reactions/helpful").then().statusCode(200)
                .body("helpful", equalTo(1)).body("helpfulByMe", equalTo(true));
        api.as("partner2").post("/api/v1/posts/" + post + "/reactions/helpful").then().body("helpful", equalTo(1));
        api.as("mentor1").post("/api/v1/posts/" + post + "/reactions/THANKS").then().body("thanks", equalTo(1));
        api.as("partner1").post("/api/v1/posts/" + post + "/reactions/helpful").then().statusCode(403);
        api.as("partner2").post("/api/v1/posts/" + post + "/reactions/love").then().statusCode(422);
        api.as("partner2").delete("/api/v1/posts/" + post + "/reactions/helpful").then().body("helpful", equalTo(0));
        api.as("partner3").post("/api/v1/posts/" + post + "/reactions/helpful").then().statusCode(404);
        api.as("partner1").get("/api/v1/threads/" + thread).then()
                .body("posts.items[0].reactions.thanks", equalTo(1))
                .body("posts.items[0].reactions.helpful", equalTo(0));
    }

    @Test
    void the_asker_marks_the_reply_that_solved_the_thread() {
        long thread = forum.startThread("partner2", board, "How do you run board meetings online?", "?", "DISCUSSION", List.of());
        long answer = forum.reply("mentor1", thread, "Send papers a week before, and keep it to an hour.");
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("postId", answer))
                .put("/api/v1/threads/" + thread + "/answer").then().statusCode(403);
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("postId", firstPost(thread)))
                .put("/api/v1/threads/" + thread + "/answer").then().statusCode(422);
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("postId", answer))
                .put("/api/v1/threads/" + thread + "/answer").then().statusCode(204);
        api.as("partner1").get("/api/v1/threads/" + thread).then()
                .body("answerPosition", equalTo(2))
                .body("posts.items[1].answer", equalTo(true));
        new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD).get("/threads/" + thread).then()
                .body(containsString("This thread has an answer: post #2"));
        api.as("partner2").delete("/api/v1/threads/" + thread + "/answer").then().statusCode(204);
        api.as("partner1").get("/api/v1/threads/" + thread).then().body("answerPosition", nullValue());
    }

    @Test
    void editing_from_the_page_keeps_a_refused_edit_in_the_form() {
        long thread = forum.startThread("partner1", board, "Page edit", "Original", "DISCUSSION", List.of());
        long post = firstPost(thread);
        BrowserSession browser = new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD);
        browser.get("/posts/" + post + "/edit").then().statusCode(200).body(containsString("Original"));
        browser.postForm("/posts/" + post + "/edit", "/posts/" + post + "/edit", Map.of("body", "Better", "reason", "clearer"))
                .then().statusCode(303);
        browser.postForm("/posts/" + post + "/edit", "/posts/" + post + "/edit", Map.of("body", "", "reason", "x".repeat(201)))
                .then().statusCode(422).body(containsString("Write something."), containsString("under 200"));
        browser.get("/threads/" + thread).then().body(containsString("Better"));
    }
}
