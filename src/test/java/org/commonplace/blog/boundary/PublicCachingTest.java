package org.commonplace.blog.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** If-None-Match is compared weakly, as RFC 9110 asks for GET; If-Modified-Since takes HTTP dates. */
class PublicCachingTest {

    @Test
    void an_etag_matches_weakly_among_several_and_a_star_matches_all() {
        assertThat(PublicCaching.matches("W/\"abc\"", "abc")).isTrue();
        assertThat(PublicCaching.matches("\"abc\"", "abc")).isTrue();
        assertThat(PublicCaching.matches("\"x\", W/\"abc\"", "abc")).isTrue();
        assertThat(PublicCaching.matches("*", "abc")).isTrue();
        assertThat(PublicCaching.matches("W/\"abcd\"", "abc")).isFalse();
        assertThat(PublicCaching.matches("abc", "abc")).isFalse(); // unquoted is not an entity tag
    }

    @Test
    void http_dates_are_read_and_anything_else_ignored() {
        assertThat(PublicCaching.httpDate("Sun, 06 Nov 1994 08:49:37 GMT")).isEqualTo(Instant.parse("1994-11-06T08:49:37Z"));
        assertThat(PublicCaching.httpDate("yesterday")).isNull();
        assertThat(PublicCaching.httpDate(null)).isNull();
    }
}
