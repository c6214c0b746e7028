package org.commonplace.blog.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.commonplace.blog.control.BlogViews;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org BlogPosting of a post page, as JSON-LD. Written by JSON-B, then every '<', '>'
 * and '&' escaped as \\u003c … so that no text of the post can close the script element it sits in.
 */
final class JsonLd {
    private static final Jsonb JSON = JsonbBuilder.create();

    private JsonLd() { }

    static String blogPosting(BlogViews.Summary post, String url, String authorUrl, String imageUrl, String description,
                              int wordCount, String siteUrl) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "BlogPosting");
        ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        ld.put("headline", post.title().length() > 110 ? post.title().substring(0, 109) + "…" : post.title());
        ld.put("description", description);
        ld.put("url", url);
        if (imageUrl != null) ld.put("image", List.of(imageUrl));
        ld.put("datePublished", iso(post.publishedAt()));
        ld.put("dateModified", iso(post.updatedAt()));
        ld.put("author", Map.of("@type", "Person", "name", post.author(), "url", authorUrl));
        ld.put("publisher", Map.of("@type", "Organization", "name", "Commonplace", "url", siteUrl));
        if (!post.tags().isEmpty()) ld.put("keywords", String.join(", ", post.tags()));
        ld.put("wordCount", wordCount);
        ld.put("timeRequired", "PT" + post.readingMinutes() + "M");
        ld.put("inLanguage", "en");
        return JSON.toJson(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
