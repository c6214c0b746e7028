package org.commonplace.blog;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.commonplace.support.Api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Blog posts as the tests need them, made through the public API (the demo's own posts stay as they are). */
final class BlogFixture {
    final Api api;

    BlogFixture(Api api) {
        this.api = api;
    }

    /** A word no other post contains, for titles, tags and searches. */
    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> post(String title, String body, List<String> tags) {
        return new HashMap<>(Map.of("title", title, "body", body, "tags", tags));
    }

    static Map<String, Object> person(String username) {
        return Map.of("type", "PERSON", "username", username);
    }

    static Map<String, Object> organisation(String name) {
        return Map.of("type", "ORGANISATION", "organisation", name);
    }

    long draft(String author, Map<String, Object> post) {
        return api.reusing(author).contentType(ContentType.JSON).body(post).post("/api/v1/blog/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    long draft(String author, String title) {
        return draft(author, post(title, "Some **text** about " + title, List.of("fixture")));
    }

    JsonPath detail(String who, long id) {
        return api.reusing(who).get("/api/v1/blog/posts/" + id).then().statusCode(200).extract().jsonPath();
    }

    void submit(String author, long id) {
        api.reusing(author).post("/api/v1/blog/posts/" + id + "/submit").then().statusCode(200);
    }

    void approve(long id) {
        review("coordinator", id, "APPROVE", "Good to go.").then().statusCode(200);
    }

    io.restassured.response.Response review(String reviewer, long id, String action, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        if (note != null) body.put("note", note);
        return api.reusing(reviewer).contentType(ContentType.JSON).body(body).post("/api/v1/blog/posts/" + id + "/reviews");
    }

    /** The subjects of a post (as its author sees them): name → id. */
    Map<String, Long> subjects(String author, long id) {
        Map<String, Long> byName = new HashMap<>();
        List<Map<String, Object>> subjects = detail(author, id).getList("subjects");
        for (Map<String, Object> s : subjects) byName.put((String) s.get("name"), ((Number) s.get("id")).longValue());
        return byName;
    }

    io.restassured.response.Response decide(String who, long subjectId, String decision) {
        return api.reusing(who).contentType(ContentType.JSON).body(Map.of("decision", decision))
                .post("/api/v1/blog/consents/" + subjectId);
    }

    void publish(String who, long id) {
        api.reusing(who).post("/api/v1/blog/posts/" + id + "/publish").then().statusCode(200);
    }

    /** A published post without subjects: drafted, submitted, approved, published. Answers its id. */
    long published(String author, Map<String, Object> post) {
        long id = draft(author, post);
        submit(author, id);
        approve(id);
        publish(author, id);
        return id;
    }

    long published(String author, String title) {
        return published(author, post(title, "Some **text** about " + title, List.of("fixture")));
    }

    String slug(long id) {
        return detail("coordinator", id).getString("post.slug");
    }

    /** A person's display name now (other tests of the suite change some demo names). */
    String name(String username) {
        return api.reusing(username).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getString("displayName");
    }

    /** A new partner member, invited into a cohort and signed up: mail at once, a name nobody else has. */
    record Member(String username, String displayName, String email) { }

    Member newMember(String cohortSlug, String organisation) {
        String email = "blog-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String displayName = unique("Member ");
        String username = api.reusing("coordinator").contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", displayName, "role", "partner", "organisation", organisation,
                        "cohorts", List.of(cohortSlug)))
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getString("username");
        String link = org.commonplace.support.TestMail.linkIn(org.commonplace.support.TestMail.awaitMail(email, "invited"), "/invitation/");
        new org.commonplace.support.BrowserSession(api).postForm(link, link, Map.of("password", Api.DEMO_PASSWORD, "confirm", Api.DEMO_PASSWORD))
                .then().statusCode(303);
        return new Member(username, displayName, email);
    }

    /** The subjects of the author's notifications (newest first). */
    List<String> notificationSubjects(String who) {
        return new ArrayList<>(api.reusing(who).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.subject", String.class));
    }
}
