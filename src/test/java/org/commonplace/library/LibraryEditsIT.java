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

/** Editing resources with their history, browsing by language, and the sitemap. */
@ExtendWith(ArquillianExtension.class)
class LibraryEditsIT {
    @ArquillianResource
    URL base;

    Api api;
    LibraryFixture library;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        library = new LibraryFixture(api);
    }

    Map<String, Object> change(String title, long version) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "summary", "Better summary", "body", "New *text*",
                "tags", List.of("Edited Tag"), "type", "toolkit", "language", "FR", "version", version));
        body.put("reason", "clearer title");
        return body;
    }

    @Test
    void the_author_edits_and_the_earlier_version_is_kept_in_the_history() {
        long id = library.addPublic("First title");
        long version = api.as("mentor1").get("/api/v1/resources/" + id).then().body("mayEdit", equalTo(true))
                .extract().jsonPath().getLong("version");
        long before = LibraryFixture.outboxRows(id);

        api.as("mentor1").contentType(ContentType.JSON).body(change("Second title", version)).put("/api/v1/resources/" + id)
                .then().statusCode(200).body("resource.title", equalTo("Second title")).body("resource.type", equalTo("TOOLKIT"))
                .body("resource.language", equalTo("fr")).body("resource.tags", contains("edited-tag"))
                .body("bodyHtml", containsString("<em>text</em>")).body("version", greaterThan((int) version));
        api.as("mentor1").contentType(ContentType.JSON).body(change("Stale edit", version)).put("/api/v1/resources/" + id)
                .then().statusCode(409).body("detail", containsString("Reload"));
        if (before >= 0) assertThat(LibraryFixture.outboxRows(id)).isEqualTo(before + 1);

        var history = api.anonymous().get("/api/v1/resources/" + id + "/revisions").then().statusCode(200)
                .body("revisions", hasSize(1)).body("revisions[0].title", equalTo("First title"))
                .body("revisions[0].editedBy", equalTo("Mina Mentor")).body("revisions[0].reason", equalTo("clearer title"))
                .extract().jsonPath();
        long revision = history.getLong("revisions[0].id");
        api.anonymous().get("/api/v1/resources/" + id + "/revisions/" + revision).then().statusCode(200)
                .body("title", equalTo("First title")).body("type", equalTo("GUIDE")).body("language", equalTo("en"))
                .body("tags", contains("files-test")).body("bodyHtml", containsString("<strong>text</strong>"));
        api.anonymous().accept("text/html").get("/library/" + id + "/history").then().statusCode(200)
                .body(containsString("clearer title"), containsString("/library/" + id + "/history/" + revision));
        api.anonymous().accept("text/html").get("/library/" + id + "/history/" + revision).then().statusCode(200)
                .body(containsString("First title"), containsString("earlier version"));
    }

    @Test
    void only_the_author_and_coordinators_edit_and_bad_input_gets_the_messages_of_creation() {
        long id = library.addPublic("Guarded");
        long cohortOnly = library.add("mentor1", LibraryFixture.resource("Guarded cohort", "COHORT", library.cohortA));
        long version = api.as("mentor1").get("/api/v1/resources/" + id).jsonPath().getLong("version");

        api.anonymous().contentType(ContentType.JSON).body(change("x", version)).put("/api/v1/resources/" + id).then().statusCode(401);
        api.as("partner1").contentType(ContentType.JSON).body(change("x", version)).put("/api/v1/resources/" + id).then().statusCode(403);
        api.as("mentor2").contentType(ContentType.JSON).body(change("x", version)).put("/api/v1/resources/" + id).then().statusCode(403);
        api.as("mentor2").contentType(ContentType.JSON).body(change("x", 0)).put("/api/v1/resources/" + cohortOnly).then().statusCode(404);

        Map<String, Object> bad = change("", version);
        bad.put("url", "javascript:alert(1)");
        bad.put("type", "POEM");
        bad.put("language", "english");
        api.as("mentor1").contentType(ContentType.JSON).body(bad).put("/api/v1/resources/" + id).then().statusCode(422)
                .body("errors.field", hasItems("title", "url", "type", "language"))
                .body("errors.message", hasItem("Give the resource a title."));
        api.as("coordinator").contentType(ContentType.JSON).body(change("By the coordinator", version))
                .put("/api/v1/resources/" + id).then().statusCode(200);
    }

    @Test
    void the_edit_page_saves_and_a_stale_form_is_refused_with_what_was_typed() {
        long id = library.addPublic("Page edit");
        BrowserSession mentor = new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD);
        String form = mentor.get("/library/" + id + "/edit").then().statusCode(200).extract().asString();
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        Map<String, Object> fields = new HashMap<>(Map.of("title", "Page edit, better", "summary", "S", "body", "B",
                "type", "GUIDE", "language", "hu", "tags", "a", "version", version, "reason", "typo"));
        mentor.postForm("/library/" + id + "/edit", "/library/" + id + "/edit", fields).then().statusCode(303);
        fields.put("title", "Lost update?");
        String refused = mentor.postForm("/library/" + id + "/edit", "/library/" + id + "/edit", fields).then().statusCode(409)
                .body(containsString("Someone changed this resource"), containsString("Lost update?")).extract().asString();
        String current = refused.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(current).isNotEqualTo(version);
        fields.put("version", current); // saved again after reading the warning
        mentor.postForm("/library/" + id + "/edit", "/library/" + id + "/edit", fields).then().statusCode(303);
        api.anonymous().get("/api/v1/resources/" + id + "/revisions").then().body("revisions", hasSize(2));
        new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD).get("/library/" + id + "/edit").then().statusCode(403);
    }

    @Test
    void resources_are_browsed_by_language_with_the_other_filters_kept() {
        Map<String, Object> hungarian = LibraryFixture.resource("Magyar útmutató", "PUBLIC", null);
        hungarian.put("language", "hu");
        long hu = library.add("mentor1", hungarian);
        long en = library.addPublic("English guide");

        api.anonymous().get("/api/v1/resources?language=HU&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) hu)).body("items.id", not(hasItem((int) en)))
                .body("items.language", everyItem(equalTo("hu")));
        api.anonymous().get("/api/v1/resources?language=hu&type=guide&tag=files-test&size=100").then()
                .body("items.id", contains((int) hu));
        api.anonymous().get("/api/v1/resources?language=hungarian").then().statusCode(422).body("errors[0].field", equalTo("language"));
        api.anonymous().get("/api/v1/resources?type=POEM").then().statusCode(422).body("errors[0].field", equalTo("type"));

        api.anonymous().accept("text/html").get("/library?language=hu&type=GUIDE").then().statusCode(200)
                .body(containsString("Magyar útmutató"), not(containsString("English guide")))
                .body(containsString("tag=files-test&amp;type=GUIDE&amp;language=hu"))
                .body(containsString("language=en"));
    }

    @Test
    void the_sitemap_lists_public_published_resources_only() {
        long pub = library.addPublic("In the sitemap");
        long cohort = library.add("mentor1", LibraryFixture.resource("Cohort, not in the sitemap", "COHORT", library.cohortA));
        Map<String, Object> draft = LibraryFixture.resource("Draft, not in the sitemap", "PUBLIC", null);
        draft.put("draft", true);
        long draftId = library.add("mentor1", draft);

        String sitemap = api.anonymous().get("/sitemap.xml").then().statusCode(200).contentType(containsString("xml"))
                .extract().asString();
        assertThat(sitemap).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("/library</loc>").containsPattern("/library/" + pub + "</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT")
                .doesNotContain("/library/" + cohort + "<").doesNotContain("/library/" + draftId + "<");
        api.anonymous().get("/robots.txt").then().body(containsString("Sitemap: http"), containsString("/sitemap.xml"));
    }
}
