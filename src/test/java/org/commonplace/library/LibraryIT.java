package org.commonplace.library;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
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

/** The library: public resources for everyone, cohort resources for their cohort, drafts for their author. */
@ExtendWith(ArquillianExtension.class)
class LibraryIT {
    @ArquillianResource
    URL base;

    Api api;
    long cohortA;
    long cohortB;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        var cohorts = api.as("coordinator").get("/api/v1/cohorts").jsonPath();
        cohortA = cohorts.getLong("items.find { it.name == 'Cohort A' }.id");
        cohortB = cohorts.getLong("items.find { it.name == 'Cohort B' }.id");
    }

    Map<String, Object> resource(String title, String visibility, Long cohortId) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "summary", "Summary of " + title,
                "body", "Some **text**", "tags", List.of("Library Test"), "type", "GUIDE", "visibility", visibility));
        if (cohortId != null) body.put("cohortId", cohortId);
        return body;
    }

    long add(String who, Map<String, Object> body) {
        return api.as(who).contentType(ContentType.JSON).body(body).post("/api/v1/resources").then().statusCode(201)
                .header("Location", containsString("/api/v1/resources/")).extract().jsonPath().getLong("id");
    }

    @Test
    void anonymous_readers_see_public_resources_only_and_members_see_their_cohorts() {
        long pub = add("mentor1", resource("Public guide", "PUBLIC", null));
        long cohort = add("mentor1", resource("Cohort A guide", "COHORT", cohortA));

        api.anonymous().get("/api/v1/resources?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) pub)).body("items.id", not(hasItem((int) cohort)))
                .body("items.visibility", everyItem(equalTo("PUBLIC")));
        api.anonymous().get("/api/v1/resources/" + pub).then().statusCode(200)
                .body("bodyHtml", containsString("<strong>text</strong>"));
        api.anonymous().get("/api/v1/resources/" + cohort).then().statusCode(404);
        api.as("partner1").get("/api/v1/resources?size=100").then().body("items.id", hasItems((int) pub, (int) cohort));
        api.as("partner3").get("/api/v1/resources?size=100").then().body("items.id", not(hasItem((int) cohort)));
        assertThat(api.as("partner3").get("/api/v1/resources/" + cohort).asString())
                .isEqualTo(api.as("partner3").get("/api/v1/resources/99999999").asString());
        api.anonymous().get("/api/v1/resources?tag=library-test&size=100").then().body("items.id", hasItem((int) pub));

        api.anonymous().accept("text/html").get("/library").then().statusCode(200)
                .body(containsString("Public guide"), not(containsString("Cohort A guide")));
    }

    @Test
    void only_mentors_and_coordinators_add_and_bad_input_is_explained() {
        api.as("partner1").contentType(ContentType.JSON).body(resource("Partner's", "PUBLIC", null))
                .post("/api/v1/resources").then().statusCode(403);
        api.anonymous().contentType(ContentType.JSON).body(resource("Anonymous", "PUBLIC", null))
                .post("/api/v1/resources").then().statusCode(401);
        Map<String, Object> bad = resource("", "SECRET", null);
        bad.put("summary", "");
        bad.put("url", "javascript:alert(1)");
        bad.put("type", "POEM");
        api.as("mentor1").contentType(ContentType.JSON).body(bad).post("/api/v1/resources").then().statusCode(422)
                .body("errors.field", hasItems("title", "summary", "url", "type", "visibility"));
        api.as("mentor1").contentType(ContentType.JSON).body(resource("Other cohort's", "COHORT", cohortB))
                .post("/api/v1/resources").then().statusCode(422).body("errors[0].field", equalTo("cohortId"));
    }

    @Test
    void a_draft_is_seen_by_its_author_and_coordinators_until_published() {
        Map<String, Object> body = resource("Draft guide", "PUBLIC", null);
        body.put("draft", true);
        long draft = add("mentor1", body);
        api.anonymous().get("/api/v1/resources/" + draft).then().statusCode(404);
        api.as("partner1").get("/api/v1/resources/" + draft).then().statusCode(404);
        api.as("coordinator").get("/api/v1/resources/" + draft).then().statusCode(200).body("resource.status", equalTo("DRAFT"));
        api.as("mentor1").get("/api/v1/resources/" + draft).then().statusCode(200).body("mayPublish", equalTo(true));
        api.as("mentor2").post("/api/v1/resources/" + draft + "/publish").then().statusCode(404);
        api.as("mentor1").post("/api/v1/resources/" + draft + "/publish").then().statusCode(204);
        api.anonymous().get("/api/v1/resources/" + draft).then().statusCode(200).body("resource.status", equalTo("PUBLISHED"));
        api.anonymous().post("/api/v1/resources/" + draft + "/publish").then().statusCode(401);
        api.as("partner1").post("/api/v1/resources/" + draft + "/publish").then().statusCode(403);
    }

    @Test
    void a_solved_pain_point_becomes_a_draft_resource_for_its_cohort() {
        long board = api.as("partner1").get("/api/v1/cohorts/" + cohortA + "/boards").jsonPath()
                .getLong("items.find { it.name == 'Pain points' }.id");
        long thread = api.as("partner1").contentType(ContentType.JSON)
                .body(Map.of("title", "Nobody reads our newsletter", "body", "Open rates are 5%.", "kind", "PAIN_POINT",
                        "tags", List.of("communication")))
                .post("/api/v1/boards/" + board + "/threads").then().statusCode(201).extract().jsonPath().getLong("id");
        long answer = api.as("mentor1").contentType(ContentType.JSON).body(Map.of("body", "Send one story, not ten updates."))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(201).extract().jsonPath().getLong("postId");

        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/resources/from-pain-point").then().statusCode(409).body("detail", containsString("solved"));
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("postId", answer))
                .put("/api/v1/threads/" + thread + "/answer").then().statusCode(204);
        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("status", "SOLVED"))
                .put("/api/v1/threads/" + thread + "/status").then().statusCode(204);
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/resources/from-pain-point").then().statusCode(403);
        api.as("mentor2").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/resources/from-pain-point").then().statusCode(404);

        long draft = api.as("mentor1").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/resources/from-pain-point").then().statusCode(201).extract().jsonPath().getLong("id");
        api.as("mentor1").get("/api/v1/resources/" + draft).then().statusCode(200)
                .body("resource.status", equalTo("DRAFT"))
                .body("resource.visibility", equalTo("COHORT"))
                .body("resource.cohortId", equalTo((int) cohortA))
                .body("resource.tags", contains("communication"))
                .body("sourceThreadId", equalTo((int) thread))
                .body("body", containsString("Open rates are 5%."))
                .body("body", containsString("Send one story, not ten updates."))
                .body("body", containsString("/threads/" + thread));
        api.as("partner1").get("/api/v1/resources/" + draft).then().statusCode(404);
        api.as("coordinator").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/resources/from-pain-point").then().statusCode(409).body("detail", containsString("/library/" + draft));

        BrowserSession mentor = new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD);
        mentor.get("/threads/" + thread).then().body(containsString("Write it up for the library"));
        mentor.get("/library/" + draft).then().statusCode(200).body(containsString("This is a draft"));
    }

    @Test
    void a_resource_added_from_the_page_keeps_what_was_typed_when_refused() {
        BrowserSession mentor = new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD);
        mentor.postForm("/library/new", "/library/new", Map.of("title", "Page resource", "summary", "", "visibility", "PUBLIC",
                "type", "GUIDE", "language", "en", "body", "kept text")).then().statusCode(422)
                .body(containsString("Write a short summary"), containsString("kept text"));
        var created = mentor.postForm("/library/new", "/library/new", Map.of("title", "Page resource", "summary", "Short",
                "visibility", "PUBLIC", "type", "TOOLKIT", "language", "en", "body", "Text", "tags", "a, b"));
        assertThat(created.statusCode()).isEqualTo(303);
        new BrowserSession(api).get(created.header("Location").replaceFirst("^https?://[^/]+", "")).then()
                .statusCode(200).body(containsString("Page resource"), containsString("Toolkit"));
        new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD).get("/library/new").then().statusCode(403);
    }
}
