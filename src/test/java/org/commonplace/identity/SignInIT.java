package org.commonplace.identity;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Signing in through the API and the browser form, and what happens when it goes wrong. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {
    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        api.forgetSignInFailures();
    }

    @AfterEach
    void forgetFailures() {
        api.forgetSignInFailures();
    }

    @Test
    void a_demo_partner_gets_a_token_and_their_profile() {
        api.signIn("partner1", Api.DEMO_PASSWORD).then()
                .statusCode(200)
                .body("token", not(emptyOrNullString()))
                .body("expiresAt", not(emptyOrNullString()))
                .body("user.username", equalTo("partner1"))
                .body("user.roles", contains("partner"))
                .body("user.organisation.name", equalTo("Northside Youth Network"))
                .body("user.cohorts.name", contains("Cohort A"));
    }

    @Test
    void signing_in_with_the_email_address_works_too() {
        api.signIn("Partner2@demo.commonplace.example", Api.DEMO_PASSWORD).then().statusCode(200)
                .body("user.username", equalTo("partner2"));
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer() {
        Response wrongPassword = api.signIn("partner1", "not-the-password");
        Response unknownUser = api.signIn("nobody-at-all", "not-the-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.jsonPath().getString("detail")).isEqualTo(unknownUser.jsonPath().getString("detail"));
    }

    @Test
    void after_five_failures_sign_in_is_refused_with_retry_after_even_with_the_right_password() {
        for (int i = 0; i < 5; i++) {
            api.signIn("mentor2", "wrong-password-" + i).then().statusCode(401);
        }
        api.signIn("mentor2", Api.DEMO_PASSWORD).then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType(startsWith("application/problem+json"));
        int retryAfter = Integer.parseInt(api.signIn("mentor2", Api.DEMO_PASSWORD).header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 15 * 60);

        api.forgetSignInFailures();
        api.signIn("mentor2", Api.DEMO_PASSWORD).then().statusCode(200);
    }

    @Test
    void the_browser_form_is_throttled_too() {
        BrowserSession browser = new BrowserSession(api);
        for (int i = 0; i < 5; i++) {
            browser.postForm("/login", "/login", Map.of("username", "mentor1", "password", "wrong-" + i)).then().statusCode(401)
                    .body(containsString("The username or password is not right."));
        }
        browser.postForm("/login", "/login", Map.of("username", "mentor1", "password", Api.DEMO_PASSWORD)).then()
                .statusCode(429).header("Retry-After", notNullValue())
                .body(containsString("Too many failed sign-ins"));
    }

    @Test
    void missing_fields_are_named() {
        api.anonymous().contentType(ContentType.JSON).body("{\"username\":\"\"}").post("/api/v1/auth/token").then()
                .statusCode(422)
                .body("errors.field", hasItems("username", "password"));
    }

    @Test
    void a_browser_sign_in_sets_a_new_http_only_session_cookie_and_redirects() {
        BrowserSession browser = new BrowserSession(api);
        browser.cookies().put("cp_session", "planted-by-an-attacker");
        Response response = browser.postForm("/login", "/login",
                Map.of("username", "partner1", "password", Api.DEMO_PASSWORD, "next", "/cohorts"));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/cohorts");
        String setCookie = String.join("\n", response.headers().getValues("Set-Cookie"));
        assertThat(setCookie).contains("cp_session=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(browser.cookies().get("cp_session")).isNotEqualTo("planted-by-an-attacker");
        browser.get("/cohorts").then().statusCode(200).body(containsString("Cohort A"));
    }

    @Test
    void next_cannot_send_people_to_another_site() {
        BrowserSession browser = new BrowserSession(api);
        Response response = browser.postForm("/login", "/login",
                Map.of("username", "partner1", "password", Api.DEMO_PASSWORD, "next", "//evil.example/"));
        assertThat(response.header("Location")).doesNotContain("evil.example");
    }

    @Test
    void signing_out_ends_the_session() {
        BrowserSession browser = new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD);
        String session = browser.cookies().get("cp_session");
        browser.postForm("/", "/logout", Map.of()).then().statusCode(303);
        new BrowserSession(api).request().cookie("cp_session", session).get("/cohorts").then()
                .statusCode(303).header("Location", containsString("/login"));
    }
}
