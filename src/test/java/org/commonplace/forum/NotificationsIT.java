package org.commonplace.forum;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/**
 * Mentions, watching and muting, the bell, e-mail immediately or as a digest, unsubscribing without
 * signing in, and answering by e-mail — all through a real SMTP and IMAP server (GreenMail).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {
    @ArquillianResource
    URL base;

    Api api;
    ForumFixture forum;
    long general;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        forum = new ForumFixture(api);
        general = forum.board("Cohort A", "General");
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A fresh member of Cohort A with a known e-mail address, so mail counts are not shared with other tests. */
    String newMember(String frequency) {
        String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String username = api.as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "Nora Notified", "role", "mentor", "cohorts", List.of("cohort-a")))
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getString("username");
        String link = TestMail.linkIn(TestMail.awaitMail(email, "invited"), "/invitation/");
        BrowserSession browser = new BrowserSession(api);
        browser.postForm(link, link, Map.of("password", Api.DEMO_PASSWORD, "confirm", Api.DEMO_PASSWORD)).then().statusCode(303);
        if (!frequency.equals("IMMEDIATE")) {
            browser.postForm("/profile", "/profile", Map.of("displayName", "Nora Notified", "timeZone", "UTC",
                    "mailFrequency", frequency)).then().statusCode(200);
        }
        return username + "|" + email;
    }

    @Test
    void a_mention_reaches_the_bell_and_the_inbox_with_a_working_unsubscribe_link() throws Exception {
        String[] nora = newMember("IMMEDIATE").split("\\|");
        String title = unique("Mentions");
        long thread = forum.startThread("partner1", general, title, "Opening", "DISCUSSION", List.of());
        forum.reply("partner2", thread, "@" + nora[0] + " what do you think?");

        MimeMessage mail = TestMail.awaitMail(nora[1], "mentioned you");
        assertThat(TestMail.body(mail)).contains("what do you think?").contains("/threads/" + thread);
        assertThat(mail.getSubject()).startsWith("[Cohort A] Priya").contains("mentioned you in");
        api.as(nora[0]).get("/api/v1/notifications").then().statusCode(200)
                .body("unread", greaterThanOrEqualTo(1))
                .body("items[0].subject", containsString("mentioned you in \"" + title + "\""));
        new BrowserSession(api).signIn(nora[0], Api.DEMO_PASSWORD).get("/").then()
                .body(containsString("class=\"bell-count\""));

        String unsubscribe = TestMail.linkIn(mail, "/unsubscribe/");
        BrowserSession stranger = new BrowserSession(api);
        stranger.get(unsubscribe).then().statusCode(200).body(containsString("Stop the e-mails"));
        stranger.request().post(unsubscribe).then().statusCode(200).body(containsString("no more e-mail"));
        api.as(nora[0]).get("/api/v1/me").then().body("mailFrequency", equalTo("NEVER"));
        stranger.request().post(unsubscribe.substring(0, unsubscribe.length() - 3) + "abc").then().statusCode(404);
    }

    @Test
    void a_mention_of_someone_outside_the_cohort_notifies_nobody() throws Exception {
        long before = api.as("partner3").get("/api/v1/notifications").jsonPath().getLong("unread");
        int mailsBefore = TestMail.mailTo("partner3@demo.commonplace.example").size();
        long thread = forum.startThread("partner1", general, unique("Outsider"), "Hi @partner3 and @mentor2", "DISCUSSION", List.of());
        forum.reply("partner1", thread, "@partner3 again");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        api.as("partner3").get("/api/v1/notifications").then().body("unread", equalTo((int) before));
        assertThat(TestMail.mailTo("partner3@demo.commonplace.example")).hasSize(mailsBefore);
    }

    @Test
    void the_starter_hears_of_replies_until_they_mute_the_thread() throws Exception {
        String[] nora = newMember("IMMEDIATE").split("\\|");
        long thread = forum.startThread(nora[0], general, unique("Watched"), "I start this", "DISCUSSION", List.of());
        forum.reply("partner2", thread, "First answer");
        TestMail.awaitMail(nora[1], "replied in");
        api.as(nora[0]).contentType(ContentType.JSON).body(Map.of("level", "MUTE"))
                .put("/api/v1/threads/" + thread + "/watch").then().statusCode(200).body("level", equalTo("MUTE"));
        long unread = api.as(nora[0]).get("/api/v1/notifications").jsonPath().getLong("unread");
        forum.reply("partner2", thread, "Second answer, @" + nora[0]);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        api.as(nora[0]).get("/api/v1/notifications").then().body("unread", equalTo((int) unread));
        assertThat(TestMail.mailTo(nora[1]).stream().filter(m -> {
            try { return m.getSubject().contains("mentioned you"); } catch (Exception e) { return false; }
        })).isEmpty();
    }

    @Test
    void watching_a_board_announces_new_threads() throws Exception {
        String[] nora = newMember("IMMEDIATE").split("\\|");
        api.as(nora[0]).contentType(ContentType.JSON).body(Map.of("level", "WATCH"))
                .put("/api/v1/boards/" + general + "/watch").then().statusCode(200);
        String title = unique("Board watch");
        forum.startThread("partner1", general, title, "New here", "DISCUSSION", List.of());
        assertThat(TestMail.awaitMail(nora[1], "started").getSubject()).contains(title);
        api.as("partner3").contentType(ContentType.JSON).body(Map.of("level", "WATCH"))
                .put("/api/v1/boards/" + general + "/watch").then().statusCode(404);
    }

    @Test
    void digest_readers_get_one_mail_when_the_digest_runs() throws Exception {
        String[] nora = newMember("DIGEST").split("\\|");
        long thread = forum.startThread("partner1", general, unique("Digest"), "x", "DISCUSSION", List.of());
        forum.reply("partner2", thread, "@" + nora[0] + " one");
        forum.reply("partner1", thread, "@" + nora[0] + " two");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(TestMail.mailTo(nora[1]).stream().filter(m -> {
            try { return m.getSubject().contains("mentioned"); } catch (Exception e) { return false; }
        })).as("no immediate mail for a digest reader").isEmpty();
        api.anonymous().post("/api/test/jobs/digest").then().statusCode(200);
        MimeMessage digest = TestMail.awaitMail(nora[1], "digest");
        assertThat(TestMail.body(digest)).contains("one").contains("two");
    }

    @Test
    void an_answer_by_email_appears_in_the_thread_as_the_senders_post() throws Exception {
        String title = unique("Reply by mail");
        long thread = forum.startThread("partner1", general, title, "Who can lend us a projector?", "DISCUSSION", List.of());
        forum.reply("partner2", thread, "We can, @partner1!");
        MimeMessage mail = TestMail.awaitMail("partner1@demo.commonplace.example", title);
        assertThat(mail.getSubject()).contains("[ref:");
        String replyTo = mail.getReplyTo()[0].toString();
        assertThat(replyTo).isEqualTo(TestMail.REPLY_MAILBOX);

        TestMail.send("partner1@demo.commonplace.example", replyTo, "Re: " + mail.getSubject(),
                "Wonderful, thank you!\n\nPat\n\nOn Monday, Commonplace wrote:\n> We can, @partner1!\n");
        // forged: right reference, wrong sender
        TestMail.send("intruder@example.org", replyTo, "Re: " + mail.getSubject(), "Spam from outside");
        // forged: a reference we did not sign
        TestMail.send("partner1@demo.commonplace.example", replyTo, "Re: [ref:reply:" + thread + ":4.AAAA]", "Forged ref");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                api.as("partner2").get("/api/v1/threads/" + thread).then()
                        .body("posts.items.body", hasItem("Wonderful, thank you!\n\nPat")));
        api.as("partner2").get("/api/v1/threads/" + thread).then()
                .body("posts.items.find { it.body.startsWith('Wonderful') }.author.displayName", equalTo("Pat Northside"))
                .body("posts.items.body", not(hasItem(containsString("Spam from outside"))))
                .body("posts.items.body", not(hasItem(containsString("Forged ref"))))
                .body("posts.items.body", not(hasItem(containsString("> We can"))));
    }
}
