package org.commonplace.blog.control;

import org.commonplace.forum.control.ForumInput;
import org.commonplace.platform.problem.Invalid;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The limits of blog input, checked in one place and explained field by field. */
public final class BlogInput {
    public static final int TITLE_MAX = 200;
    public static final int EXCERPT_MAX = 300;
    /** The same as a forum post: the editor's live preview renders up to this much. */
    public static final int BODY_MAX = ForumInput.BODY_MAX;
    public static final int COMMENT_MAX = 5_000;
    public static final int NOTE_MAX = 2_000;
    public static final int REASON_MAX = 500;
    public static final int CONSENT_NOTE_MAX = 1_000;
    public static final int ALT_MAX = 200;
    public static final int SOURCE_MAX = 300;
    static final int SLUG_MAX = 100;
    /** Paths below /blog/ that are pages of their own, never a post's address. */
    static final Set<String> RESERVED_SLUGS = Set.of("new", "posts", "drafts", "mine", "tags", "authors", "feed",
            "feed.atom", "feed.rss", "covers", "consent", "comments", "review", "admin");

    /** A post's text, checked and cleaned. */
    public record Content(String title, String excerpt, String body, Set<String> tags) { }

    private BlogInput() { }

    public static Content check(Invalid.Collector errors, String title, String excerpt, String body, List<String> tags) {
        String t = title == null ? "" : title.strip();
        String e = excerpt == null ? "" : excerpt.strip();
        errors.check(!t.isEmpty(), "title", "Give the post a title.")
                .check(t.length() <= TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters (it has " + t.length() + ").")
                .check(e.length() <= EXCERPT_MAX, "excerpt", "Keep the excerpt under " + EXCERPT_MAX + " characters (it has " + e.length() + ").")
                .check(body != null && !body.isBlank(), "body", "Write the post.")
                .check(body == null || body.length() <= BODY_MAX, "body", "Keep the post under "
                        + String.format(Locale.ROOT, "%,d", BODY_MAX) + " characters (it has "
                        + String.format(Locale.ROOT, "%,d", body == null ? 0 : body.length()) + ").");
        Set<String> cleanTags = ForumInput.tags(errors, tags);
        return new Content(t, e, body == null ? "" : body, cleanTags);
    }

    /** Text that must be there and have at most {@code max} characters; answers it stripped. */
    public static String required(String text, int max, String field, String what) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw Invalid.field(field, "Write " + what + ".");
        return limited(t, max, field);
    }

    /** Optional text of at most {@code max} characters; answers null when blank. */
    public static String optional(String text, int max, String field) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? null : limited(t, max, field);
    }

    private static String limited(String t, int max, String field) {
        if (t.length() > max) {
            throw Invalid.field(field, "Keep it under " + String.format(Locale.ROOT, "%,d", max) + " characters (it has "
                    + String.format(Locale.ROOT, "%,d", t.length()) + ").");
        }
        return t;
    }

    /**
     * A readable address from a title: "Volunteers: what we learnt in Year 1!" becomes
     * "volunteers-what-we-learnt-in-year-1". Accents are dropped (é → e), other scripts kept.
     */
    public static String slug(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > SLUG_MAX) {
            slug = slug.substring(0, SLUG_MAX);
            int cut = slug.lastIndexOf('-');
            if (cut > SLUG_MAX / 2) slug = slug.substring(0, cut);
            slug = slug.replaceAll("-+$", "");
        }
        if (slug.isEmpty() || slug.matches("\\d+")) slug = "post" + (slug.isEmpty() ? "" : "-" + slug);
        if (RESERVED_SLUGS.contains(slug)) slug = slug + "-post";
        return slug;
    }

    /** A slug or tag as one segment of an address ("café" → "caf%C3%A9"), for absolute links, feeds and the sitemap. */
    public static String pathSegment(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The public address of a post. */
    public static String postPath(String slug) {
        return "/blog/" + pathSegment(slug);
    }

    /** Minutes to read, at 200 words a minute; at least one. */
    public static int readingMinutes(String plainText) {
        String t = plainText == null ? "" : plainText.strip();
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        return Math.max(1, (int) Math.round(words / 200.0));
    }
}
