package org.commonplace.blog.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonplace.blog.control.BlogReading;
import org.commonplace.platform.web.CsrfProtection;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Answers an anonymous reader's request for a post page, the blog's first page or its feeds from
 * what was rendered for the same validators before, without going through JAX-RS: 304 when the
 * reader's copy is current, the kept bytes when this node has them. Anything else (a member, a query
 * string, a page not kept yet, an old address, another path) goes on to the JAX-RS resources, which
 * make the same validators (PublicCaching) and keep what they render (SharedPages). Not in web.xml,
 * so it runs after the filters listed there: the request log, security headers, body limit and CSRF
 * cookie apply as to every request (ADR 0018).
 */
@WebFilter(filterName = "SharedBlogPages", urlPatterns = {"/blog", "/blog/*"}, asyncSupported = true)
public class SharedBlogPagesFilter extends HttpFilter {
    @Inject BlogReading reading;
    @Inject PublicCaching caching;
    @Inject SharedPages shared;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PublicCaching.Validators> validators = anonymousReading(request) ? validatorsFor(request.getRequestURI()) : Optional.empty();
        if (validators.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PublicCaching.Validators v = validators.get();
        if (PublicCaching.fresh(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), v)) {
            PublicCaching.headers(v).forEach(response::setHeader);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<SharedPages.Page> page = shared.get(v);
        if (page.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PublicCaching.headers(v).forEach(response::setHeader);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.get().contentType());
        response.setContentLength(page.get().body().length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(page.get().body());
    }

    /** What JAX-RS would answer for the same path with the same validators; empty where it would not use any. */
    private Optional<PublicCaching.Validators> validatorsFor(String path) {
        switch (path) {
            case "/blog" -> { return Optional.of(caching.list(reading.epoch(), null, 1)); }
            case "/blog/feed.atom" -> { return Optional.of(caching.feed(reading.epoch(), "atom", null)); }
            case "/blog/feed.rss" -> { return Optional.of(caching.feed(reading.epoch(), "rss", null)); }
            default -> {
                if (!path.startsWith("/blog/")) return Optional.empty();
                String rest = path.substring("/blog/".length());
                if (rest.isEmpty() || rest.contains("/")) return Optional.empty(); // tags, authors, covers: JAX-RS
                String slug = URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
                return reading.fingerprint(slug).map(caching::post);
            }
        }
    }

    /** A GET or HEAD without credentials and without a query string (a page number, a filter: JAX-RS decides). */
    private static boolean anonymousReading(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) return false;
        if (request.getQueryString() != null || request.getHeader("Authorization") != null) return false;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) if (CsrfProtection.SESSION_COOKIE.equals(c.getName())) return false;
        }
        return true;
    }
}
