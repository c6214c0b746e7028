package org.commonplace.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client: keeps cookies, reads the CSRF token from forms and sends it back.
 * For page tests that need no JavaScript; the real browser tests use Chromium.
 */
public final class BrowserSession {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> cookies = new HashMap<>();

    public BrowserSession(Api api) {
        this.base = api.base();
    }

    public Map<String, String> cookies() { return cookies; }

    public Response get(String path) {
        return remember(request().get(path));
    }

    /** Posts a form as the page would, with the CSRF token of the page it was on. */
    public Response postForm(String fromPage, String action, Map<String, ?> fields) {
        String token = csrfOf(get(fromPage).asString());
        Map<String, Object> all = new HashMap<>(fields);
        all.put("_csrf", token);
        return remember(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(all).post(action));
    }

    public Response postFormWithoutToken(String action, Map<String, ?> fields) {
        return remember(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields).post(action));
    }

    public BrowserSession signIn(String username, String password) {
        Response response = postForm("/login", "/login", Map.of("username", username, "password", password, "next", "/"));
        if (response.statusCode() != 303) {
            throw new AssertionError("Browser sign-in of " + username + " failed: " + response.statusCode());
        }
        return this;
    }

    public RequestSpecification request() {
        return RestAssured.given().baseUri(base).redirects().follow(false).cookies(cookies);
    }

    public String csrfCookie() { return cookies.get("cp_csrf"); }

    public static String csrfOf(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        if (!m.find()) throw new AssertionError("No CSRF field on the page");
        return m.group(1);
    }

    private Response remember(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) cookies.remove(c.getName());
            else cookies.put(c.getName(), c.getValue());
        });
        return response;
    }
}
