package org.commonplace.blog;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * A post that is not published is 404 for everyone but its author, the reviewers and the people
 * asked for consent: another mentor, a partner who was not asked and an anonymous visitor get 404
 * on every page, API call, cover image and feed, and find it in no list, sitemap or search.
 */
@ExtendWith(ArquillianExtension.class)
class BlogAccessIT {
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
    void an_unpublished_post_is_404_on_every_route_for_everyone_else() {
        String word = BlogFixture.unique("secretword");
        String tag = BlogFixture.unique("secret-tag-");
        String title = BlogFixture.unique("Unpublished ") + " " + word;
        Map<String, Object> post = BlogFixture.post(title, "Confidential detail: " + word, List.of(tag));
        post.put("subjects", List.of(BlogFixture.person("partner2")));
        long id = blog.draft("mentor1", post);
        String cover = api.reusing("mentor1").multiPart("cover", "cover.png", BlogImages.picture(700, 350, "png"), "image/png")
                .post("/api/v1/blog/posts/" + id + "/cover").then().statusCode(201).extract().jsonPath().getString("src");
        Map<String, Object> change = new HashMap<>(post);
        change.remove("subjects");
        change.put("body", "Confidential detail, edited: " + word);
        change.put("version", blog.detail("mentor1", id).getLong("version"));
        api.reusing("mentor1").contentType(ContentType.JSON).body(change).put("/api/v1/blog/posts/" + id).then().statusCode(200);
        long revision = api.reusing("mentor1").get("/api/v1/blog/posts/" + id + "/revisions").jsonPath().getLong("revisions[0].id");
        blog.submit("mentor1", id);
        long subject = blog.subjects("mentor1", id).get(blog.name("partner2"));
        blog.decide("partner2", subject, "GIVE").then().statusCode(200);
        blog.approve(id);
        blog.publish("mentor1", id);
        String slug = blog.slug(id);
        long comment = api.reusing("partner1").contentType(ContentType.JSON).body(Map.of("body", "Thank you for this."))
                .post("/api/v1/blog/posts/" + id + "/comments").then().statusCode(201).extract().jsonPath().getLong("id");
        api.anonymous().get(cover).then().statusCode(200);
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("reason", "checking a detail"))
                .post("/api/v1/blog/posts/" + id + "/unpublish").then().statusCode(200);

        Map<String, Supplier<RequestSpecification>> others = Map.of(
                "anonymous", api::anonymous,
                "mentor2 (another mentor)", () -> api.reusing("mentor2"),
                "partner3 (a partner not asked)", () -> api.reusing("partner3"));
        for (var who : others.entrySet()) {
            String p = "/api/v1/blog/posts/" + id;
            for (String path : List.of(p, p + "/revisions", p + "/revisions/" + revision, p + "/comments", p + "/related",
                    "/blog/" + slug, "/blog/posts/" + id, "/blog/posts/" + id + "/edit", "/blog/posts/" + id + "/history",
                    "/blog/posts/" + id + "/history/" + revision, cover, "/blog/tags/" + tag, "/blog/tags/" + tag + "/feed.atom",
                    "/blog/tags/" + tag + "/feed.rss", "/api/v1/blog/consents/" + subject)) {
                // an anonymous API caller is asked to sign in (401) for what needs a person, which says nothing about the post
                int expected = who.getKey().equals("anonymous") && path.startsWith("/api/v1/blog/consents") ? 401 : 404;
                assertThat(who.getValue().get().get(path).statusCode()).as(who.getKey() + " GET " + path).isEqualTo(expected);
            }
            for (String path : List.of(p + "/submit", p + "/publish", p + "/return-to-draft", "/api/v1/blog/comments/" + comment + "/flags")) {
                int status = who.getValue().get().contentType(ContentType.JSON).body(Map.of("reason", "x")).post(path).statusCode();
                assertThat(status).as(who.getKey() + " POST " + path).isIn(who.getKey().equals("anonymous") ? List.of(401, 404) : List.of(404));
            }
            int edit = who.getValue().get().contentType(ContentType.JSON).body(change).put(p).statusCode();
            assertThat(edit).as(who.getKey() + " PUT").isIn(who.getKey().equals("anonymous") ? List.of(401, 404) : List.of(404));
            who.getValue().get().contentType(ContentType.JSON).body(Map.of("action", "APPROVE")).post(p + "/reviews").then().statusCode(404);
            who.getValue().get().contentType(ContentType.JSON).body(Map.of("body", "hi")).post(p + "/comments").then()
                    .statusCode(anyOf(is(401), is(404)));
            assertThat(who.getValue().get().get("/api/v1/blog/posts?size=100").jsonPath().getList("items.id", Long.class)).doesNotContain(id);
            assertThat(who.getValue().get().get("/api/v1/search?q=" + word).jsonPath().getInt("total")).as(who.getKey() + " search").isZero();
            assertThat(who.getValue().get().get("/api/v1/search/suggest?q=Unpublished").asString()).doesNotContain(word);
        }
        for (String page : List.of("/blog", "/blog/feed.atom", "/blog/feed.rss", "/sitemap.xml", "/blog/authors/"
                + blog.detail("mentor1", id).getLong("post.authorId"))) {
            assertThat(api.anonymous().get(page).asString()).as(page).doesNotContain(word).doesNotContain(slug);
        }
        // the other mentor's browser gets the same 404 pages
        BrowserSession mentor2 = new BrowserSession(api).signIn("mentor2", Api.DEMO_PASSWORD);
        mentor2.get("/blog/" + slug).then().statusCode(404);
        mentor2.get("/blog/posts/" + id).then().statusCode(404);

        // while those who may see it, still do
        api.reusing("mentor1").get("/blog/" + slug).then().statusCode(200).body(containsString("not public"));
        api.reusing("coordinator").get("/api/v1/blog/posts/" + id).then().statusCode(200);
        api.reusing("partner2").get("/api/v1/blog/posts/" + id).then().statusCode(200);
        api.reusing("partner2").get(cover).then().statusCode(200).header("Cache-Control", containsString("private"));
    }

    @Test
    void drafts_and_posts_in_review_are_404_for_everyone_else_too() {
        String title = BlogFixture.unique("Not yet ");
        long id = blog.draft("mentor2", title);
        String slug = blog.detail("mentor2", id).getString("post.slug");
        for (Supplier<RequestSpecification> who : List.<Supplier<RequestSpecification>>of(api::anonymous, () -> api.reusing("mentor1"),
                () -> api.reusing("partner3"), () -> api.reusing("coordinator"))) {
            who.get().get("/blog/" + slug).then().statusCode(404);
            who.get().get("/api/v1/blog/posts/" + id).then().statusCode(404);
        }
        blog.submit("mentor2", id);
        for (Supplier<RequestSpecification> who : List.<Supplier<RequestSpecification>>of(api::anonymous, () -> api.reusing("mentor1"),
                () -> api.reusing("partner3"))) {
            who.get().get("/blog/" + slug).then().statusCode(404);
            who.get().get("/api/v1/blog/posts/" + id).then().statusCode(404);
        }
        api.reusing("coordinator").get("/blog/" + slug).then().statusCode(200).header("Cache-Control", containsString("no-store"));
    }
}
