package org.commonplace.blog;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Cover images (type from the content, size and pixel limits, the widths kept) and members'
 * comments on published posts with the forum's kind of moderation and pace limits.
 */
@ExtendWith(ArquillianExtension.class)
class BlogCommentsAndCoversIT {
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
    void a_cover_is_checked_from_its_content_and_kept_at_three_widths() throws Exception {
        long id = blog.draft("mentor2", BlogFixture.unique("With a cover "));
        String cover = "/api/v1/blog/posts/" + id + "/cover";
        api.reusing("mentor2").multiPart("cover", "photo.png", BlogImages.picture(2400, 1200, "png"), "image/png")
                .multiPart("alt", "A gradient from blue to gold").post(cover).then().statusCode(201)
                .body("srcset", containsString("480w")).body("srcset", containsString("960w")).body("srcset", containsString("1600w"))
                .body("largestWidth", equalTo(1600)).body("alt", equalTo("A gradient from blue to gold"));
        String largest = blog.detail("mentor2", id).getString("post.cover.largest");
        byte[] png = api.reusing("mentor2").get(largest).then().statusCode(200).contentType("image/png").extract().asByteArray();
        var decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(1600);
        assertThat(decoded.getHeight()).isEqualTo(800);

        // a small JPEG is never enlarged; the new cover replaces the old files
        api.reusing("mentor2").multiPart("cover", "small.jpg", BlogImages.picture(700, 400, "jpg"), "image/jpeg")
                .post(cover).then().statusCode(201).body("largestWidth", equalTo(700)).body("srcset", containsString("480w"))
                .body("srcset", not(containsString("960w")));
        api.reusing("mentor2").get(largest).then().statusCode(404);

        // refused, each with its reason: a picture in disguise, too many pixels, too many bytes, no file
        api.reusing("mentor2").multiPart("cover", "notes.png", "just text, not a picture".getBytes(), "image/png")
                .post(cover).then().statusCode(415).body("detail", containsString("JPEG or PNG"));
        api.reusing("mentor2").multiPart("cover", "anim.gif", BlogImages.picture(50, 50, "gif"), "image/gif")
                .post(cover).then().statusCode(415);
        api.reusing("mentor2").multiPart("cover", "bomb.png", BlogImages.pngClaiming(20_000, 20_000), "image/png")
                .post(cover).then().statusCode(422).body("detail", containsString("20000 × 20000"));
        byte[] tooBig = new byte[5 * 1024 * 1024 + 1];
        api.reusing("mentor2").multiPart("cover", "huge.png", tooBig, "image/png")
                .post(cover).then().statusCode(413).body("detail", containsString("5 MiB"));
        api.reusing("mentor2").multiPart("alt", "x".repeat(201)).multiPart("cover", "ok.png", BlogImages.picture(100, 100, "png"), "image/png")
                .post(cover).then().statusCode(422).body("errors[0].field", equalTo("alt"));
        api.reusing("mentor1").multiPart("cover", "ok.png", BlogImages.picture(100, 100, "png"), "image/png")
                .post(cover).then().statusCode(404);

        // published: the cover is public, on the page and in the social cards
        blog.submit("mentor2", id);
        blog.approve(id);
        blog.publish("mentor2", id);
        String small = blog.detail("mentor2", id).getString("post.cover.largest");
        api.anonymous().get(small).then().statusCode(200).contentType("image/jpeg").header("Cache-Control", containsString("public"));
        api.anonymous().get("/blog/" + blog.slug(id)).then().statusCode(200)
                .body(containsString("<meta property=\"og:image\" content=\"http"), containsString(small + "\">"),
                        containsString("summary_large_image"));
        api.reusing("mentor2").delete(cover).then().statusCode(409); // published: back to draft first
    }

    @Test
    void members_comment_on_published_posts_and_coordinators_moderate() {
        long id = blog.published("mentor1", BlogFixture.unique("Commented "));
        String comments = "/api/v1/blog/posts/" + id + "/comments";
        api.anonymous().contentType(ContentType.JSON).body(Map.of("body", "anonymous")).post(comments).then().statusCode(401);
        api.reusing("partner2").contentType(ContentType.JSON).body(Map.of("body", " ")).post(comments).then().statusCode(422);
        api.reusing("partner2").contentType(ContentType.JSON).body(Map.of("body", "c".repeat(5_001))).post(comments).then().statusCode(422)
                .body("detail", containsString("5,000"));
        long comment = api.reusing("partner2").contentType(ContentType.JSON)
                .body(Map.of("body", "Useful **thanks** <b onmouseover=alert(1)>bold?</b>")).post(comments).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        api.anonymous().get(comments).then().statusCode(200).body("items.find { it.id == " + comment + " }.bodyHtml",
                allOf(containsString("<strong>thanks</strong>"), containsString("&lt;b onmouseover"), not(containsString("<b "))));
        String priya = blog.name("partner2");
        assertThat(blog.notificationSubjects("mentor1")).anyMatch(s -> s.contains(priya + " commented"));

        // reported by a member, seen in the coordinators' queue
        api.reusing("partner2").contentType(ContentType.JSON).body(Map.of("reason", "mine")).post("/api/v1/blog/comments/" + comment + "/flags")
                .then().statusCode(403);
        long flag = api.reusing("partner3").contentType(ContentType.JSON).body(Map.of("reason", "Off topic"))
                .post("/api/v1/blog/comments/" + comment + "/flags").then().statusCode(201).extract().jsonPath().getLong("id");
        api.reusing("partner3").contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .post("/api/v1/blog/comments/" + comment + "/flags").then().statusCode(409);
        api.reusing("mentor1").get("/api/v1/blog/flags").then().statusCode(403);
        api.reusing("coordinator").get("/api/v1/blog/flags").then().statusCode(200)
                .body("items.find { it.flagId == " + flag + " }.reason", equalTo("Off topic"));

        // hidden with a reason, kept on the timeline; the open report is closed by it
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("action", "HIDE", "reason", "x"))
                .post("/api/v1/blog/comments/" + comment + "/moderation").then().statusCode(403);
        api.reusing("coordinator").contentType(ContentType.JSON).body(Map.of("action", "HIDE"))
                .post("/api/v1/blog/comments/" + comment + "/moderation").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        api.reusing("coordinator").contentType(ContentType.JSON).body(Map.of("action", "HIDE", "reason", "Off topic, as reported"))
                .post("/api/v1/blog/comments/" + comment + "/moderation").then().statusCode(204);
        assertThat(api.anonymous().get(comments).jsonPath().getList("items.id", Long.class)).doesNotContain(comment);
        api.anonymous().get("/blog/" + blog.slug(id)).then().body(not(containsString("Useful <strong>thanks</strong>")));
        api.reusing("coordinator").get(comments).then().body("items.find { it.id == " + comment + " }.hidden", equalTo(true));
        assertThat(blog.detail("mentor1", id).getList("events.kind", String.class)).contains("COMMENT_HIDDEN");
        api.reusing("coordinator").get("/api/v1/blog/flags").then().body("items.flagId", not(hasItem((int) flag)));
        api.reusing("coordinator").contentType(ContentType.JSON).body(Map.of("decision", "DISMISS", "reason", "done"))
                .post("/api/v1/blog/flags/" + flag + "/resolution").then().statusCode(409);

        // the author of a comment deletes it
        long own = api.reusing("partner3").contentType(ContentType.JSON).body(Map.of("body", "Second thoughts")).post(comments)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        api.reusing("partner2").delete("/api/v1/blog/comments/" + own).then().statusCode(403);
        api.reusing("partner3").delete("/api/v1/blog/comments/" + own).then().statusCode(204);
        assertThat(api.anonymous().get(comments).jsonPath().getList("items.id", Long.class)).doesNotContain(own);

        // comments open with publication
        long review = blog.draft("mentor1", BlogFixture.unique("Not open yet "));
        blog.submit("mentor1", review);
        api.reusing("coordinator").contentType(ContentType.JSON).body(Map.of("body", "too early"))
                .post("/api/v1/blog/posts/" + review + "/comments").then().statusCode(409);
    }

    @Test
    void a_new_account_comments_at_a_limited_pace_and_a_refused_comment_keeps_its_text() {
        long id = blog.published("mentor2", BlogFixture.unique("Paced "));
        String username = blog.newMember("cohort-b", "Fresh Start CIC").username();

        for (int i = 1; i <= 10; i++) {
            api.reusing(username).contentType(ContentType.JSON).body(Map.of("body", "Comment " + i))
                    .post("/api/v1/blog/posts/" + id + "/comments").then().statusCode(201);
        }
        api.reusing(username).contentType(ContentType.JSON).body(Map.of("body", "Comment 11"))
                .post("/api/v1/blog/posts/" + id + "/comments").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("detail", containsString("10 comments in 10 minutes"));
        BrowserSession newcomer = new BrowserSession(api).signIn(username, Api.DEMO_PASSWORD);
        String page = "/blog/" + blog.slug(id);
        newcomer.postForm(page, "/blog/posts/" + id + "/comments", Map.of("body", "Typed, not lost"))
                .then().statusCode(429).header("Retry-After", notNullValue()).body(containsString("Typed, not lost"));
        api.reusing("partner3").contentType(ContentType.JSON).body(Map.of("body", "Established members are not slowed"))
                .post("/api/v1/blog/posts/" + id + "/comments").then().statusCode(201);
        api.advanceClock(Duration.ofMinutes(11));
        api.reusing(username).contentType(ContentType.JSON).body(Map.of("body", "Comment 11, later"))
                .post("/api/v1/blog/posts/" + id + "/comments").then().statusCode(201);
    }
}
