package org.commonplace.workspace;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.commonplace.support.TestMail;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh people and pairs for workspace tests, made the way people are made: a coordinator invites
 * them (the invitation arrives by mail), they choose a password, and a coordinator pairs them. So
 * every test has a pair of its own in the shared database, beside the demo pairs.
 */
final class WorkspaceFixture {
    static final String PASSWORD = "a quiet harbour at dawn";

    /** A pair: its workspace, its mentor, the partner organisation's person in it, and a colleague of theirs who is not. */
    record Pair(long id, String mentor, String partner, String colleague, String organisation) { }

    private final Api api;

    WorkspaceFixture(Api api) {
        this.api = api;
    }

    /** Invites a person into Cohort A and accepts the invitation; answers the username. */
    String person(String role, String organisation) {
        String email = "ws-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        Map<String, Object> invitation = organisation == null
                ? Map.of("email", email, "displayName", "Wes " + role, "role", role, "cohorts", List.of("cohort-a"))
                : Map.of("email", email, "displayName", "Wes " + role, "role", role, "organisation", organisation, "cohorts", List.of("cohort-a"));
        String username = api.as("coordinator").contentType(ContentType.JSON).body(invitation)
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getString("username");
        emails.put(username, email);
        MimeMessage mail = TestMail.awaitMail(email, "invited");
        String link = TestMail.linkIn(mail, "/invitation/");
        new BrowserSession(api).postForm(link, link, Map.of("displayName", "Wes " + username, "password", PASSWORD, "confirm", PASSWORD))
                .then().statusCode(303);
        return username;
    }

    private final Map<String, String> emails = new java.util.HashMap<>();

    /** The e-mail address of a person made here, or of a demo account. */
    String email(String username) {
        return emails.getOrDefault(username, username + "@demo.commonplace.example");
    }

    Pair pair() {
        String organisation = "Pair Org " + UUID.randomUUID().toString().substring(0, 8);
        String mentor = person("mentor", null);
        String partner = person("partner", organisation);
        String colleague = person("partner", organisation);
        long id = api.as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("mentor", mentor, "mentees", List.of(partner)))
                .post("/api/v1/workspaces").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Pair(id, mentor, partner, colleague, organisation);
    }

    io.restassured.specification.RequestSpecification as(String username) {
        return api.asToken(token(username));
    }

    private final Map<String, String> tokens = new java.util.HashMap<>();

    String token(String username) {
        return tokens.computeIfAbsent(username, u -> api.tokenFor(u, isDemo(u) ? Api.DEMO_PASSWORD : PASSWORD));
    }

    private static boolean isDemo(String username) {
        return List.of("coordinator", "mentor1", "mentor2", "partner1", "partner2", "partner3").contains(username);
    }

    /** Sets whether the demo programme's coordinators may read its workspaces (the test pairs are in it). */
    void coordinatorsMayRead(boolean allowed, int archiveReadDays) {
        long programme = api.as("coordinator").get("/api/v1/programmes").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.slug == 'digital-capacity-2026' }.id");
        api.as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("coordinatorsMayRead", allowed, "checkinCadenceDays", 14, "archiveReadDays", archiveReadDays))
                .put("/api/v1/programmes/" + programme + "/workspace-settings").then().statusCode(200);
    }
}
