package org.commonplace.forum;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.commonplace.support.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;

/** A new account writes at most 10 posts in 10 minutes in its first week; then it waits, told how long. */
@ExtendWith(ArquillianExtension.class)
class PostingLimitsIT {
    @ArquillianResource
    URL base;

    @Test
    void a_new_account_is_slowed_down_with_a_clear_429() {
        Api api = new Api(base);
        ForumFixture forum = new ForumFixture(api);
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String username = api.as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "New Comer", "role", "partner", "organisation", "Fresh Start CIC",
                        "cohorts", List.of("cohort-a")))
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getString("username");
        String link = TestMail.linkIn(TestMail.awaitMail(email, "invited"), "/invitation/");
        new BrowserSession(api).postForm(link, link, Map.of("password", Api.DEMO_PASSWORD, "confirm", Api.DEMO_PASSWORD))
                .then().statusCode(303);

        long thread = forum.startThread(username, forum.board("Cohort A", "General"), "Newcomer's thread", "Hello", "DISCUSSION", List.of());
        for (int i = 2; i <= 10; i++) forum.reply(username, thread, "Post " + i);
        api.as(username).contentType(ContentType.JSON).body(Map.of("body", "Post 11"))
                .post("/api/v1/threads/" + thread + "/posts").then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("10 posts in 10 minutes"));
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("body", "Established members are not slowed"))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(201);

        api.advanceClock(Duration.ofMinutes(11));
        api.as(username).contentType(ContentType.JSON).body(Map.of("body", "Post 11, later"))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(201);
    }
}
