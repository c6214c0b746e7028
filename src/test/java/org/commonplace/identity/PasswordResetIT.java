package org.commonplace.identity;

import io.restassured.http.ContentType;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** "Forgot your password?" by e-mail, without revealing who has an account. */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {
    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    /** A fresh account with a known password, so the demo accounts keep theirs. */
    String newMember(String password) {
        String email = InvitationsIT.uniqueEmail("reset");
        String username = api.as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "Reese Reset", "role", "mentor", "cohorts", List.of()))
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getString("username");
        String link = TestMail.linkIn(TestMail.awaitMail(email, "invited"), "/invitation/");
        new BrowserSession(api).postForm(link, link, Map.of("password", password, "confirm", password)).then().statusCode(303);
        return email;
    }

    @Test
    void a_member_resets_their_password_by_email_and_is_signed_out_everywhere() {
        String email = newMember("first long password");
        String oldToken = api.tokenFor(email, "first long password");

        new BrowserSession(api).postForm("/password-reset", "/password-reset", Map.of("email", email)).then()
                .statusCode(200).body(containsString("If an account uses that address"));
        String link = TestMail.linkIn(TestMail.awaitMail(email, "Reset your"), "/password-reset/");

        BrowserSession browser = new BrowserSession(api);
        browser.get(link).then().statusCode(200);
        browser.postForm(link, link, Map.of("password", "qwertyuiop", "confirm", "qwertyuiop")).then().statusCode(422)
                .body(containsString("most common passwords"));
        browser.postForm(link, link, Map.of("password", "second long password", "confirm", "second long password"))
                .then().statusCode(200).body(containsString("Your password is changed"));

        api.signIn(email, "first long password").then().statusCode(401);
        api.signIn(email, "second long password").then().statusCode(200);
        api.asToken(oldToken).get("/api/v1/me").then().statusCode(401);
        new BrowserSession(api).get(link).then().statusCode(404);
        api.forgetSignInFailures();
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        String nobody = "nobody-" + System.nanoTime() + "@example.org";
        new BrowserSession(api).postForm("/password-reset", "/password-reset", Map.of("email", nobody)).then()
                .statusCode(200).body(containsString("If an account uses that address"));
        assertThat(TestMail.mailTo(nobody)).isEmpty();
    }

    @Test
    void a_reset_link_expires_after_an_hour() {
        String email = newMember("third long password");
        new BrowserSession(api).postForm("/password-reset", "/password-reset", Map.of("email", email)).then().statusCode(200);
        String link = TestMail.linkIn(TestMail.awaitMail(email, "Reset your"), "/password-reset/");
        api.advanceClock(Duration.ofMinutes(61));
        new BrowserSession(api).get(link).then().statusCode(404);
    }
}
