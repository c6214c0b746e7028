package org.commonplace.identity;

import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;

import static org.hamcrest.Matchers.*;

/** Bearer tokens expire, can be listed and revoked, and a revoked one stops working at once. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {
    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @Test
    void a_person_lists_their_tokens_without_seeing_the_secrets() {
        String token = api.tokenFor("partner2", Api.DEMO_PASSWORD);
        api.asToken(token).get("/api/v1/me/tokens").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(1))
                .body("[0].active", equalTo(true))
                .body(not(containsString(token)));
    }

    @Test
    void a_revoked_token_stops_working_at_once() {
        String token = api.tokenFor("partner2", Api.DEMO_PASSWORD);
        long id = api.asToken(token).get("/api/v1/me/tokens").jsonPath().getLong("[0].id");
        String other = api.tokenFor("partner2", Api.DEMO_PASSWORD);

        api.asToken(other).delete("/api/v1/me/tokens/" + id).then().statusCode(204);

        api.asToken(token).get("/api/v1/me").then().statusCode(401)
                .body("detail", containsString("revoked"));
        api.asToken(other).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void signing_out_of_the_api_revokes_the_token_used() {
        String token = api.tokenFor("mentor1", Api.DEMO_PASSWORD);
        api.asToken(token).delete("/api/v1/auth/token").then().statusCode(204);
        api.asToken(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void nobody_revokes_someone_elses_token() {
        String mine = api.tokenFor("partner1", Api.DEMO_PASSWORD);
        long myTokenId = api.asToken(mine).get("/api/v1/me/tokens").jsonPath().getLong("[0].id");
        api.as("partner3").delete("/api/v1/me/tokens/" + myTokenId).then().statusCode(404);
        api.asToken(mine).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void a_token_expires_after_its_lifetime() {
        String token = api.tokenFor("partner3", Api.DEMO_PASSWORD);
        api.asToken(token).get("/api/v1/me").then().statusCode(200);
        api.advanceClock(Duration.ofDays(31));
        api.asToken(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void an_invented_token_is_refused() {
        api.asToken("not-a-real-token").get("/api/v1/me").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void anonymous_callers_are_told_to_sign_in() {
        api.anonymous().get("/api/v1/me").then().statusCode(401).body("title", equalTo("Not signed in"));
    }
}
