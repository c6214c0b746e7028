package org.commonplace.library;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.commonplace.support.Api;
import org.commonplace.support.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;

/** Resources and files as the library tests need them, made through the API. */
final class LibraryFixture {
    final Api api;
    final long cohortA;
    final long cohortB;

    LibraryFixture(Api api) {
        this.api = api;
        var cohorts = api.as("coordinator").get("/api/v1/cohorts").jsonPath();
        cohortA = cohorts.getLong("items.find { it.name == 'Cohort A' }.id");
        cohortB = cohorts.getLong("items.find { it.name == 'Cohort B' }.id");
    }

    static Map<String, Object> resource(String title, String visibility, Long cohortId) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "summary", "Summary of " + title,
                "body", "Some **text**", "tags", List.of("files-test"), "type", "GUIDE", "visibility", visibility));
        if (cohortId != null) body.put("cohortId", cohortId);
        return body;
    }

    long add(String who, Map<String, Object> body) {
        return api.as(who).contentType(ContentType.JSON).body(body).post("/api/v1/resources").then().statusCode(201)
                .header("Location", containsString("/api/v1/resources/")).extract().jsonPath().getLong("id");
    }

    long addPublic(String title) {
        return add("mentor1", resource(title, "PUBLIC", null));
    }

    Response upload(String who, long resourceId, String name, byte[] content) {
        return api.as(who).multiPart("file", name, content, "application/octet-stream")
                .post("/api/v1/resources/" + resourceId + "/files");
    }

    /**
     * How many search outbox rows name this resource. The suite talks HTTP only, and the embedded
     * H2 file is locked by the server, so this reads the PostgreSQL run's database only (-1 on H2).
     */
    static long outboxRows(long resourceId) {
        if (!"postgresql".equals(TestDatabase.kind())) return -1;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + TestDatabase.PG_DATABASE, "postgres", "");
             PreparedStatement s = c.prepareStatement("select count(*) from search_outbox where item_type = 'RESOURCE' and item_id = ?")) {
            s.setLong(1, resourceId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
