package org.commonplace.blog;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * A post's way from draft to the public blog and back: who may take which step in which state,
 * what each step records, and that the author hears of every step someone else takes.
 */
@ExtendWith(ArquillianExtension.class)
class BlogWorkflowIT {
    @ArquillianResource
    URL base;

    Api api;
    BlogFixture blog;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        blog = new BlogFixture(api);
    }

    @Test
    void mentors_write_drafts_that_only_they_see_until_submitted() {
        String title = BlogFixture.unique("Draft ");
        api.reusing("mentor1").contentType(ContentType.JSON).body(BlogFixture.post(title, "Hello **world**", List.of("Lessons Learned")))
                .post("/api/v1/blog/posts").then().statusCode(201)
                .header("Location", containsString("/api/v1/blog/posts/"))
                .body("slug", equalTo(title.toLowerCase().replace(' ', '-')));
        long id = api.reusing("mentor1").get("/api/v1/blog/posts/mine").jsonPath()
                .getLong("items.find { it.title == '" + title + "' }.id");
        blog.detail("mentor1", id);
        api.reusing("mentor1").get("/api/v1/blog/posts/" + id).then()
                .body("post.status", equalTo("DRAFT")).body("post.tags", contains("lessons-learned"))
                .body("bodyHtml", containsString("<strong>world</strong>")).body("may.submit", equalTo(true));
        // a draft never submitted is its author's alone: not even the reviewers see it yet
        api.reusing("coordinator").get("/api/v1/blog/posts/" + id).then().statusCode(404);
        api.reusing("mentor2").get("/api/v1/blog/posts/" + id).then().statusCode(404);

        blog.submit("mentor1", id);
        api.reusing("coordinator").get("/api/v1/blog/posts/" + id).then().statusCode(200).body("post.status", equalTo("IN_REVIEW"));
        api.reusing("mentor2").get("/api/v1/blog/posts/" + id).then().statusCode(404);
        assertThat(api.reusing("coordinator").get("/api/v1/blog/posts/review-queue").jsonPath().getList("items.id", Long.class)).contains(id);
    }

    @Test
    void the_blog_api_is_described_in_openapi() {
        var openapi = api.anonymous().accept("application/json").get("/openapi").then().statusCode(200).extract().jsonPath();
        java.util.Map<String, Object> paths = openapi.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/blog/posts", "/api/v1/blog/posts/{id}", "/api/v1/blog/posts/{id}/submit",
                "/api/v1/blog/posts/{id}/reviews", "/api/v1/blog/posts/{id}/publish", "/api/v1/blog/posts/{id}/schedule",
                "/api/v1/blog/posts/{id}/unpublish", "/api/v1/blog/posts/{id}/return-to-draft", "/api/v1/blog/consents/{subjectId}",
                "/api/v1/blog/posts/{id}/comments", "/api/v1/blog/posts/{id}/cover", "/api/v1/blog/posts/{id}/subjects");
        assertThat(openapi.getList("tags.name", String.class)).contains("Blog");
    }

    @Test
    void partners_and_anonymous_callers_may_not_write_posts() {
        api.reusing("partner1").contentType(ContentType.JSON).body(BlogFixture.post("No", "No", List.of()))
                .post("/api/v1/blog/posts").then().statusCode(403).body("detail", containsString("Mentors and coordinators"));
        api.anonymous().contentType(ContentType.JSON).body(BlogFixture.post("No", "No", List.of()))
                .post("/api/v1/blog/posts").then().statusCode(401);
        api.reusing("mentor1").contentType(ContentType.JSON).post("/api/v1/blog/posts").then().statusCode(400)
                .body("detail", containsString("no body"));
    }

    @Test
    void a_post_goes_from_draft_through_review_and_changes_to_the_public_blog() {
        String title = BlogFixture.unique("Review path ");
        long id = blog.draft("mentor1", title);
        blog.review("coordinator", id, "APPROVE", null).then().statusCode(404); // not submitted: not even visible
        api.reusing("mentor1").post("/api/v1/blog/posts/" + id + "/publish").then().statusCode(409)
                .body("detail", containsString("approves"));
        blog.submit("mentor1", id);
        api.reusing("mentor1").post("/api/v1/blog/posts/" + id + "/submit").then().statusCode(409);

        // in review the text is the reviewers' to read, not the author's to change
        long version = blog.detail("mentor1", id).getLong("version");
        edit(id, title, "Changed while in review", version).then().statusCode(409).body("detail", containsString("back to draft"));
        blog.review("mentor1", id, "APPROVE", null).then().statusCode(403);
        blog.review("partner1", id, "APPROVE", null).then().statusCode(404);
        blog.review("coordinator", id, "REQUEST_CHANGES", null).then().statusCode(422).body("errors[0].field", equalTo("note"));
        blog.review("coordinator", id, "SHIP_IT", "x").then().statusCode(422).body("errors[0].field", equalTo("action"));
        blog.review("coordinator", id, "NOTE", "The middle part is strong.").then().statusCode(200);
        blog.review("coordinator", id, "REQUEST_CHANGES", "Please say who ran the workshops.").then().statusCode(200)
                .body("post.status", equalTo("CHANGES_REQUESTED"));

        version = blog.detail("mentor1", id).getLong("version");
        edit(id, title, "The workshops were run by volunteers.", version).then().statusCode(200)
                .body("body", equalTo("The workshops were run by volunteers."));
        edit(id, title, "A stale edit", version).then().statusCode(409).body("detail", containsString("changed since"));
        api.reusing("mentor1").get("/api/v1/blog/posts/" + id + "/revisions").then().statusCode(200)
                .body("revisions", hasSize(1)).body("revisions[0].reason", equalTo("answering the review"));
        long revision = api.reusing("mentor1").get("/api/v1/blog/posts/" + id + "/revisions").jsonPath().getLong("revisions[0].id");
        api.reusing("mentor1").get("/api/v1/blog/posts/" + id + "/revisions/" + revision).then().statusCode(200)
                .body("body", equalTo("Some **text** about " + title));

        blog.submit("mentor1", id);
        blog.approve(id);
        blog.detail("mentor1", id);
        api.reusing("mentor1").get("/api/v1/blog/posts/" + id).then().body("post.status", equalTo("APPROVED")).body("may.publish", equalTo(true));
        api.anonymous().get("/api/v1/blog/posts/" + id).then().statusCode(404);
        blog.publish("mentor1", id);

        String slug = blog.slug(id);
        api.anonymous().get("/api/v1/blog/posts/" + id).then().statusCode(200).body("post.status", equalTo("PUBLISHED"))
                .body("subjects", nullValue()).body("events", nullValue());
        api.anonymous().get("/blog/" + slug).then().statusCode(200).body(containsString("The workshops were run by volunteers."));
        assertThat(api.anonymous().get("/api/v1/blog/posts?size=100").jsonPath().getList("items.id", Long.class)).contains(id);
        // the timeline, as the author sees it
        List<String> kinds = blog.detail("mentor1", id).getList("events.kind", String.class);
        assertThat(kinds).containsSubsequence("CREATED", "SUBMITTED", "REVIEW_NOTE", "CHANGES_REQUESTED", "EDITED", "SUBMITTED",
                "APPROVED", "PUBLISHED");
        // and the author heard of each reviewer's step
        assertThat(blog.notificationSubjects("mentor1")).anyMatch(s -> s.contains("asks for changes") && s.contains(title))
                .anyMatch(s -> s.contains("wrote a review note") && s.contains(title))
                .anyMatch(s -> s.contains("approved your post") && s.contains(title));
        assertThat(blog.notificationSubjects("coordinator")).anyMatch(s -> s.contains("New post to review") && s.contains(title));
    }

    @Test
    void nobody_approves_their_own_post() {
        long id = blog.draft("coordinator", BlogFixture.unique("Coordinator's own "));
        blog.submit("coordinator", id);
        blog.review("coordinator", id, "APPROVE", null).then().statusCode(403).body("detail", containsString("Another coordinator"));
    }

    @Test
    void unpublishing_takes_a_post_off_and_a_renamed_post_keeps_its_old_address() {
        String title = BlogFixture.unique("Before the rename ");
        long id = blog.published("mentor2", title);
        String oldSlug = blog.slug(id);
        api.reusing("mentor1").post("/api/v1/blog/posts/" + id + "/unpublish").then().statusCode(403);
        api.reusing("mentor2").contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(501)))
                .post("/api/v1/blog/posts/" + id + "/unpublish").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        api.reusing("mentor2").post("/api/v1/blog/posts/" + id + "/unpublish").then().statusCode(200) // the reason is optional
                .body("post.status", equalTo("UNPUBLISHED"));
        api.anonymous().get("/blog/" + oldSlug).then().statusCode(404);
        api.anonymous().get("/api/v1/blog/posts/" + id).then().statusCode(404);

        // to change the text: back to draft, edit (a new title gives a new address), review again, publish
        api.reusing("mentor2").post("/api/v1/blog/posts/" + id + "/return-to-draft").then().statusCode(200)
                .body("post.status", equalTo("DRAFT"));
        String newTitle = BlogFixture.unique("After the rename ");
        edit(id, newTitle, "Renamed.", blog.detail("mentor2", id).getLong("version"), "mentor2").then().statusCode(200);
        api.reusing("mentor2").post("/api/v1/blog/posts/" + id + "/publish").then().statusCode(409); // approval is gone
        blog.submit("mentor2", id);
        blog.approve(id);
        blog.publish("mentor2", id);
        String newSlug = blog.slug(id);
        assertThat(newSlug).isNotEqualTo(oldSlug).startsWith("after-the-rename-");
        api.anonymous().get("/blog/" + oldSlug).then().statusCode(301).header("Location", endsWith("/blog/" + newSlug));
        api.anonymous().get("/blog/" + newSlug).then().statusCode(200).body(containsString(newTitle));
        // no other post takes the old address
        long other = blog.draft("mentor1", title);
        assertThat(blog.detail("mentor1", other).getString("post.slug")).isNotEqualTo(oldSlug).startsWith(oldSlug + "-");
    }

    @Test
    void every_limit_is_explicit() {
        Map<String, Object> tooLong = BlogFixture.post("t".repeat(201), "b".repeat(50_001), List.of());
        tooLong.put("excerpt", "e".repeat(301));
        api.reusing("mentor1").contentType(ContentType.JSON).body(tooLong).post("/api/v1/blog/posts").then().statusCode(422)
                .body("errors.field", hasItems("title", "excerpt", "body"))
                .body("errors.find { it.field == 'body' }.message", containsString("50,000"));
        api.reusing("mentor1").contentType(ContentType.JSON).body(BlogFixture.post(" ", "x", List.of())).post("/api/v1/blog/posts")
                .then().statusCode(422).body("errors[0].field", equalTo("title"));
        List<String> tags = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) tags.add("tag" + i);
        api.reusing("mentor1").contentType(ContentType.JSON).body(BlogFixture.post("Tags", "x", tags)).post("/api/v1/blog/posts")
                .then().statusCode(422).body("errors[0].field", equalTo("tags"));
        // the most that fits is accepted
        Map<String, Object> longest = BlogFixture.post(BlogFixture.unique("t").repeat(1) + "t".repeat(189), "b".repeat(50_000), tags.subList(0, 10));
        longest.put("excerpt", "e".repeat(300));
        api.reusing("mentor1").contentType(ContentType.JSON).body(longest).post("/api/v1/blog/posts").then().statusCode(201);

        long id = blog.draft("mentor1", BlogFixture.unique("Limits "));
        blog.submit("mentor1", id);
        blog.review("coordinator", id, "NOTE", "n".repeat(2_001)).then().statusCode(422).body("detail", containsString("2,000"));
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("at", "yesterday"))
                .post("/api/v1/blog/posts/" + id + "/schedule").then().statusCode(409); // not approved: the state is checked first
    }

    @Test
    void authors_name_people_and_organisations_of_their_own_cohorts_while_the_post_is_a_draft() {
        long id = blog.draft("mentor2", BlogFixture.unique("Naming "));
        String subjects = "/api/v1/blog/posts/" + id + "/subjects";
        api.reusing("mentor2").contentType(ContentType.JSON).body(BlogFixture.person("partner3")).post(subjects).then().statusCode(201);
        api.reusing("mentor2").contentType(ContentType.JSON).body(BlogFixture.person("partner3")).post(subjects).then().statusCode(422)
                .body("detail", containsString("named already"));
        // partner1 is in Cohort A, mentor2 in Cohort B: not one of theirs (and the answer does not tell whether the account exists)
        api.reusing("mentor2").contentType(ContentType.JSON).body(BlogFixture.person("partner1")).post(subjects).then().statusCode(422)
                .body("errors[0].field", equalTo("subjects"));
        api.reusing("mentor2").contentType(ContentType.JSON).body(BlogFixture.person("nobody" + BlogFixture.unique(""))).post(subjects)
                .then().statusCode(422).body("errors[0].field", equalTo("subjects"));
        api.reusing("mentor2").contentType(ContentType.JSON).body(BlogFixture.person("mentor2")).post(subjects).then().statusCode(422)
                .body("detail", containsString("yourself"));
        api.reusing("mentor2").contentType(ContentType.JSON).body(BlogFixture.organisation("Open Data Collective")).post(subjects)
                .then().statusCode(422);
        api.reusing("mentor2").contentType(ContentType.JSON).body(Map.of("type", "ROBOT")).post(subjects).then().statusCode(422);
        api.reusing("mentor1").contentType(ContentType.JSON).body(BlogFixture.person("partner1")).post(subjects).then().statusCode(404);
        long harbour = api.reusing("mentor2").contentType(ContentType.JSON).body(BlogFixture.organisation("harbour women's centre"))
                .post(subjects).then().statusCode(201).extract().jsonPath().getLong("id");
        api.reusing("mentor2").delete(subjects + "/" + harbour).then().statusCode(204);
        assertThat(blog.subjects("mentor2", id)).containsOnlyKeys(blog.name("partner3"));

        blog.submit("mentor2", id);
        api.reusing("mentor2").contentType(ContentType.JSON).body(BlogFixture.organisation("Harbour Women's Centre")).post(subjects)
                .then().statusCode(409).body("detail", containsString("back to draft"));
    }

    private io.restassured.response.Response edit(long id, String title, String body, long version) {
        return edit(id, title, body, version, "mentor1");
    }

    private io.restassured.response.Response edit(long id, String title, String body, long version, String who) {
        Map<String, Object> change = new HashMap<>(Map.of("title", title, "body", body, "tags", List.of("fixture"), "version", version,
                "reason", "answering the review"));
        return api.reusing(who).contentType(ContentType.JSON).body(change).put("/api/v1/blog/posts/" + id);
    }
}
