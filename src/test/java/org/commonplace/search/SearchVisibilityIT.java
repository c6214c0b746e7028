package org.commonplace.search;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Search never shows anyone what they may not see: not as a hit, not in a total, not in a facet
 * count, not as an autocomplete title, not as a "did you mean" word.
 */
@ExtendWith(ArquillianExtension.class)
class SearchVisibilityIT {
    @ArquillianResource
    URL base;

    Api api;
    long cohortA;
    String secret;
    String shared;
    long publicResource;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        cohortA = api.reusing("coordinator").get("/api/v1/cohorts").jsonPath().getLong("items.find { it.name == 'Cohort A' }.id");
        secret = SearchIT.word("secret");
        shared = SearchIT.word("shared");
        long board = api.reusing("partner1").get("/api/v1/cohorts/" + cohortA + "/boards").jsonPath().getLong("items[0].id");
        api.reusing("partner1").contentType(ContentType.JSON)
                .body(Map.of("title", "Cohort thread " + secret, "body", "Our " + shared + " problem", "kind", "PAIN_POINT", "tags", List.of("private-tag")))
                .post("/api/v1/boards/" + board + "/threads").then().statusCode(201);
        resource("Cohort resource " + secret, "COHORT", cohortA, false);
        resource("Draft resource " + secret, "PUBLIC", null, true);
        publicResource = resource("Public resource about " + shared, "PUBLIC", null, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> search("mentor1", "q=" + secret).getLong("total") == 3
                && search(null, "q=" + shared).getLong("total") == 1);
    }

    long resource(String title, String visibility, Long cohortId, boolean draft) {
        Map<String, Object> json = new HashMap<>(Map.of("title", title, "summary", "s", "body", "text " + shared,
                "tags", List.of("private-tag"), "type", "GUIDE", "visibility", visibility, "draft", draft));
        if (cohortId != null) json.put("cohortId", cohortId);
        return api.reusing("mentor1").contentType(ContentType.JSON).body(json).post("/api/v1/resources")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    JsonPath search(String who, String query) {
        return (who == null ? api.anonymous() : api.reusing(who)).get("/api/v1/search?" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void outsiders_get_no_hit_no_count_and_no_facet() {
        for (String outsider : new String[] {null, "partner3", "mentor2"}) {
            JsonPath secretSearch = search(outsider, "q=" + secret);
            assertThat(secretSearch.getLong("total")).as(outsider + " total").isZero();
            assertThat(secretSearch.getList("items")).isEmpty();
            assertThat(secretSearch.getList("facets.tag")).isEmpty();
            assertThat(secretSearch.getList("facets.cohort")).isEmpty();

            // a word in public and private items: only the public one counts, everywhere
            JsonPath sharedSearch = search(outsider, "q=" + shared);
            assertThat(sharedSearch.getLong("total")).as(outsider + " shared total").isEqualTo(1);
            assertThat(sharedSearch.getList("items.id", Long.class)).containsExactly(publicResource);
            assertThat(sharedSearch.getLong("facets.type.find { it.value == 'resource' }.count")).isEqualTo(1);
            assertThat(sharedSearch.getList("facets.type.value", String.class)).containsExactly("resource");
            assertThat(sharedSearch.getList("facets.cohort")).isEmpty();
            assertThat(sharedSearch.getLong("facets.tag.find { it.value == 'private-tag' }.count")).isEqualTo(1);

            // filtering on the other cohort or a private type gives nothing, not an error
            assertThat(search(outsider, "q=" + shared + "&cohort=" + cohortA).getLong("total")).isZero();
            assertThat(search(outsider, "q=" + shared + "&type=thread").getLong("total")).isZero();
            // nor does autocomplete or "did you mean" reveal the private words
            var suggest = outsider == null ? api.anonymous() : api.reusing(outsider);
            assertThat(suggest.get("/api/v1/search/suggest?q=" + secret).jsonPath().getList("title")).isEmpty();
            String misspelt = secret.substring(0, 7) + "x" + secret.substring(8);
            assertThat(search(outsider, "q=" + misspelt).getString("suggestion")).isNull();
        }
        api.anonymous().accept("text/html").get("/search?q=" + secret).then().statusCode(200)
                .body(not(containsString("Cohort thread"))).body(not(containsString("private-tag")));
    }

    @Test
    void members_see_their_cohort_and_authors_their_drafts() {
        assertThat(search("partner1", "q=" + secret).getLong("total")).isEqualTo(2);
        assertThat(search("partner1", "q=" + secret).getList("items.title", String.class))
                .containsExactlyInAnyOrder("Cohort thread " + secret, "Cohort resource " + secret);
        assertThat(search("mentor1", "q=" + secret).getLong("total")).isEqualTo(3);
        assertThat(search("coordinator", "q=" + secret).getLong("total")).isEqualTo(3);
        assertThat(search("partner1", "q=" + shared).getLong("facets.cohort.find { it.label == 'Cohort A' }.count")).isEqualTo(2);
    }

    @Test
    void only_coordinators_see_the_index_status_and_rebuild_it() {
        api.anonymous().get("/api/v1/search/status").then().statusCode(401);
        api.reusing("partner1").get("/api/v1/search/status").then().statusCode(403);
        api.reusing("mentor1").post("/api/v1/search/rebuild").then().statusCode(403);
        api.reusing("coordinator").get("/api/v1/search/status").then().statusCode(200);
    }
}
