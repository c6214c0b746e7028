package org.commonplace.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonplace.platform.config.Settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Cross-site request forgery protection by the double-submit pattern: every visitor carries a
 * random token in an HttpOnly cookie, every form repeats it in a hidden field ({@code _csrf}) and
 * every script in the {@code X-CSRF-Token} header. A state-changing request from a browser whose
 * field does not match the cookie is refused. API calls with a bearer token carry no ambient
 * credentials and need no token.
 */
@WebFilter(filterName = "CsrfProtection", asyncSupported = true)
public class CsrfProtection extends HttpFilter {
    public static final String COOKIE = "cp_csrf";
    /** The browser session cookie (named here because platform must not depend on identity). */
    public static final String SESSION_COOKIE = "cp_session";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    public static final String ATTRIBUTE = "commonplace.csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String cookieToken = cookie(request, COOKIE);
        if (!SAFE.contains(request.getMethod()) && needsToken(request)) {
            String sent = request.getHeader(HEADER);
            if (sent == null) sent = request.getParameter(FIELD);
            if (cookieToken == null || sent == null || !MessageDigest.isEqual(
                    cookieToken.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
                refuse(request, response);
                return;
            }
        }
        if (cookieToken == null) {
            cookieToken = newToken();
            response.addHeader("Set-Cookie", CookieHeaders.of(COOKIE, cookieToken, -1, settings.secureCookies()));
        }
        request.setAttribute(ATTRIBUTE, cookieToken);
        chain.doFilter(request, response);
    }

    /**
     * A new token, rotated at sign-in and sign-out so that a token planted before sign-in is
     * worthless after it. Returns the Set-Cookie header value that carries it.
     */
    public static String rotate(HttpServletRequest request, boolean secure) {
        String token = newToken();
        request.setAttribute(ATTRIBUTE, token);
        return CookieHeaders.of(COOKIE, token, -1, secure);
    }

    /**
     * Pages always need the token (also the sign-in form, against login CSRF). The API needs it only
     * when the browser's session cookie would authenticate the call; a bearer token or no
     * credentials at all leave nothing to forge.
     */
    private static boolean needsToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        // the signed token in the address is the proof (RFC 8058 one-click unsubscribe from mail programs)
        if (request.getRequestURI().startsWith("/unsubscribe/")) return false;
        if (!request.getRequestURI().startsWith("/api/")) return true;
        return cookie(request, SESSION_COOKIE) != null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "This form has expired or was sent from another site. Reload the page and try again.";
        response.setStatus(403);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Not allowed\",\"status\":403,"
                    + "\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Form expired</title></head><body><main><h1>Form expired</h1><p>" + detail
                    + "</p></main></body></html>").getBytes(StandardCharsets.UTF_8));
        }
    }

    static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) return null;
        for (Cookie c : request.getCookies()) {
            if (name.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
        }
        return null;
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
