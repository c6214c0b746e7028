package org.commonplace.blog;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.commonplace.support.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Nothing about a person or organisation is published without their consent: they are asked in
 * the application and by e-mail when the post is submitted, their answer is recorded with who and
 * when, it covers the text as it was, and withdrawing it takes the post off the blog at once.
 */
@ExtendWith(ArquillianExtension.class)
class BlogConsentIT {
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
    void the_people_named_are_asked_by_mail_and_the_post_is_public_only_while_everyone_agrees() throws Exception {
        BlogFixture.Member sam = blog.newMember("cohort-a", "Consent Test CIC");
        String word = BlogFixture.unique("consentword");
        String title = BlogFixture.unique("Consent story ");
        Map<String, Object> post = BlogFixture.post(title, "What Sam and the Open Data Collective taught us: " + word, List.of("consent"));
        post.put("subjects", List.of(BlogFixture.person(sam.username()), BlogFixture.organisation("Open Data Collective")));
        long id = blog.draft("mentor1", post);
        Map<String, Long> subjects = blog.subjects("mentor1", id);
        long pat = subjects.get(sam.displayName());
        long collective = subjects.get("Open Data Collective");

        // not asked before the author submits: the draft is the author's alone
        api.reusing(sam.username()).get("/api/v1/blog/posts/" + id).then().statusCode(404);
        api.reusing(sam.username()).get("/api/v1/blog/consents/" + pat).then().statusCode(404);
        blog.submit("mentor1", id);

        // asked by e-mail, with a link to the consent page, which needs a sign-in
        MimeMessage mail = TestMail.awaitMail(sam.email(), title);
        assertThat(mail.getSubject()).contains("asks for your consent");
        String link = TestMail.linkIn(mail, "/blog/consent/");
        assertThat(link).isEqualTo("/blog/consent/" + pat);
        api.anonymous().get(link).then().statusCode(303).header("Location", containsString("/login"));
        BrowserSession patBrowser = new BrowserSession(api).signIn(sam.username(), Api.DEMO_PASSWORD);
        patBrowser.get(link).then().statusCode(200).body(containsString(title), containsString("I agree"));
        // and in the application: the post is theirs to read now, nobody else's
        api.reusing(sam.username()).get("/api/v1/blog/posts/" + id).then().statusCode(200).body("subjects.name", hasItems(sam.displayName()));
        assertThat(api.reusing(sam.username()).get("/api/v1/blog/consents").jsonPath().getList("items.subjectId", Long.class)).contains(pat);
        api.reusing("partner3").get("/api/v1/blog/posts/" + id).then().statusCode(404);
        api.reusing("mentor2").get("/api/v1/blog/posts/" + id).then().statusCode(404);
        // who answers for whom
        blog.decide("partner2", pat, "GIVE").then().statusCode(403);
        blog.decide("partner3", collective, "GIVE").then().statusCode(404);
        blog.decide(sam.username(), pat, "MAYBE").then().statusCode(422).body("errors[0].field", equalTo("decision"));
        blog.decide(sam.username(), pat, "WITHDRAW").then().statusCode(409);
        api.reusing(sam.username()).contentType(ContentType.JSON).body(Map.of("decision", "GIVE", "note", "n".repeat(1001)))
                .post("/api/v1/blog/consents/" + pat).then().statusCode(422).body("errors[0].field", equalTo("note"));

        blog.approve(id);
        api.reusing("mentor1").post("/api/v1/blog/posts/" + id + "/publish").then().statusCode(409)
                .body("detail", allOf(containsString(sam.displayName()), containsString("Open Data Collective")));

        patBrowser.postForm(link, link, Map.of("decision", "GIVE", "note", "Fine by me.")).then().statusCode(303);
        api.reusing("mentor1").post("/api/v1/blog/posts/" + id + "/publish").then().statusCode(409)
                .body("detail", containsString("Open Data Collective")).body("detail", not(containsString(sam.displayName())));
        blog.decide("partner2", collective, "GIVE").then().statusCode(200).body("subject.consent", equalTo("GIVEN"));

        // recorded: who, when, for which text
        var detail = blog.detail("mentor1", id);
        String samSubject = "subjects.find { it.name == '" + sam.displayName() + "' }";
        assertThat(detail.getString(samSubject + ".decidedBy")).isEqualTo(sam.displayName());
        assertThat(detail.getString("subjects.find { it.name == 'Open Data Collective' }.decidedBy")).isEqualTo(blog.name("partner2"));
        assertThat(detail.getString(samSubject + ".decidedAt")).isNotBlank();
        assertThat(detail.getString(samSubject + ".note")).isEqualTo("Fine by me.");
        assertThat(detail.getList("waitingFor")).isEmpty();
        assertThat(blog.notificationSubjects("mentor1")).anyMatch(s -> s.contains(sam.displayName() + " gave consent") && s.contains(title));

        blog.publish("mentor1", id);
        String slug = blog.slug(id);
        api.anonymous().get("/blog/" + slug).then().statusCode(200);
        assertThat(blog.notificationSubjects(sam.username())).anyMatch(s -> s.contains("now public") && s.contains(title));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                api.anonymous().get("/api/v1/search?q=" + word).jsonPath().getInt("total") == 1);

        // withdrawn: off the blog at once, everywhere
        blog.decide("partner2", collective, "WITHDRAW").then().statusCode(200);
        api.anonymous().get("/blog/" + slug).then().statusCode(404);
        api.anonymous().get("/api/v1/blog/posts/" + id).then().statusCode(404);
        assertThat(api.anonymous().get("/api/v1/blog/posts?size=100").jsonPath().getList("items.id", Long.class)).doesNotContain(id);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                api.anonymous().get("/api/v1/search?q=" + word).jsonPath().getInt("total") == 0);
        api.anonymous().get("/blog/feed.atom").then().body(not(containsString(title)));
        assertThat(blog.detail("mentor1", id).getString("post.status")).isEqualTo("UNPUBLISHED");
        assertThat(blog.detail("mentor1", id).getList("events.kind", String.class)).containsSubsequence("CONSENT_WITHDRAWN", "UNPUBLISHED");
        assertThat(blog.notificationSubjects("mentor1")).anyMatch(s -> s.contains("withdrew consent") && s.contains(title));
        assertThat(blog.notificationSubjects("coordinator")).anyMatch(s -> s.contains("withdrew consent") && s.contains(title));
        api.reusing("mentor1").post("/api/v1/blog/posts/" + id + "/publish").then().statusCode(409)
                .body("detail", containsString("Open Data Collective"));
        // the people named still see what they were asked about
        api.reusing("partner2").get("/api/v1/blog/posts/" + id).then().statusCode(200);
    }

    @Test
    void a_consent_covers_the_text_it_was_given_for_and_a_changed_text_is_asked_about_again() throws Exception {
        BlogFixture.Member kim = blog.newMember("cohort-b", "Consent Test CIC");
        String title = BlogFixture.unique("Changing text ");
        Map<String, Object> post = BlogFixture.post(title, "First version.", List.of());
        post.put("subjects", List.of(BlogFixture.person(kim.username())));
        long id = blog.draft("mentor2", post);
        blog.submit("mentor2", id);
        long hana = blog.subjects("mentor2", id).get(kim.displayName());
        blog.decide(kim.username(), hana, "GIVE").then().statusCode(200);
        blog.approve(id);
        api.reusing("mentor2").get("/api/v1/blog/posts/" + id).then().body("may.publish", equalTo(true));

        api.reusing("mentor2").post("/api/v1/blog/posts/" + id + "/return-to-draft").then().statusCode(200);
        Map<String, Object> change = new HashMap<>(Map.of("title", title, "body", "Second version, with more detail.",
                "tags", List.of(), "version", blog.detail("mentor2", id).getLong("version")));
        api.reusing("mentor2").contentType(ContentType.JSON).body(change).put("/api/v1/blog/posts/" + id).then().statusCode(200)
                .body("subjects[0].consent", equalTo("GIVEN")).body("subjects[0].coversCurrentText", equalTo(false))
                .body("waitingFor", contains(kim.displayName()));
        blog.submit("mentor2", id);
        MimeMessage again = TestMail.awaitMail(kim.email(), "changed a post and asks again");
        assertThat(again.getSubject()).contains(title);
        blog.approve(id);
        api.reusing("mentor2").post("/api/v1/blog/posts/" + id + "/publish").then().statusCode(409);
        blog.decide(kim.username(), hana, "GIVE").then().statusCode(200).body("subject.coversCurrentText", equalTo(true));
        blog.publish("mentor2", id);
    }

    @Test
    void a_refusal_is_recorded_and_keeps_the_post_off_the_blog() {
        String title = BlogFixture.unique("Refused ");
        Map<String, Object> post = BlogFixture.post(title, "About Hana.", List.of());
        post.put("subjects", List.of(BlogFixture.person("partner3")));
        long id = blog.draft("mentor2", post);
        blog.submit("mentor2", id);
        String hanaName = blog.name("partner3");
        long hana = blog.subjects("mentor2", id).get(hanaName);
        api.reusing("partner3").contentType(ContentType.JSON).body(Map.of("decision", "REFUSE", "note", "Please leave me out."))
                .post("/api/v1/blog/consents/" + hana).then().statusCode(200).body("subject.consent", equalTo("REFUSED"));
        blog.approve(id);
        api.reusing("coordinator").post("/api/v1/blog/posts/" + id + "/publish").then().statusCode(409)
                .body("detail", containsString(hanaName));
        assertThat(blog.notificationSubjects("mentor2")).anyMatch(s -> s.contains("refused consent") && s.contains(title));
        assertThat(blog.detail("mentor2", id).getString("subjects[0].note")).isEqualTo("Please leave me out.");
    }
}
