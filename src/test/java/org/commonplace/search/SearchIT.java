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
import static org.hamcrest.Matchers.*;

/**
 * One search over the library and the cohort boards: what a committed change looks like in the
 * index, and what the search answers to bad input.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {
    @ArquillianResource
    URL base;

    Api api;
    long cohortA;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        cohortA = api.reusing("coordinator").get("/api/v1/cohorts").jsonPath().getLong("items.find { it.name == 'Cohort A' }.id");
    }

    /** A made-up word no demo text contains, so a search for it finds only what the test wrote. */
    static String word(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) word.append((char) ('a' + random.nextInt(26)));
        return word.toString();
    }

    long resource(String who, String title, String body, String visibility, Long cohortId, String language, List<String> tags) {
        Map<String, Object> json = new HashMap<>(Map.of("title", title, "summary", "A summary", "body", body,
                "tags", tags, "type", "GUIDE", "visibility", visibility, "language", language));
        if (cohortId != null) json.put("cohortId", cohortId);
        return api.reusing(who).contentType(ContentType.JSON).body(json).post("/api/v1/resources")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    JsonPath search(String who, String query) {
        var request = who == null ? api.anonymous() : api.reusing(who);
        return request.get("/api/v1/search?" + query).then().statusCode(200).extract().jsonPath();
    }

    void awaitFound(String who, String q) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> search(who, "q=" + q).getLong("total") > 0);
    }

    @Test
    void a_committed_change_is_searchable_within_a_second() {
        String w = word("fresh");
        long id = resource("mentor1", "Guide about " + w, "Body", "PUBLIC", null, "en", List.of());
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(25))
                .until(() -> search(null, "q=" + w).getList("items.id", Long.class).contains(id));
        JsonPath found = search(null, "q=" + w);
        assertThat(found.getString("items[0].type")).isEqualTo("resource");
        assertThat(found.getString("items[0].url")).isEqualTo("/library/" + id);
        assertThat(found.getString("items[0].title")).isEqualTo("Guide about " + w);
    }

    @Test
    void a_rolled_back_change_never_appears() {
        String w = word("rollback");
        Map<String, Object> json = Map.of("title", "Never committed " + w, "summary", "s", "body", w,
                "tags", List.of(), "type", "GUIDE", "visibility", "PUBLIC");
        long id = api.reusing("mentor1").contentType(ContentType.JSON).body(json).post("/api/test/search/rolled-back-resource")
                .then().statusCode(200).body("rolledBack", equalTo(true)).extract().jsonPath().getLong("id");
        // a later committed change is searchable, so the feeder has passed the rolled-back write
        String marker = word("marker");
        resource("mentor1", "Marker " + marker, "Body", "PUBLIC", null, "en", List.of());
        awaitFound(null, marker);
        assertThat(search("coordinator", "q=" + w).getLong("total")).isZero();
        api.reusing("coordinator").get("/api/v1/resources/" + id).then().statusCode(404);
    }

    @Test
    void replies_edits_hiding_and_deleting_reach_the_index() {
        long board = api.reusing("partner1").get("/api/v1/cohorts/" + cohortA + "/boards").jsonPath().getLong("items[0].id");
        String title = word("thread");
        long thread = api.reusing("partner1").contentType(ContentType.JSON)
                .body(Map.of("title", "About " + title, "body", "Opening", "kind", "DISCUSSION", "tags", List.of()))
                .post("/api/v1/boards/" + board + "/threads").then().statusCode(201).extract().jsonPath().getLong("id");
        String first = word("first");
        long post = api.reusing("partner2").contentType(ContentType.JSON).body(Map.of("body", "I say " + first))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(201).extract().jsonPath().getLong("postId");
        awaitFound("partner1", first);
        assertThat(search("partner1", "q=" + title).getString("items[0].type")).isEqualTo("thread");
        assertThat(search("partner1", "q=" + first).getString("items[0].url")).endsWith("#post-2");

        String second = word("second");
        api.reusing("partner2").contentType(ContentType.JSON).body(Map.of("body", "I now say " + second, "reason", "typo"))
                .put("/api/v1/posts/" + post).then().statusCode(anyOf(is(200), is(204)));
        awaitFound("partner1", second);
        assertThat(search("partner1", "q=" + first).getLong("total")).isZero();

        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("action", "HIDE_POST", "reason", "test"))
                .post("/api/v1/posts/" + post + "/moderation").then().statusCode(anyOf(is(200), is(204)));
        await().atMost(Duration.ofSeconds(10)).until(() -> search("partner1", "q=" + second).getLong("total") == 0);

        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("action", "HIDE_THREAD", "reason", "test"))
                .post("/api/v1/threads/" + thread + "/moderation").then().statusCode(anyOf(is(200), is(204)));
        await().atMost(Duration.ofSeconds(10)).until(() -> search("partner1", "q=" + title).getLong("total") == 0);
    }

    @Test
    void snippets_are_escaped_and_then_marked() {
        String w = word("escape");
        resource("mentor1", "Escaping " + w, "Before <script>alert('x')</script> and <b>bold</b> then " + w + " after",
                "PUBLIC", null, "en", List.of());
        awaitFound(null, w);
        String snippet = search(null, "q=" + w).getString("items[0].snippet");
        assertThat(snippet).contains("<mark>" + w + "</mark>").doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void facets_count_what_matches_and_filters_narrow_it() {
        String w = word("facet");
        resource("mentor1", "Guide " + w, "English text", "PUBLIC", null, "en", List.of("facet-one"));
        resource("mentor1", "Guide des " + w, "Un texte en français", "PUBLIC", null, "fr", List.of("facet-one", "facet-two"));
        resource("mentor1", "Cohort guide " + w, "Cohort text", "COHORT", cohortA, "en", List.of("facet-two"));
        await().atMost(Duration.ofSeconds(10)).until(() -> search("partner1", "q=" + w).getLong("total") == 3);

        JsonPath all = search("partner1", "q=" + w);
        assertThat(all.getLong("facets.language.find { it.value == 'fr' }.count")).isEqualTo(1);
        assertThat(all.getLong("facets.language.find { it.value == 'en' }.count")).isEqualTo(2);
        assertThat(all.getLong("facets.tag.find { it.value == 'facet-two' }.count")).isEqualTo(2);
        assertThat(all.getString("facets.cohort.find { it.value == '" + cohortA + "' }.label")).isEqualTo("Cohort A");

        assertThat(search("partner1", "q=" + w + "&language=fr").getLong("total")).isEqualTo(1);
        assertThat(search("partner1", "q=" + w + "&tag=facet-one&tag=facet-two").getLong("total")).isEqualTo(3);
        assertThat(search("partner1", "q=" + w + "&tag=facet-one&language=en").getLong("total")).isEqualTo(1);
        JsonPath byDate = search("partner1", "q=" + w + "&sort=date");
        assertThat(byDate.getString("items[0].title")).isEqualTo("Cohort guide " + w);
    }

    /** SQL statements one API search costs (the application counts them in test mode). */
    int statements(String who, String query) {
        search(who, query); // a token's use is recorded at most once a minute: not in the measured request
        return Integer.parseInt(api.reusing(who).header("X-Count-Sql", "1").get("/api/v1/search?" + query)
                .then().statusCode(200).extract().header("X-Sql-Statements"));
    }

    @Test
    void a_result_page_costs_a_few_statements_however_many_hits_it_shows() {
        String w = word("cost");
        resource("mentor1", "Cohort guide " + w, "Cohort text", "COHORT", cohortA, "en", List.of("cost"));
        awaitFound("partner1", w);
        int oneHit = statements("partner1", "q=" + w);
        for (int i = 0; i < 11; i++) {
            resource("mentor1", "Guide " + i + " " + w, "Text " + i, i % 2 == 0 ? "PUBLIC" : "COHORT", i % 2 == 0 ? null : cohortA,
                    "en", List.of("cost"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> search("partner1", "q=" + w).getLong("total") == 12);
        int twelveHits = statements("partner1", "q=" + w);

        assertThat(twelveHits).as("statements for 12 hits vs 1").isEqualTo(oneHit);
        // the bearer token, the account, its cohorts, the page's resources, the names of their cohorts and
        // of the cohort facet's values (one statement for both)
        assertThat(twelveHits).isLessThanOrEqualTo(5);
    }

    @Test
    void text_is_found_in_its_own_language() {
        String w = word("langue");
        long id = resource("mentor1", "Former les bénévoles " + w, "Nos formations accueillent les nouvelles bénévoles.",
                "PUBLIC", null, "fr", List.of());
        awaitFound(null, w);
        assertThat(search(null, "q=formation&language=fr").getList("items.id", Long.class)).contains(id);
    }

    @Test
    void bad_input_gets_a_clear_answer() {
        api.anonymous().get("/api/v1/search?q=" + "a".repeat(501)).then().statusCode(422)
                .body("errors[0].field", equalTo("q")).body("errors[0].message", containsString("500"));
        api.anonymous().get("/api/v1/search?q=x&colour=red").then().statusCode(400).body("detail", containsString("colour"));
        api.anonymous().get("/api/v1/search?q=x&type=poem").then().statusCode(400).body("detail", containsString("resource"));
        api.anonymous().get("/api/v1/search?q=x&year=last").then().statusCode(400);
        api.anonymous().get("/api/v1/search?q=x&page=two").then().statusCode(400);
        api.anonymous().get("/api/v1/search?q=x&sort=random").then().statusCode(400);
        for (String odd : List.of("\"unclosed", "(a OR", "AND", "title:", "*", "a~~", "[a TO", "\\", "+-!")) {
            int status = api.anonymous().queryParam("q", odd).get("/api/v1/search").then().extract().statusCode();
            assertThat(status).as(odd).isIn(200, 422);
        }

        String w = word("paging");
        resource("mentor1", "Paging " + w, "Body", "PUBLIC", null, "en", List.of());
        awaitFound(null, w);
        search(null, "q=" + w + "&page=50").getList("items");
        api.anonymous().get("/api/v1/search?q=" + w + "&page=50").then().statusCode(200)
                .body("total", equalTo(1)).body("items", empty());
        api.anonymous().get("/api/v1/search?q=" + w + "&size=1000").then().statusCode(200).body("size", equalTo(50));
        // no query: the newest items first, like browsing
        api.anonymous().get("/api/v1/search").then().statusCode(200).body("total", greaterThan(0));
    }

    @Test
    void autocomplete_offers_titles_the_reader_may_see() {
        String w = word("complete");
        resource("mentor1", "Public " + w + " handbook", "Body", "PUBLIC", null, "en", List.of());
        resource("mentor1", "Cohort " + w + " notes", "Body", "COHORT", cohortA, "en", List.of());
        awaitFound("partner1", w);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.reusing("partner1").get("/api/v1/search/suggest?q=" + w.substring(0, 6)).jsonPath().getList("title").size() >= 2);
        assertThat(api.anonymous().get("/api/v1/search/suggest?q=" + w.substring(0, 6)).jsonPath().getList("title", String.class))
                .containsExactly("Public " + w + " handbook");
    }

    @Test
    void related_resources_are_found_by_their_text() {
        String w = word("related");
        long one = resource("mentor1", "Volunteer retention " + w, "Keeping volunteers engaged: retention, recognition, "
                + "rotas and " + w + " thanks.", "PUBLIC", null, "en", List.of());
        long two = resource("mentor1", "Recognising volunteers " + w, "Recognition keeps volunteers: retention through "
                + "thanks and " + w + " rotas.", "PUBLIC", null, "en", List.of());
        long hidden = resource("mentor1", "Cohort retention " + w, "Volunteers retention recognition rotas " + w,
                "COHORT", cohortA, "en", List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> search("partner1", "q=" + w).getLong("total") == 3);
        List<Long> related = api.anonymous().get("/api/v1/resources/" + one + "/related").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertThat(related).contains(two).doesNotContain(one, hidden);
        api.anonymous().get("/api/v1/resources/" + hidden + "/related").then().statusCode(404);
        // and on the resource's page
        api.anonymous().accept("text/html").get("/library/" + one).then().statusCode(200)
                .body(containsString("Related resources"), containsString("Recognising volunteers " + w),
                        not(containsString("Cohort retention " + w)));
    }

    @Test
    void the_text_of_an_uploaded_file_is_searchable() {
        String w = word("filetext");
        long id = resource("mentor1", "Resource with a file", "Body without the word", "PUBLIC", null, "en", List.of());
        api.reusing("mentor1").multiPart("file", "notes.txt", ("Minutes of the meeting: " + w + " was agreed.").getBytes(),
                "text/plain").post("/api/v1/resources/" + id + "/files").then().statusCode(201);
        awaitFound(null, w);
        JsonPath found = search(null, "q=" + w);
        assertThat(found.getList("items.id", Long.class)).containsExactly(id);
        assertThat(found.getString("items[0].snippet")).contains("<mark>" + w + "</mark>");
    }
}
