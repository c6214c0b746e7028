package org.commonplace.forum;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;

import java.util.List;
import java.util.Map;

/** Finds the demo cohorts and boards, and starts threads, through the public API. */
final class ForumFixture {
    final Api api;

    ForumFixture(Api api) {
        this.api = api;
    }

    long cohort(String name) {
        return api.as("coordinator").get("/api/v1/cohorts").jsonPath()
                .getLong("items.find { it.name == '" + name + "' }.id");
    }

    long board(String cohortName, String boardName) {
        return api.as("coordinator").get("/api/v1/cohorts/" + cohort(cohortName) + "/boards").jsonPath()
                .getLong("items.find { it.name == '" + boardName + "' }.id");
    }

    long startThread(String username, long boardId, String title, String body, String kind, List<String> tags) {
        return api.as(username).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body, "kind", kind, "tags", tags))
                .post("/api/v1/boards/" + boardId + "/threads").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    long reply(String username, long threadId, String body) {
        return api.as(username).contentType(ContentType.JSON).body(Map.of("body", body))
                .post("/api/v1/threads/" + threadId + "/posts").then().statusCode(201)
                .extract().jsonPath().getLong("postId");
    }
}
