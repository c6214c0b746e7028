package org.commonplace.forum;

import io.restassured.http.ContentType;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Cohort members start threads and reply; bad input is explained and stores nothing. */
@ExtendWith(ArquillianExtension.class)
class ThreadsIT {
    @ArquillianResource
    URL base;

    Api api;
    ForumFixture forum;
    long general;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        forum = new ForumFixture(api);
        general = forum.board("Cohort A", "General");
    }

    @Test
    void a_new_cohort_gets_the_default_boards() {
        long programme = api.as("coordinator").contentType(ContentType.JSON).body(Map.of("name", "Boards programme"))
                .post("/api/v1/programmes").jsonPath().getLong("id");
        long cohort = api.as("coordinator").contentType(ContentType.JSON).body(Map.of("name", "Cohort with boards"))
                .post("/api/v1/programmes/" + programme + "/cohorts").jsonPath().getLong("id");
        api.as("coordinator").get("/api/v1/cohorts/" + cohort + "/boards").then().statusCode(200)
                .body("items.name", contains("General", "Pain points", "Wins and lessons"));
    }

    @Test
    void a_member_starts_a_thread_and_it_comes_first_on_the_board() {
        long id = forum.startThread("partner2", general, "Who uses a shared calendar?", "We are looking at **options**.",
                "DISCUSSION", List.of("Tools", "calendar"));
        api.as("partner1").get("/api/v1/boards/" + general + "/threads").then().statusCode(200)
                .body("items[0].id", equalTo((int) id))
                .body("items[0].title", equalTo("Who uses a shared calendar?"))
                .body("items[0].tags", contains("calendar", "tools"))
                .body("items[0].author.displayName", not(emptyOrNullString()))
                .body("total", greaterThanOrEqualTo(2));
        api.as("mentor1").get("/api/v1/threads/" + id).then().statusCode(200)
                .body("thread.kind", equalTo("DISCUSSION"))
                .body("posts.items[0].body", equalTo("We are looking at **options**."))
                .body("posts.items[0].bodyHtml", containsString("<strong>options</strong>"));
    }

    @Test
    void replies_come_in_order_and_a_reply_to_a_post_quotes_it() {
        long thread = forum.startThread("partner1", general, "Reply order", "First.", "DISCUSSION", List.of());
        long second = forum.reply("partner2", thread, "Second.");
        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("body", "Third, answering the second.", "replyTo", second))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(201)
                .header("Location", containsString("#post-3"))
                .body("position", equalTo(3));
        api.as("partner1").get("/api/v1/threads/" + thread).then()
                .body("posts.items.position", contains(1, 2, 3))
                .body("posts.items[2].replyTo.position", equalTo(2))
                .body("posts.items[2].replyTo.excerpt", equalTo("Second."))
                .body("thread.replyCount", equalTo(2));
    }

    @Test
    void a_reply_can_only_quote_a_post_of_the_same_thread() {
        long one = forum.startThread("partner1", general, "Thread one", "One.", "DISCUSSION", List.of());
        long two = forum.startThread("partner1", general, "Thread two", "Two.", "DISCUSSION", List.of());
        long postOfOne = api.as("partner1").get("/api/v1/threads/" + one).jsonPath().getLong("posts.items[0].id");
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("body", "Cross-thread", "replyTo", postOfOne))
                .post("/api/v1/threads/" + two + "/posts").then().statusCode(422).body("errors[0].field", equalTo("replyTo"));
    }

    @Test
    void long_threads_are_paged() {
        long thread = forum.startThread("partner1", general, "A long thread", "Opening.", "DISCUSSION", List.of());
        for (int i = 2; i <= 53; i++) forum.reply(i % 2 == 0 ? "partner2" : "partner1", thread, "Reply number " + i);
        api.as("partner1").get("/api/v1/threads/" + thread).then()
                .body("posts.items.size()", equalTo(50)).body("posts.total", equalTo(53));
        api.as("partner1").get("/api/v1/threads/" + thread + "?page=2").then()
                .body("posts.items.position", contains(51, 52, 53));
        api.as("partner1").get("/api/v1/threads/" + thread + "?size=200").then()
                .body("posts.items.size()", equalTo(53));
        new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD).get("/threads/" + thread + "?page=2").then()
                .statusCode(200).body(containsString("id=\"post-53\""), containsString("Page 2 of 2"));
    }

    @Test
    void bad_threads_are_refused_field_by_field_and_nothing_is_stored() {
        long before = api.as("partner1").get("/api/v1/boards/" + general + "/threads").jsonPath().getLong("total");
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("title", "", "body", "", "kind", "RANT"))
                .post("/api/v1/boards/" + general + "/threads").then().statusCode(422)
                .body("errors.field", hasItems("title", "body", "kind"));
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("title", "t".repeat(201), "body", "x"))
                .post("/api/v1/boards/" + general + "/threads").then().statusCode(422)
                .body("errors[0].message", containsString("200"));
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("title", "Long", "body", "b".repeat(50_001)))
                .post("/api/v1/boards/" + general + "/threads").then().statusCode(422)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("50,000"));
        api.as("partner1").contentType(ContentType.JSON).body("{\"title\": \"broken")
                .post("/api/v1/boards/" + general + "/threads").then().statusCode(400);
        api.as("partner1").get("/api/v1/boards/" + general + "/threads").then().body("total", equalTo((int) before));
    }

    @Test
    void an_empty_reply_is_refused_and_the_page_keeps_what_was_typed() {
        long thread = forum.startThread("partner1", general, "Keep my draft", "Opening.", "DISCUSSION", List.of());
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("body", "  "))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(422);
        BrowserSession browser = new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD);
        String tooLong = "x".repeat(50_001);
        Response page = browser.postForm("/threads/" + thread, "/threads/" + thread + "/posts", Map.of("body", tooLong));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.asString()).contains("50,000").contains(tooLong);
        api.as("partner2").get("/api/v1/threads/" + thread).then().body("posts.total", equalTo(1));
    }

    @Test
    void a_thread_started_from_the_board_page_opens_on_its_own_page() {
        BrowserSession browser = new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD);
        Response created = browser.postForm("/boards/" + general, "/boards/" + general + "/threads",
                Map.of("title", "From the page", "kind", "PAIN_POINT", "tags", "funding, reports", "body", "Text with _emphasis_."));
        assertThat(created.statusCode()).isEqualTo(303);
        browser.get(created.header("Location").replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("From the page"), containsString("<em>emphasis</em>"), containsString("funding"));
        browser.postForm("/boards/" + general, "/boards/" + general + "/threads",
                Map.of("title", "", "kind", "DISCUSSION", "body", "kept body")).then().statusCode(422)
                .body(containsString("Give the thread a title."), containsString("kept body"));
    }

    @Test
    void the_live_preview_renders_like_a_saved_post() {
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("body", "**bold** <script>x</script>"))
                .post("/api/v1/markdown/preview").then().statusCode(200)
                .body("bodyHtml", containsString("<strong>bold</strong>"))
                .body("bodyHtml", not(containsString("<script")));
        api.anonymous().contentType(ContentType.JSON).body(Map.of("body", "x")).post("/api/v1/markdown/preview")
                .then().statusCode(401);
    }
}
