package org.commonplace.blog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.commonplace.blog.control.BlogReading;
import org.commonplace.blog.control.BlogState;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.view.Themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conditional GET for the public blog (ADR 0018). A page's validator is computed from the data it
 * shows (the post's version, its comments' last change, the blog's change counter) and from the
 * templates and texts that render it, so a 304 is answered without reading or rendering anything
 * else; the same data gives the same ETag on every node. Weak ETags: equal validators promise the
 * same content, not the same bytes. Only anonymous readers get them: a member's page carries their
 * name and forms.
 */
@ApplicationScoped
public class PublicCaching {
    /** Browsers and shared caches may reuse a public page this long, then revalidate (cheaply, with the ETag). */
    static final int MAX_AGE_SECONDS = 60;
    private static final List<String> TEMPLATES = List.of("templates/layout.peb", "templates/blog-post.peb",
            "templates/blog-list.peb", "templates/partials/blog-summary.peb");

    /** A page's validators. */
    public record Validators(String etag, Instant lastModified) { }

    @Inject Themes themes;
    @Inject Settings settings;

    private volatile String packagedVersion;

    /** A published post's page. */
    Validators post(BlogReading.Fingerprint f) {
        return validators(f.lastModified(), "post", f.postId(), f.version(), f.commentsChangedAt(), f.epoch());
    }

    /** A list of posts (what: null for the blog, "tag:…", "author:…"); lists follow the blog's change counter. */
    Validators list(BlogState.Epoch epoch, String what, int page) {
        return validators(epoch.changedAt(), "list", what, page, epoch.epoch());
    }

    /** A feed ("atom" or "rss"; tag null for the blog's). */
    Validators feed(BlogState.Epoch epoch, String format, String tag) {
        return validators(epoch.changedAt(), "feed", format, tag, epoch.epoch());
    }

    /** Validators from the parts a page depends on (any values whose change changes the page). */
    private Validators validators(Instant lastModified, Object... parts) {
        StringBuilder key = new StringBuilder(renderingVersion());
        for (Object part : parts) key.append('|').append(part);
        return new Validators(sha256(key.toString()).substring(0, 32), lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    /** 304 if the request's If-None-Match (or, without one, If-Modified-Since) still holds. */
    Optional<Response> notModified(HttpHeaders headers, Validators v) {
        if (!fresh(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), v)) {
            return Optional.empty();
        }
        return Optional.of(decorate(Response.notModified(), v).build());
    }

    /** True if the client's copy is current: If-None-Match decides when sent, else If-Modified-Since. */
    static boolean fresh(String ifNoneMatch, String ifModifiedSince, Validators v) {
        if (ifNoneMatch != null) return matches(ifNoneMatch, v.etag());
        Instant since = httpDate(ifModifiedSince);
        return since != null && !v.lastModified().isAfter(since);
    }

    /** ETag, Last-Modified and Cache-Control on a public answer. */
    Response.ResponseBuilder decorate(Response.ResponseBuilder response, Validators v) {
        headers(v).forEach(response::header);
        return response;
    }

    /** The same headers, for answers written without JAX-RS (SharedBlogPagesFilter). */
    static Map<String, String> headers(Validators v) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.ETAG, "W/\"" + v.etag() + "\"");
        headers.put(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(v.lastModified().atOffset(ZoneOffset.UTC)));
        headers.put(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS);
        headers.put(HttpHeaders.VARY, "Cookie, Authorization");
        return headers;
    }

    /** Weak comparison (RFC 9110 13.1.2): W/"x" matches "x"; * matches anything. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*")) return true;
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.equals("\"" + etag + "\"")) return true;
        }
        return false;
    }

    static Instant httpDate(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return java.time.ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The templates and texts that render public blog pages: a new release that changes them
     * changes every ETag. With a themes directory on disk (templates edited live) it is read every
     * time; otherwise once.
     */
    private String renderingVersion() {
        if (settings.themesDir().isPresent()) return computeVersion();
        String v = packagedVersion;
        if (v == null) packagedVersion = v = computeVersion();
        return v;
    }

    private String computeVersion() {
        StringBuilder all = new StringBuilder();
        try {
            for (String template : TEMPLATES) {
                Optional<InputStream> in = themes.open(template);
                if (in.isPresent()) {
                    try (InputStream s = in.get()) {
                        all.append(new String(s.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            try (InputStream messages = PublicCaching.class.getClassLoader().getResourceAsStream("i18n/messages.properties")) {
                if (messages != null) all.append(new String(messages.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(all + "|" + settings.baseUrl()).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
