package org.commonplace.blog;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * The public blog's pages: made to be found and shared (canonical address, description, Open
 * Graph and Twitter cards, JSON-LD), cheap to revalidate (ETag, Last-Modified, 304), paged, by tag
 * and by author, with neighbours; and the writing pages around them.
 */
@ExtendWith(ArquillianExtension.class)
class BlogPagesIT {
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
    void a_post_page_carries_what_search_engines_and_social_sites_read() {
        String title = BlogFixture.unique("Findable & shareable ");
        var post = BlogFixture.post(title, "word ".repeat(450) + "</script><script>alert(1)</script>", List.of("seo"));
        post.put("excerpt", "An excerpt with \"quotes\" & <angle brackets>.");
        long id = blog.published("mentor1", post);
        String slug = blog.slug(id);
        String html = api.anonymous().get("/blog/" + slug).then().statusCode(200).extract().asString();

        assertThat(html).contains("<link rel=\"canonical\" href=\"http").contains("/blog/" + slug + "\">")
                .contains("<meta name=\"description\" content=\"An excerpt with &quot;quotes&quot; &amp; &lt;angle brackets&gt;.\">")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta property=\"og:title\" content=\"" + title.replace("&", "&amp;") + "\">")
                .contains("<meta property=\"og:url\" content=\"http")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .contains("type=\"application/atom+xml\"")
                .contains("2 minutes read");
        Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(ld.find()).isTrue();
        assertThat(ld.group(1)).doesNotContain("<").doesNotContain(">");
        JsonPath json = new JsonPath(ld.group(1));
        assertThat(json.getString("'@type'")).isEqualTo("BlogPosting");
        assertThat(json.getString("headline")).isEqualTo(title);
        assertThat(json.getString("author.name")).isEqualTo(blog.name("mentor1"));
        assertThat(json.getString("datePublished")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(json.getString("description")).isEqualTo("An excerpt with \"quotes\" & <angle brackets>.");
        assertThat(json.getInt("wordCount")).isGreaterThanOrEqualTo(450);
        // typed markup in the body is text, never a script element
        assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        // a post that is not public tells robots to stay away
        long draft = blog.draft("mentor1", BlogFixture.unique("Robots stay out "));
        api.reusing("mentor1").get("/blog/" + blog.detail("mentor1", draft).getString("post.slug")).then().statusCode(200)
                .body(containsString("<meta name=\"robots\" content=\"noindex, nofollow\">"), not(containsString("rel=\"canonical\"")));
    }

    @Test
    void public_pages_answer_conditional_requests_and_say_how_long_to_keep_them() {
        long id = blog.published("mentor2", BlogFixture.unique("Cached "));
        String page = "/blog/" + blog.slug(id);
        Response first = api.anonymous().get(page);
        first.then().statusCode(200).header("Cache-Control", "public, max-age=60").header("Vary", containsString("Cookie"))
                .body(containsString("<meta name=\"csrf-token\" content=\"\">"));
        String etag = first.header("ETag");
        assertThat(etag).startsWith("W/\"");
        // the same page for every anonymous reader: the next one gets the kept bytes, with every header a page has
        Response again = api.anonymous().get(page);
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(again.header("X-Request-Id")).isNotBlank();
        assertThat(again.contentType()).isEqualTo("text/html;charset=UTF-8");
        api.anonymous().head(page).then().statusCode(200).header("ETag", etag);
        api.anonymous().header("If-None-Match", etag).get(page).then().statusCode(304).header("ETag", etag).body(emptyString());
        api.anonymous().header("If-None-Match", "\"something-else\", " + etag).get(page).then().statusCode(304);
        api.anonymous().header("If-Modified-Since", first.header("Last-Modified")).get(page).then().statusCode(304);
        api.anonymous().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get(page).then().statusCode(200);

        // a comment changes the page, and so its validator
        api.reusing("partner3").contentType(ContentType.JSON).body(Map.of("body", "A comment that changes the page"))
                .post("/api/v1/blog/posts/" + id + "/comments").then().statusCode(201);
        api.anonymous().header("If-None-Match", etag).get(page).then().statusCode(200).header("ETag", not(etag))
                .body(containsString("A comment that changes the page"));
        // members get their own page, not kept
        api.reusing("partner3").header("If-None-Match", etag).get(page).then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("ETag", nullValue());

        // lists follow the blog's change counter
        Response list = api.anonymous().get("/blog");
        list.then().header("Cache-Control", "public, max-age=60");
        api.anonymous().header("If-None-Match", list.header("ETag")).get("/blog").then().statusCode(304);
        blog.published("mentor2", BlogFixture.unique("Changes the list "));
        api.anonymous().header("If-None-Match", list.header("ETag")).get("/blog").then().statusCode(200);
    }

    @Test
    void lists_are_paged_by_tag_and_by_author_with_neighbours_on_each_post() {
        String tag = BlogFixture.unique("paged");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) ids.add(blog.published("mentor1", BlogFixture.post("Paged " + tag + " " + i, "Post " + i, List.of(tag))));
        String first = api.anonymous().get("/blog/tags/" + tag).then().statusCode(200).extract().asString();
        assertThat(count(first, "class=\"card blog-summary\"")).isEqualTo(10);
        assertThat(first).contains("Paged " + tag + " 11").doesNotContain("Paged " + tag + " 1<")
                .contains("href=\"/blog/tags/" + tag + "?page=2\" rel=\"next\"").contains("Page 1 of 2");
        String second = api.anonymous().get("/blog/tags/" + tag + "?page=2").then().statusCode(200).extract().asString();
        assertThat(count(second, "class=\"card blog-summary\"")).isEqualTo(1);
        assertThat(second).contains("Paged " + tag + " 1<").contains("rel=\"prev\"");
        api.anonymous().get("/blog/tags/" + tag + "?page=3").then().statusCode(404);
        api.anonymous().get("/blog?page=0").then().statusCode(404);
        api.anonymous().get("/blog?page=x").then().statusCode(404);
        api.anonymous().get("/blog/tags/" + tag.toUpperCase()).then().statusCode(301).header("Location", endsWith("/blog/tags/" + tag));
        api.anonymous().get("/blog/tags/" + BlogFixture.unique("empty")).then().statusCode(404);
        api.anonymous().get("/api/v1/blog/posts?tag=" + tag + "&size=5").then().statusCode(200)
                .body("total", equalTo(11)).body("items", hasSize(5));

        long authorId = blog.detail("mentor1", ids.get(0)).getLong("post.authorId");
        api.anonymous().get("/blog/authors/" + authorId).then().statusCode(200).body(containsString("Posts by " + blog.name("mentor1")));
        long partner = api.reusing("partner1").get("/api/v1/me").jsonPath().getLong("id");
        api.anonymous().get("/blog/authors/" + partner).then().statusCode(404); // no published posts: not listed

        // the middle post links to the posts published before and after it
        String middle = api.anonymous().get("/blog/" + blog.slug(ids.get(5))).asString();
        assertThat(middle).contains("href=\"/blog/" + blog.slug(ids.get(4)) + "\" rel=\"prev\"")
                .contains("href=\"/blog/" + blog.slug(ids.get(6)) + "\" rel=\"next\"");
    }

    @Test
    void mentors_write_in_the_browser_and_a_refused_form_keeps_what_was_typed() {
        BrowserSession mentor = new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD);
        mentor.get("/blog/new").then().statusCode(200).body(containsString("data-preview"), containsString("Only you see this draft"));
        mentor.postForm("/blog/new", "/blog/new", Map.of("title", "", "body", "Kept **text**", "tags", "a, b"))
                .then().statusCode(422).body(containsString("Kept **text**"), containsString("Give the post a title."));
        String title = BlogFixture.unique("From the form ");
        Response created = mentor.postForm("/blog/new", "/blog/new", Map.of("title", title, "excerpt", "Short.", "body", "Body", "tags", "One, Two"));
        created.then().statusCode(303).header("Location", containsString("/blog/posts/"));
        String manage = created.header("Location").replaceFirst("^https?://[^/]+", "");
        mentor.get(manage).then().statusCode(200).body(containsString(title), containsString("Submit for review"));
        new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD).get("/blog/new").then().statusCode(403);
        api.anonymous().get("/blog/new").then().statusCode(303).header("Location", containsString("/login"));
        mentor.get("/blog/mine").then().statusCode(200).body(containsString(title));
    }

    @Test
    void a_solved_pain_point_becomes_a_blog_draft_of_the_mentor_only() {
        long cohortA = api.reusing("coordinator").get("/api/v1/cohorts").jsonPath().getLong("items.find { it.name == 'Cohort A' }.id");
        long board = api.reusing("partner1").get("/api/v1/cohorts/" + cohortA + "/boards").jsonPath()
                .getLong("items.find { it.name == 'Pain points' }.id");
        String threadTitle = BlogFixture.unique("Donors forget us ");
        long thread = api.reusing("partner1").contentType(ContentType.JSON)
                .body(Map.of("title", threadTitle, "body", "Donations drop after the first gift.", "kind", "PAIN_POINT", "tags", List.of("fundraising")))
                .post("/api/v1/boards/" + board + "/threads").then().statusCode(201).extract().jsonPath().getLong("id");
        long answer = api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("body", "Thank every donor within a week."))
                .post("/api/v1/threads/" + thread + "/posts").then().statusCode(201).extract().jsonPath().getLong("postId");
        api.reusing("partner1").contentType(ContentType.JSON).body(Map.of("postId", answer)).put("/api/v1/threads/" + thread + "/answer")
                .then().statusCode(204);
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/blog/posts/from-pain-point").then().statusCode(409).body("detail", containsString("solved"));
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("status", "SOLVED")).put("/api/v1/threads/" + thread + "/status")
                .then().statusCode(204);
        api.reusing("partner1").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/blog/posts/from-pain-point").then().statusCode(403);
        api.reusing("mentor2").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/blog/posts/from-pain-point").then().statusCode(404);
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of()).post("/api/v1/blog/posts/from-pain-point").then().statusCode(422);

        long id = api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("threadId", thread))
                .post("/api/v1/blog/posts/from-pain-point").then().statusCode(201).extract().jsonPath().getLong("id");
        api.reusing("mentor1").get("/api/v1/blog/posts/" + id).then().statusCode(200)
                .body("post.status", equalTo("DRAFT")).body("post.tags", contains("fundraising"))
                .body("sourceThreadId", equalTo((int) thread)).body("sourceDescription", containsString(threadTitle))
                .body("body", containsString("Donations drop after the first gift."))
                .body("body", containsString("Thank every donor within a week."))
                .body("body", containsString("name the organisations and people"));
        // copied text stays private until the author submits it: not even the cohort's other members or the reviewers see it
        api.reusing("partner1").get("/api/v1/blog/posts/" + id).then().statusCode(404);
        api.reusing("coordinator").get("/api/v1/blog/posts/" + id).then().statusCode(404);

        BrowserSession mentor = new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD);
        mentor.get("/threads/" + thread).then().body(containsString("Write it up for the blog"));
        mentor.postForm("/threads/" + thread, "/threads/" + thread + "/blog-draft", Map.of()).then().statusCode(303)
                .header("Location", containsString("/blog/posts/"));
    }

    @Test
    void coordinators_let_the_partners_of_a_programme_write_posts() {
        long programme = api.reusing("coordinator").get("/api/v1/programmes").jsonPath().getLong("find { it.slug == 'digital-capacity-2026' }.id");
        BrowserSession coordinator = new BrowserSession(api).signIn("coordinator", Api.DEMO_PASSWORD);
        coordinator.get("/admin/blog").then().statusCode(200).body(containsString("Partner members may write posts"));
        try {
            coordinator.postForm("/admin/blog", "/admin/blog/programmes/" + programme, Map.of("partnersMayWrite", "true")).then().statusCode(303);
            long id = blog.draft("partner1", BlogFixture.unique("A partner's lesson "));
            blog.submit("partner1", id);
            api.reusing("coordinator").get("/api/v1/blog/posts/" + id).then().statusCode(200).body("post.author", equalTo(blog.name("partner1")));
        } finally {
            coordinator.postForm("/admin/blog", "/admin/blog/programmes/" + programme, Map.of()).then().statusCode(303);
        }
        api.reusing("partner1").contentType(ContentType.JSON).body(BlogFixture.post("Not any more", "x", List.of()))
                .post("/api/v1/blog/posts").then().statusCode(403);
        new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD).get("/admin/blog").then().statusCode(403);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }
}
