package org.commonplace.markdown;

import jakarta.enterprise.context.ApplicationScoped;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The only place where Markdown becomes HTML, so the escaping policy cannot drift between
 * features. Two layers: CommonMark (with the GitHub extensions) escapes raw HTML and drops unsafe
 * link schemes; the OWASP sanitizer then lets through only an allow-list of elements and
 * attributes. Rendered HTML is never stored: it is made from the stored source at output time.
 */
@ApplicationScoped
public class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
            TaskListItemsExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)       // <script> in a post is shown as text
            .sanitizeUrls(true)     // javascript:, vbscript:, file: never become live links (data: is left to the policy)
            .softbreak("<br>")
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private static final Pattern SAFE_URL = Pattern.compile("^(https?://|mailto:|/|#)[^\\s]*$", Pattern.CASE_INSENSITIVE);

    /** The second layer: an allow-list of the markup CommonMark produces, and nothing else. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "del", "s", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr",
                    "th", "td", "input")
            .allowAttributes("href").matching(SAFE_URL).onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src").matching(SAFE_URL).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}")).onElements("code")
            .allowAttributes("type").matching(Pattern.compile("checkbox")).onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    /**
     * Rendered HTML by source text. Keyed by the text itself, an entry can never be stale, so each
     * node may keep its own cache (no shared state): a thread page of 200 posts then renders only
     * what changed since it was last shown.
     */
    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String source, String html) -> source.length() + html.length())
            .build();

    /** Safe HTML for a Markdown source; empty for null. */
    public String toHtml(String source) {
        if (source == null || source.isEmpty()) return "";
        return rendered.get(source, Markdown::render);
    }

    private static String render(String source) {
        Node document = PARSER.parse(source);
        return POLICY.sanitize(RENDERER.render(document));
    }

    /** Plain text of a Markdown source, for excerpts, e-mail and the search index. */
    public String toText(String source) {
        if (source == null || source.isEmpty()) return "";
        return TEXT.render(PARSER.parse(source)).strip();
    }

    /** The first words of the plain text, cut at a word boundary. */
    public String excerpt(String source, int maxChars) {
        String text = toText(source).replaceAll("\\s+", " ");
        if (text.length() <= maxChars) return text;
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars) + "…";
    }
}
