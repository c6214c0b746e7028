package org.commonplace.search;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;

/** A coordinator rebuilds the index from the database; searching keeps working and nothing is lost. */
@ExtendWith(ArquillianExtension.class)
class SearchRebuildIT {
    @ArquillianResource
    URL base;

    @Test
    void a_coordinator_rebuilds_the_index_and_sees_its_progress() {
        Api api = new Api(base);
        String w = SearchIT.word("rebuild");
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("title", "Before the rebuild " + w, "summary", "s",
                "body", "b", "tags", List.of(), "type", "GUIDE", "visibility", "PUBLIC")).post("/api/v1/resources")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.anonymous().get("/api/v1/search?q=" + w).jsonPath().getLong("total") == 1);

        Instant requested = Instant.now().minusSeconds(1);
        BrowserSession coordinator = new BrowserSession(api).signIn("coordinator", Api.DEMO_PASSWORD);
        coordinator.get("/admin/search").then().statusCode(200).body(containsString("Rebuild the index"));
        coordinator.postForm("/admin/search", "/admin/search/rebuild", Map.of()).then().statusCode(303);
        coordinator.get("/admin/search").then().statusCode(200).body(anyOf(containsString("Rebuilding"), containsString("Up to date")));

        // while it rebuilds (and after), search answers
        String during = SearchIT.word("during");
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("title", "During the rebuild " + during, "summary", "s",
                "body", "b", "tags", List.of(), "type", "GUIDE", "visibility", "PUBLIC")).post("/api/v1/resources")
                .then().statusCode(201);
        api.anonymous().get("/api/v1/search?q=" + w).then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var status = api.reusing("coordinator").get("/api/v1/search/status").jsonPath();
            return "CURRENT".equals(status.getString("state")) && Instant.parse(status.getString("builtAt")).isAfter(requested);
        });
        var status = api.reusing("coordinator").get("/api/v1/search/status").jsonPath();
        assertThat(status.getLong("documents")).isPositive();
        assertThat(status.getList("nodes")).isNotEmpty();
        // this node's search turns (ADR 0024): at least two, none taken by the coordinator's status request itself
        assertThat(status.getInt("searches.turns")).isGreaterThanOrEqualTo(2);
        assertThat(status.getInt("searches.running")).isBetween(0, status.getInt("searches.turns"));
        assertThat(status.getInt("searches.waiting")).isNotNegative();
        assertThat(status.getLong("searches.refused")).isNotNegative();
        // and, since the node started, how many searches had their turn and how long they waited for it and held it
        // (this test's own searches above are among them)
        assertThat(status.getLong("searches.served")).isPositive();
        assertThat(status.getLong("searches.waitedMillis")).isNotNegative();
        assertThat(status.getLong("searches.searchingMillis")).isNotNegative();
        // every node reports its turns with its index state, so coordinators see the whole cluster's load
        // (this node's row: in the PostgreSQL run, SearchCrashRecoveryIT's servers have reported into the same table)
        String thisNode = "nodes.find { it.node == '" + status.getString("node") + "' }.searches";
        assertThat(status.getInt(thisNode + ".turns")).isEqualTo(status.getInt("searches.turns"));
        assertThat(status.getLong(thisNode + ".refused")).isNotNegative();
        assertThat(status.getLong(thisNode + ".served")).isNotNegative();
        coordinator.get("/admin/search").then().statusCode(200).body(containsString("at once"), containsString("turned away"),
                containsString("had their turn since the server started"), containsString("another server (or more processors) would help"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.anonymous().get("/api/v1/search?q=" + w).jsonPath().getLong("total") == 1
                && api.anonymous().get("/api/v1/search?q=" + during).jsonPath().getLong("total") == 1);
    }
}
