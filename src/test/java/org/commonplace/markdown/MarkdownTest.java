package org.commonplace.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown renders the GitHub way, and nothing in a post can become script. */
class MarkdownTest {
    final Markdown markdown = new Markdown();

    @Test
    void renders_the_github_extensions() {
        String html = markdown.toHtml("""
                | Partner | Volunteers |
                |---|---|
                | Northside | 12 |

                ~~old plan~~ new plan, see https://example.org/guide

                - [x] write the survey
                - [ ] send it
                """);
        assertThat(html).contains("<table>", "<th>Partner</th>", "<td>12</td>");
        assertThat(html).contains("<del>old plan</del>");
        assertThat(html).contains("<a href=\"https://example.org/guide\" rel=\"").contains("nofollow");
        assertThat(html).contains("type=\"checkbox\"", "checked");
    }

    @Test
    void ordinary_markdown_survives_the_sanitiser() {
        String html = markdown.toHtml("# Plan\n\nSome **bold** and `code`.\n\n> quoted\n\n```java\nint x;\n```\n\n3. third\n4. fourth");
        assertThat(html).contains("<h1>Plan</h1>", "<strong>bold</strong>", "<code>code</code>", "<blockquote>",
                "<code class=\"language-java\">", "<ol start=\"3\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)></svg>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div onclick=\"alert(1)\">block</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](https://example.org \"t\" onmouseover=alert(1))",
            "<style>body{display:none}</style>",
            "<details open ontoggle=alert(1)>",
    })
    void no_payload_becomes_live_markup(String payload) {
        String html = markdown.toHtml(payload);
        assertThat(html.toLowerCase())
                .doesNotContain("<script", "<svg", "<iframe", "<style", "<div", "<details")
                .doesNotContainPattern("(href|src)\\s*=\\s*\"?\\s*(javascript|vbscript|data):")
                .doesNotContainPattern("<[^>]+\\son[a-z]+\\s*=");
    }

    @Test
    void rendering_the_same_text_again_gives_the_same_safe_html() {
        String payload = "<img src=x onerror=alert(1)> **bold**";
        String first = markdown.toHtml(payload);
        assertThat(markdown.toHtml(payload)).isSameAs(first).contains("<strong>bold</strong>").doesNotContain("<img");
        assertThat(markdown.toHtml(payload + " ")).isNotSameAs(first);
    }

    @Test
    void raw_html_is_shown_as_text() {
        assertThat(markdown.toHtml("<b>bold?</b>")).contains("&lt;b&gt;bold?&lt;/b&gt;");
    }

    @Test
    void plain_text_and_excerpts_drop_the_markup() {
        assertThat(markdown.toText("**Hello** _world_")).isEqualTo("Hello world");
        assertThat(markdown.excerpt("one two three four five six", 12)).isEqualTo("one two…");
        assertThat(markdown.toHtml(null)).isEmpty();
    }
}
