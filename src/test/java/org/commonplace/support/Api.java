package org.commonplace.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URL;
import java.util.Map;

/** Talks to the deployed application the way an API client does. */
public final class Api {
    public static final String DEMO_PASSWORD = "commonplace-demo";

    private final String base;

    public Api(URL base) {
        String s = base.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public String base() { return base; }

    public RequestSpecification anonymous() {
        return RestAssured.given().baseUri(base).redirects().follow(false);
    }

    public RequestSpecification as(String username) {
        return asToken(tokenFor(username, DEMO_PASSWORD));
    }

    private final Map<String, String> tokens = new java.util.HashMap<>();

    /**
     * Like {@link #as}, but signs in once per Api instance and reuses the token: for tests that
     * poll (each sign-in costs a deliberately slow password hash). Not for tests that sign people out.
     */
    public RequestSpecification reusing(String username) {
        return asToken(tokens.computeIfAbsent(username, u -> tokenFor(u, DEMO_PASSWORD)));
    }

    public RequestSpecification asToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    public Response signIn(String username, String password) {
        return anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    public String tokenFor(String username, String password) {
        Response response = signIn(username, password);
        if (response.statusCode() != 200) {
            throw new AssertionError("Sign-in of " + username + " failed: " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath().getString("token");
    }

    /** Moves the application's clock forward (test mode only). */
    public void advanceClock(java.time.Duration duration) {
        anonymous().contentType(ContentType.JSON).body(Map.of("seconds", duration.toSeconds()))
                .post("/api/test/clock").then().statusCode(200);
    }

    /** Sign-in failures from this machine's address count for every test: let them leave the window. */
    public void forgetSignInFailures() {
        advanceClock(java.time.Duration.ofMinutes(16));
    }
}
