package org.commonplace.blog.control;

import org.commonplace.platform.problem.Invalid;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Addresses from titles, reading time, and the limits of a post's text. */
class BlogInputTest {

    @Test
    void a_title_becomes_a_readable_address() {
        assertThat(BlogInput.slug("Volunteers: what we learnt in Year 1!")).isEqualTo("volunteers-what-we-learnt-in-year-1");
        assertThat(BlogInput.slug("Café & Crème brûlée")).isEqualTo("cafe-creme-brulee");
        assertThat(BlogInput.slug("Łódź – Ελληνικά")).isEqualTo("łodz-ελληνικα"); // accents go, the letters of every script stay
        assertThat(BlogInput.slug("!!!")).isEqualTo("post");
        assertThat(BlogInput.slug("2026")).isEqualTo("post-2026"); // never a bare number
        assertThat(BlogInput.slug("New")).isEqualTo("new-post");  // never one of the blog's own pages
        assertThat(BlogInput.slug("Feed.atom")).isEqualTo("feed-atom");
    }

    @Test
    void a_long_title_is_cut_at_a_word() {
        String slug = BlogInput.slug("word ".repeat(60));
        assertThat(slug).hasSizeLessThanOrEqualTo(100).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void reading_time_counts_two_hundred_words_a_minute_and_at_least_one() {
        assertThat(BlogInput.readingMinutes("")).isEqualTo(1);
        assertThat(BlogInput.readingMinutes("word ".repeat(150))).isEqualTo(1);
        assertThat(BlogInput.readingMinutes("word ".repeat(450))).isEqualTo(2);
        assertThat(BlogInput.readingMinutes("word ".repeat(1000))).isEqualTo(5);
    }

    @Test
    void the_limits_are_named_field_by_field() {
        Invalid.Collector errors = new Invalid.Collector();
        BlogInput.check(errors, "t".repeat(201), "e".repeat(301), "b".repeat(50_001), List.of("x".repeat(41)));
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fieldErrors())
                .extracting(f -> f.field()).containsExactlyInAnyOrder("title", "excerpt", "body", "tags"));
        Invalid.Collector ok = new Invalid.Collector();
        BlogInput.Content content = BlogInput.check(ok, "  A title  ", null, "Body", List.of("Lessons Learned", ""));
        assertThat(ok.isEmpty()).isTrue();
        assertThat(content.title()).isEqualTo("A title");
        assertThat(content.excerpt()).isEmpty();
        assertThat(content.tags()).containsExactly("lessons-learned");
    }

    @Test
    void a_post_names_at_most_twenty_people_and_organisations() {
        BlogConsent.requireRoom(19);
        assertThatThrownBy(() -> BlogConsent.requireRoom(20)).isInstanceOf(Invalid.class).hasMessageContaining("at most 20");
    }

    @Test
    void addresses_are_encoded_for_links_outside_the_page() {
        assertThat(BlogInput.postPath("café")).isEqualTo("/blog/caf%C3%A9");
        assertThat(BlogInput.pathSegment("a b")).isEqualTo("a%20b");
    }
}
