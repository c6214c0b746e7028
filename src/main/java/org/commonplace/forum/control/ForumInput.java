package org.commonplace.forum.control;

import org.commonplace.forum.entity.PainPointStatus;
import org.commonplace.forum.entity.ThreadKind;
import org.commonplace.platform.problem.Invalid;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The limits of forum input, checked in one place and explained field by field. */
public final class ForumInput {
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 50_000;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 40;

    private ForumInput() { }

    public static Invalid.Collector checkTitle(Invalid.Collector errors, String title) {
        return errors
                .check(title != null && !title.isBlank(), "title", "Give the thread a title.")
                .check(title == null || title.strip().length() <= TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.");
    }

    public static Invalid.Collector checkBody(Invalid.Collector errors, String body) {
        return errors
                .check(body != null && !body.isBlank(), "body", "Write something.")
                .check(body == null || body.length() <= BODY_MAX, "body", "Keep it under 50,000 characters (this is "
                        + (body == null ? 0 : String.format(Locale.ROOT, "%,d", body.length())) + ").");
    }

    public static Optional<ThreadKind> kind(String text) {
        if (text == null || text.isBlank()) return Optional.of(ThreadKind.DISCUSSION);
        return Arrays.stream(ThreadKind.values()).filter(k -> k.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    public static Optional<PainPointStatus> status(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(PainPointStatus.values()).filter(s -> s.name().equals(key)).findFirst();
    }

    /** Tags are short lowercase words: "Volunteer Rota" becomes "volunteer-rota". */
    public static Set<String> tags(Invalid.Collector errors, List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (raw == null) return tags;
        for (String tag : raw) {
            if (tag == null || tag.isBlank()) continue;
            String clean = normalTag(tag);
            if (clean.isEmpty()) continue;
            if (clean.length() > TAG_MAX) errors.add("tags", "Keep each tag under " + TAG_MAX + " characters.");
            else tags.add(clean);
        }
        if (tags.size() > TAGS_MAX) errors.add("tags", "Use at most " + TAGS_MAX + " tags.");
        return tags;
    }

    /** "Volunteer Rota" and "volunteer-rota" are the same tag. */
    public static String normalTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }

    /** "a, b; c" from a form field into a list. */
    public static List<String> splitTags(String text) {
        if (text == null || text.isBlank()) return List.of();
        return List.of(text.split("[,;]"));
    }
}
