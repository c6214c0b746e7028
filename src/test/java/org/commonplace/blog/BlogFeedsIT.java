package org.commonplace.blog;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import io.restassured.response.Response;
import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * The feeds (Atom and RSS, the blog's and each tag's) and the sitemap, parsed as XML: every link is
 * absolute and answers 200, no post content carries script, and drafts are in neither. Absolute
 * links are made from commonplace.base-url, which the suite leaves at its default; they are
 * followed on the test server by keeping their path.
 */
@ExtendWith(ArquillianExtension.class)
class BlogFeedsIT {
    private static final Pattern LINK_IN_HTML = Pattern.compile("(?:href|src)=\"([^\"]+)\"");

    @ArquillianResource
    URL base;

    Api api;
    BlogFixture blog;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        blog = new BlogFixture(api);
    }

    @Test
    void the_atom_and_rss_feeds_are_valid_with_absolute_working_links_and_no_script() throws Exception {
        String tag = BlogFixture.unique("feedtag");
        String title = BlogFixture.unique("In the feed ");
        long id = blog.published("mentor1", BlogFixture.post(title,
                "See [the library](/library) and ![a chart](/static/css/site.css \"chart\").\n\n"
                        + "<script>alert('feed')</script> <img src=x onerror=alert(1)> [click](javascript:alert(2))",
                List.of(tag)));
        String draftTitle = BlogFixture.unique("Not in the feed ");
        blog.draft("mentor1", BlogFixture.post(draftTitle, "draft", List.of(tag)));

        for (String path : List.of("/blog/feed.atom", "/blog/feed.rss", "/blog/tags/" + tag + "/feed.atom", "/blog/tags/" + tag + "/feed.rss")) {
            Response answer = api.anonymous().get(path);
            answer.then().statusCode(200).contentType(path.endsWith("atom") ? containsString("application/atom+xml")
                    : containsString("application/rss+xml")).header("ETag", startsWith("W/\""));
            SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.asString()));
            assertThat(feed.getFeedType()).as(path).isEqualTo(path.endsWith("atom") ? "atom_1.0" : "rss_2.0");
            assertThat(feed.getTitle()).startsWith("Commonplace blog");
            List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
            assertThat(titles).as(path).contains(title).doesNotContain(draftTitle);
            if (path.contains("/tags/")) assertThat(titles).as(path).containsExactly(title);
            assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(20);

            Set<String> links = new LinkedHashSet<>();
            links.add(feed.getLink());
            for (SyndLink l : feed.getLinks()) links.add(l.getHref());
            for (SyndEntry e : feed.getEntries()) {
                links.add(e.getLink());
                assertThat(e.getAuthor()).as("author of " + e.getTitle()).isNotBlank();
                assertThat(e.getPublishedDate()).as("date of " + e.getTitle()).isNotNull();
                List<SyndContent> contents = new ArrayList<>(e.getContents());
                if (e.getDescription() != null) contents.add(e.getDescription());
                for (SyndContent c : contents) {
                    String html = c.getValue();
                    if (c.getType() == null || !c.getType().contains("html")) {
                        assertThat(c.getType()).as("plain text is declared as text: " + e.getTitle()).isEqualTo("text");
                        continue; // text is shown as text by every reader: "<script>" in it is two words and brackets
                    }
                    // markup typed into a post is text in the feed (&lt;script…): no element or attribute can run
                    assertThat(html).as("content of " + e.getTitle()).doesNotContainIgnoringCase("<script")
                            .doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=").doesNotContainPattern("(?i)(href|src)\\s*=\\s*\"\\s*javascript:");
                    Matcher m = LINK_IN_HTML.matcher(html);
                    while (m.find()) links.add(m.group(1).replace("&amp;", "&"));
                }
            }
            for (String link : links) assertResolves(path, link);
        }
        // the self links name the feeds themselves
        String atom = api.anonymous().get("/blog/feed.atom").asString();
        assertThat(atom).contains("rel=\"self\"").contains("/blog/feed.atom\"");
        assertThat(api.anonymous().get("/blog/feed.rss").asString()).contains("<atom:link").contains("/blog/feed.rss\"");
        api.anonymous().get("/blog/tags/" + BlogFixture.unique("nosuchtag") + "/feed.atom").then().statusCode(404);
        assertThat(id).isPositive();
    }

    @Test
    void the_feed_answers_a_conditional_request_until_the_blog_changes() {
        Response first = api.anonymous().get("/blog/feed.atom");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(first.header("Cache-Control")).contains("public").contains("max-age=");
        api.anonymous().header("If-None-Match", etag).get("/blog/feed.atom").then().statusCode(304).header("ETag", etag);
        api.anonymous().header("If-Modified-Since", lastModified).get("/blog/feed.atom").then().statusCode(304);
        blog.published("mentor2", BlogFixture.unique("Changes the feed "));
        api.anonymous().header("If-None-Match", etag).get("/blog/feed.atom").then().statusCode(200).header("ETag", not(etag));
    }

    @Test
    void the_sitemap_lists_every_public_post_and_resource_and_each_of_its_addresses_answers() throws Exception {
        String title = BlogFixture.unique("In the sitemap ");
        long published = blog.published("mentor2", title);
        long draft = blog.draft("mentor2", BlogFixture.unique("Draft not in the sitemap "));
        String draftSlug = blog.detail("mentor2", draft).getString("post.slug");

        Response answer = api.anonymous().get("/sitemap.xml");
        answer.then().statusCode(200).contentType(containsString("xml"));
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.asByteArray()));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) addresses.add(locs.item(i).getTextContent());

        List<String> paths = addresses.stream().map(a -> URI.create(a).getRawPath()).toList();
        assertThat(paths).contains("/", "/library", "/blog", "/blog/" + blog.slug(published)).doesNotContain("/blog/" + draftSlug);
        List<Long> publicPosts = api.anonymous().get("/api/v1/blog/posts?size=100").jsonPath().getList("items.id", Long.class);
        List<String> postSlugs = api.anonymous().get("/api/v1/blog/posts?size=100").jsonPath().getList("items.slug", String.class);
        assertThat(publicPosts).contains(published);
        for (String slug : postSlugs) assertThat(paths).contains("/blog/" + slug);
        for (Map<String, Object> r : api.anonymous().get("/api/v1/resources?size=100").jsonPath().<Map<String, Object>>getList("items")) {
            assertThat(paths).contains("/library/" + r.get("id"));
        }
        for (String address : addresses) assertResolves("/sitemap.xml", address);

        String robots = api.anonymous().get("/robots.txt").then().statusCode(200).extract().asString();
        assertThat(robots).contains("Sitemap: ").contains("/sitemap.xml").contains("Disallow: /blog/posts/")
                .contains("Disallow: /blog/new").doesNotContain("Disallow: /blog\n");
    }

    /** The link is absolute (http or https) and, followed on the test server, answers 200. */
    private void assertResolves(String where, String link) {
        URI uri = URI.create(link);
        assertThat(uri.isAbsolute()).as(where + ": " + link + " is absolute").isTrue();
        assertThat(uri.getScheme()).as(where + ": " + link).isIn("http", "https");
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        assertThat(api.anonymous().get(path).statusCode()).as(where + ": " + link).isEqualTo(200);
    }
}
