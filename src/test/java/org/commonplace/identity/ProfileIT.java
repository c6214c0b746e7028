package org.commonplace.identity;

import io.restassured.response.Response;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** A member edits their profile and picture. */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {
    /** A 1×1 transparent PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    Map<String, String> profile(String name, String zone, String handle) {
        Map<String, String> form = new HashMap<>();
        form.put("displayName", name);
        form.put("publicHandle", handle);
        form.put("languages", "English, Portuguese");
        form.put("timeZone", zone);
        form.put("bio", "Runs the youth programme.");
        form.put("mailFrequency", "DIGEST");
        return form;
    }

    @Test
    void a_member_updates_their_profile() {
        BrowserSession browser = new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD);
        browser.postForm("/profile", "/profile", profile("Priya O.", "Europe/Lisbon", "priya_o")).then()
                .statusCode(200).body(containsString("Your profile is saved."));
        api.as("partner2").get("/api/v1/me").then()
                .body("displayName", equalTo("Priya O."))
                .body("publicHandle", equalTo("priya_o"))
                .body("timeZone", equalTo("Europe/Lisbon"))
                .body("mailFrequency", equalTo("DIGEST"));
    }

    @Test
    void bad_profile_input_is_explained_and_what_was_typed_is_kept() {
        BrowserSession browser = new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD);
        browser.postForm("/profile", "/profile", profile("Typed Name", "Mars/Olympus", "x")).then()
                .statusCode(422)
                .body(containsString("Choose a time zone"), containsString("A public handle has 3 to 40"),
                        containsString("value=\"Typed Name\""));
    }

    @Test
    void a_picture_is_checked_by_its_content_and_shown_only_to_members() {
        BrowserSession browser = new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD);
        String token = BrowserSession.csrfOf(browser.get("/profile").asString());

        Response upload = browser.request().multiPart("avatar", "me.png", PNG, "image/png")
                .post("/profile/avatar?_csrf=" + token);
        assertThat(upload.statusCode()).isEqualTo(303);

        long id = api.as("partner1").get("/api/v1/me").jsonPath().getLong("id");
        browser.get("/avatars/" + id).then().statusCode(200).contentType("image/png");
        api.anonymous().get("/avatars/" + id).then().statusCode(404);
        new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD).get("/avatars/" + id).then().statusCode(200);
        new BrowserSession(api).signIn("partner3", Api.DEMO_PASSWORD).get("/avatars/" + id).then().statusCode(404);

        browser.request().multiPart("avatar", "fake.png", "<svg onload=alert(1)>".getBytes(), "image/png")
                .post("/profile/avatar?_csrf=" + token).then().statusCode(415)
                .body(containsString("PNG, JPEG, GIF or WebP"));

        byte[] huge = new byte[3 * 1024 * 1024];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        browser.request().multiPart("avatar", "huge.png", huge, "image/png")
                .post("/profile/avatar?_csrf=" + token).then().statusCode(413);
    }

    @Test
    void people_list_and_revoke_tokens_on_their_page() {
        BrowserSession browser = new BrowserSession(api).signIn("mentor2", Api.DEMO_PASSWORD);
        String page = browser.postForm("/profile/tokens", "/profile/tokens", Map.of("name", "my script")).then()
                .statusCode(200).body(containsString("shown only once")).extract().asString();
        String token = page.replaceAll("(?s).*id=\"issued-token\">([^<]+)<.*", "$1");
        api.asToken(token).get("/api/v1/me").then().statusCode(200).body("username", equalTo("mentor2"));

        long id = api.asToken(token).get("/api/v1/me/tokens").jsonPath().getLong("find { it.name == 'my script' }.id");
        browser.postForm("/profile/tokens", "/profile/tokens/" + id + "/revoke", Map.of()).then().statusCode(303);
        api.asToken(token).get("/api/v1/me").then().statusCode(401);
    }
}
