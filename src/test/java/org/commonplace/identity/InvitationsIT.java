package org.commonplace.identity;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.commonplace.support.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** A coordinator invites people by e-mail; the invitee chooses a password through a link that expires. */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {
    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    Map<String, Object> invitation(String email, String role, String organisation) {
        return Map.of("email", email, "displayName", "Ines Invitee", "role", role,
                "organisation", organisation, "cohorts", List.of("cohort-a"));
    }

    @Test
    void an_invited_partner_chooses_a_password_and_lands_in_their_cohort() {
        String email = uniqueEmail("ines");
        String username = api.as("coordinator").contentType(ContentType.JSON)
                .body(invitation(email, "partner", "Riverside Food Bank"))
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getString("username");

        MimeMessage mail = TestMail.awaitMail(email, "invited");
        assertThat(TestMail.body(mail)).contains("Cohort A").contains(username);
        String link = TestMail.linkIn(mail, "/invitation/");

        BrowserSession browser = new BrowserSession(api);
        browser.get(link).then().statusCode(200).body(containsString(username));
        browser.postForm(link, link, Map.of("displayName", "Ines", "password", "password123", "confirm", "password123"))
                .then().statusCode(422).body(containsString("most common passwords"));
        browser.postForm(link, link, Map.of("displayName", "Ines", "password", "short", "confirm", "short"))
                .then().statusCode(422).body(containsString("at least 10 characters"));
        browser.postForm(link, link, Map.of("displayName", "Ines", "password", "a river of lentils", "confirm", "a river of lentil"))
                .then().statusCode(422).body(containsString("differ"));
        browser.postForm(link, link, Map.of("displayName", "Ines", "password", "a river of lentils", "confirm", "a river of lentils"))
                .then().statusCode(303);
        browser.get("/").then().statusCode(200).body(containsString("Cohort A"));

        api.signIn(username, "a river of lentils").then().statusCode(200)
                .body("user.organisation.name", equalTo("Riverside Food Bank"))
                .body("user.cohorts.name", contains("Cohort A"));
        // the link works once
        new BrowserSession(api).get(link).then().statusCode(404);
    }

    @Test
    void an_invited_person_cannot_sign_in_before_choosing_a_password() {
        String email = uniqueEmail("waiting");
        String username = api.as("coordinator").contentType(ContentType.JSON).body(invitation(email, "mentor", ""))
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getString("username");
        api.signIn(username, "").then().statusCode(422);
        api.signIn(username, "anything-at-all").then().statusCode(401);
        api.forgetSignInFailures();
    }

    @Test
    void an_invitation_link_expires() {
        String email = uniqueEmail("late");
        api.as("coordinator").contentType(ContentType.JSON).body(invitation(email, "mentor", ""))
                .post("/api/v1/invitations").then().statusCode(201);
        String link = TestMail.linkIn(TestMail.awaitMail(email, "invited"), "/invitation/");
        api.advanceClock(Duration.ofDays(8));
        new BrowserSession(api).get(link).then().statusCode(404).body(containsString("expired"));
    }

    @Test
    void only_coordinators_invite() {
        api.as("mentor1").contentType(ContentType.JSON).body(invitation(uniqueEmail("x"), "partner", "Org"))
                .post("/api/v1/invitations").then().statusCode(403);
    }

    @Test
    void bad_invitations_are_explained_field_by_field() {
        api.as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-address", "displayName", "", "role", "partner", "cohorts", List.of("no-such-cohort")))
                .post("/api/v1/invitations").then().statusCode(422)
                .body("errors.field", hasItems("email", "displayName", "organisation", "cohorts"));
        api.as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("email", "partner1@demo.commonplace.example", "displayName", "Dup", "role", "mentor"))
                .post("/api/v1/invitations").then().statusCode(422).body("errors[0].message", containsString("has an account"));
    }

    @Test
    void a_csv_file_with_one_bad_row_invites_nobody() {
        String good = uniqueEmail("good");
        String csv = "email,display_name,role,organisation,cohorts\n"
                + good + ",Gita Good,partner,Hill Farm Trust,cohort-a\n"
                + "broken-address,Bob Bad,wizard,,cohort-z\n";
        api.as("coordinator").contentType("text/csv").body(csv).post("/api/v1/invitations").then()
                .statusCode(422)
                .body("errors.field", hasItems("row 3: email", "row 3: role", "row 3: cohorts"));
        // nothing was stored: the good row can still be invited
        api.as("coordinator").contentType(ContentType.JSON).body(invitation(good, "partner", "Hill Farm Trust"))
                .post("/api/v1/invitations").then().statusCode(201);
    }

    @Test
    void a_csv_file_invites_everyone_in_it() {
        String first = uniqueEmail("first");
        String second = uniqueEmail("second");
        String csv = "email,display_name,role,organisation,cohorts\n"
                + first + ",First Person,partner,\"Lake, Pond & Co\",cohort-a;cohort-b\n"
                + second + ",Second Person,mentor,,Cohort B\n";
        api.as("coordinator").contentType("text/csv").body(csv).post("/api/v1/invitations").then()
                .statusCode(201).body("invited.email", contains(first, second));
        TestMail.awaitMail(first, "invited");
        TestMail.awaitMail(second, "invited");
    }

    @Test
    void the_coordinator_invites_from_the_page_too() {
        BrowserSession coordinator = new BrowserSession(api).signIn("coordinator", Api.DEMO_PASSWORD);
        String email = uniqueEmail("paged");
        coordinator.postForm("/admin/invitations", "/admin/invitations", Map.of("email", email, "displayName", "Page Person",
                "role", "mentor", "organisation", "", "cohorts", "cohort-b")).then().statusCode(200)
                .body(containsString(email));
        TestMail.awaitMail(email, "invited");
        coordinator.postForm("/admin/invitations", "/admin/invitations", Map.of("email", "nope", "displayName", "Kept Name",
                "role", "mentor")).then().statusCode(422)
                .body(containsString("Give a valid e-mail address."), containsString("value=\"Kept Name\""));
    }
}
