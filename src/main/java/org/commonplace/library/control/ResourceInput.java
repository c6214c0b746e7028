package org.commonplace.library.control;

import org.commonplace.forum.control.ForumInput;
import org.commonplace.library.entity.LibraryResource.Type;
import org.commonplace.platform.problem.Invalid;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for what a resource says (title, summary, body, address, type, language, tags), in one
 * place so that adding and editing refuse the same input with the same messages.
 */
final class ResourceInput {
    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 1_000;
    static final int BODY_MAX = 100_000;
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}$");

    /** The checked and normalised content of a resource. */
    record Content(String title, String summary, String body, String url, Type type, String language, Set<String> tags) { }

    private ResourceInput() { }

    /** Adds a message per bad field to {@code errors}; the answer is only meaningful when none was added. */
    static Content check(Invalid.Collector errors, String title, String summary, String body, String url, String type,
                         String language, List<String> tags) {
        errors.check(title != null && !title.isBlank(), "title", "Give the resource a title.")
                .check(title == null || title.strip().length() <= TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.")
                .check(summary != null && !summary.isBlank(), "summary", "Write a short summary: it is what people see in lists.")
                .check(summary == null || summary.length() <= SUMMARY_MAX, "summary", "Keep the summary under 1,000 characters.")
                .check(body == null || body.length() <= BODY_MAX, "body", "Keep the text under 100,000 characters.")
                .check(url == null || url.isBlank() || webAddress(url), "url", "Give a web address starting with https:// or http://.");
        Type chosen = type == null || type.isBlank() ? Type.GUIDE : typeNamed(type);
        errors.check(chosen != null, "type", "Choose guide, template, toolkit, case study, link or recording.");
        String lang = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        errors.check(LANGUAGE.matcher(lang).matches(), "language", "Give the language as a two-letter code, e.g. en, fr, es, pt, hu.");
        Set<String> normalTags = ForumInput.tags(errors, tags);
        return new Content(title == null ? null : title.strip(), summary == null ? null : summary.strip(),
                body == null ? "" : body, url == null || url.isBlank() ? null : url.strip(), chosen, lang, normalTags);
    }

    /** The type with this name in any case, or null. */
    static Type typeNamed(String text) {
        return Arrays.stream(Type.values()).filter(t -> t.name().equalsIgnoreCase(text.strip())).findFirst().orElse(null);
    }

    /** A language filter: two letters, any case; anything else is refused like a bad type. */
    static String languageFilter(String text) {
        String lang = text.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(lang).matches()) {
            throw Invalid.field("language", "Give the language as a two-letter code, e.g. en, fr, es, pt, hu.");
        }
        return lang;
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = URI.create(url.strip());
            return url.length() <= 1000 && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
