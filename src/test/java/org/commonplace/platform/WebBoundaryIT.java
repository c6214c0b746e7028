package org.commonplace.platform;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** What every request gets: limits, error shapes, security headers, request ids, CSRF protection. */
@ExtendWith(ArquillianExtension.class)
class WebBoundaryIT {
    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @Test
    void every_response_carries_the_security_headers_and_a_request_id() {
        for (String path : new String[]{"/", "/login", "/api/v1/me", "/no-such-page"}) {
            Response response = api.anonymous().get(path);
            assertThat(response.header("Content-Security-Policy"))
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.header("X-Request-Id")).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void a_body_over_one_mebibyte_is_refused_with_413() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        api.anonymous().contentType(ContentType.JSON).body(big).post("/api/v1/auth/token").then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("1 MiB"));
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_too() {
        byte[] big = new byte[1024 * 1024 + 10];
        Arrays.fill(big, (byte) ' ');
        InputStream stream = new ByteArrayInputStream(big); // no length known: sent chunked
        int status = api.anonymous().contentType(ContentType.JSON).body(stream).post("/api/v1/auth/token").statusCode();
        assertThat(status).isEqualTo(413);
    }

    @Test
    void malformed_json_is_a_400_problem() {
        api.anonymous().contentType(ContentType.JSON).body("{\"username\": ").post("/api/v1/auth/token").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Malformed request"))
                .body("status", equalTo(400));
    }

    @Test
    void a_missing_body_is_a_400_that_says_what_to_send() {
        api.anonymous().contentType(ContentType.JSON).post("/api/v1/auth/token").then()
                .statusCode(400).body("detail", containsString("no body"));
    }

    @Test
    void the_wrong_media_type_is_a_415_problem() {
        api.anonymous().contentType("application/xml").body("<x/>").post("/api/v1/auth/token").then()
                .statusCode(415).contentType(startsWith("application/problem+json"));
    }

    @Test
    void an_unknown_page_is_a_themed_404_and_an_unknown_api_path_a_problem() {
        api.anonymous().accept("text/html").get("/no-such-page").then()
                .statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"en\">"), containsString("Not found"), containsString("/static/css/site.css"));
        api.anonymous().get("/api/v1/no-such-thing").then()
                .statusCode(404).contentType(startsWith("application/problem+json")).body("status", equalTo(404));
    }

    @Test
    void a_form_without_the_csrf_token_is_refused() {
        BrowserSession browser = new BrowserSession(api);
        browser.get("/login");
        browser.postFormWithoutToken("/login", Map.of("username", "partner1", "password", Api.DEMO_PASSWORD)).then()
                .statusCode(403).body(containsString("expired"));
        browser.postFormWithoutToken("/login", Map.of("username", "partner1", "password", Api.DEMO_PASSWORD,
                "_csrf", "forged-token")).then().statusCode(403);
    }

    @Test
    void a_signed_in_browser_cannot_be_made_to_call_the_api_without_the_token() {
        BrowserSession browser = new BrowserSession(api).signIn("coordinator", Api.DEMO_PASSWORD);
        browser.request().contentType(ContentType.JSON).body(Map.of("name", "Forged programme"))
                .post("/api/v1/programmes").then().statusCode(403);
        browser.request().contentType(ContentType.JSON).header("X-CSRF-Token", browser.csrfCookie())
                .body(Map.of("name", "Programme made from the browser")).post("/api/v1/programmes").then().statusCode(201);
    }

    @Test
    void static_assets_are_served_from_the_theme_and_paths_cannot_escape_it() {
        api.anonymous().get("/static/css/site.css").then().statusCode(200).contentType(startsWith("text/css"));
        api.anonymous().get("/static/js/site.js").then().statusCode(200);
        api.anonymous().get("/static/..%2F..%2FWEB-INF%2Fweb.xml").then().statusCode(anyOf(is(400), is(404)));
        api.anonymous().get("/static/templates/layout.peb").then().statusCode(404);
    }

    @Test
    void health_metrics_and_the_api_description_are_served() {
        // ready once the database answers and this node's search index is open (a few seconds after start-up)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> api.anonymous().get("/health").statusCode() == 200);
        api.anonymous().get("/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("database")).body("checks.name", hasItem("search-index"));
        api.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/me"))
                .body("paths", hasKey("/api/v1/auth/token"))
                .body("paths", hasKey("/api/v1/cohorts"));
        api.anonymous().get("/metrics").then().statusCode(200);
    }

    @Test
    void robots_txt_keeps_crawlers_out_of_members_areas() {
        api.anonymous().get("/robots.txt").then().statusCode(200)
                .body(containsString("Disallow: /api/"), containsString("Disallow: /cohorts"), containsString("Disallow: /threads"));
    }

    @Test
    void paging_parameters_are_checked() {
        api.as("coordinator").get("/api/v1/cohorts?page=0").then().statusCode(422).body("errors[0].field", equalTo("page"));
        api.as("coordinator").get("/api/v1/cohorts?size=abc").then().statusCode(422);
        api.as("coordinator").get("/api/v1/cohorts?size=1000").then().statusCode(200).body("size", equalTo(100));
        api.as("coordinator").get("/api/v1/cohorts?page=99").then().statusCode(200).body("items", empty());
    }
}
