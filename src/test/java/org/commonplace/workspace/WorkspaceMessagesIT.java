package org.commonplace.workspace;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.commonplace.support.Api;
import org.commonplace.support.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/** Messages between the pair: Markdown, attachments, read receipts, waits, mail to the other side and answers by mail. */
@ExtendWith(ArquillianExtension.class)
class WorkspaceMessagesIT {
    @ArquillianResource
    URL base;

    Api api;
    WorkspaceFixture fixture;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        fixture = new WorkspaceFixture(api);
    }

    String email(String username) {
        return fixture.email(username);
    }

    @Test
    void a_message_is_rendered_safely_read_receipts_are_kept_and_waits_are_measured() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", "Hello **Pat** <script>alert(1)</script>"))
                .post(ws + "/messages").then().statusCode(201).header("Location", containsString("/messages#message-"))
                .body("bodyHtml", containsString("<strong>Pat</strong>")).body("bodyHtml", not(containsString("<script>")))
                .body("readBy", empty());
        api.advanceClock(Duration.ofMinutes(90));
        // the partner opens the messages: the mentor's message is now read, and the answer comes 90 minutes later
        fixture.as(pair.partner()).get(ws + "/messages").then().statusCode(200).body("total", equalTo(1));
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("body", "Thanks!")).post(ws + "/messages").then().statusCode(201);
        fixture.as(pair.mentor()).get(ws + "/messages").then().statusCode(200)
                .body("items[1].readBy.name", hasItem(containsString("Wes")))
                .body("waits.sides.find { it.side == 'MENTEE' }.answered", equalTo(1))
                .body("waits.sides.find { it.side == 'MENTEE' }.medianMinutes", equalTo(90))
                .body("waits.waitingFor", equalTo("MENTOR"));
        fixture.as(pair.mentor()).get("/api/v1/workspaces").then().body("items.find { it.id == " + pair.id() + " }.unreadMessages", equalTo(0));
    }

    @Test
    void the_other_side_gets_an_email_and_can_answer_it_by_email() throws Exception {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", "Could you send the volunteer list?"))
                .post(ws + "/messages").then().statusCode(201);
        String partnerMail = email(pair.partner());
        MimeMessage mail = TestMail.awaitMail(partnerMail, "wrote a message");
        assertThat(TestMail.body(mail)).contains("Could you send the volunteer list?").contains("/workspaces/" + pair.id() + "/messages");
        assertThat(mail.getSubject()).contains("[ref:");
        assertThat(TestMail.mailTo(email(pair.colleague()))).noneMatch(m -> {
            try { return m.getSubject().contains("wrote a message"); } catch (Exception e) { return false; }
        });
        // nobody else is mailed: not the colleague, not the coordinator
        assertThat(TestMail.mailTo(email("coordinator")).stream().filter(m -> {
            try { return m.getSubject().contains(pair.mentor()) || m.getSubject().contains("wrote a message"); } catch (Exception e) { return false; }
        })).isEmpty();

        TestMail.send(partnerMail, TestMail.REPLY_MAILBOX, "Re: " + mail.getSubject(),
                "Here it is: twelve volunteers.\n\nOn Monday Mina wrote:\n> Could you send the volunteer list?");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            api.anonymous().post("/api/test/jobs/reply-by-mail").then().statusCode(200);
            fixture.as(pair.mentor()).get(ws + "/messages").then().body("items[0].body", equalTo("Here it is: twelve volunteers."))
                    .body("items[0].byMail", equalTo(true));
        });
        // the answer by mail notifies the mentor in turn
        TestMail.awaitMail(email(pair.mentor()), "wrote a message");
    }

    @Test
    void attachments_follow_the_library_rules_and_a_refused_file_stores_nothing() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        byte[] notes = "meeting notes".getBytes(StandardCharsets.UTF_8);
        var posted = fixture.as(pair.partner()).multiPart("body", "Notes attached").multiPart("file", "notes.md", notes, "text/markdown")
                .post(ws + "/messages/with-files").then().statusCode(201)
                .body("attachments[0].name", equalTo("notes.md")).body("attachments[0].type", equalTo("text/markdown"))
                .extract().jsonPath();
        String download = posted.getString("attachments[0].downloadUrl");
        byte[] back = fixture.as(pair.mentor()).get(download).then().statusCode(200).header("Content-Disposition", startsWith("attachment"))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(back).isEqualTo(notes);
        fixture.as("partner3").get(download).then().statusCode(404);
        api.anonymous().get(download).then().statusCode(404);

        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        fixture.as(pair.partner()).multiPart("body", "A web page").multiPart("file", "report.pdf", html, "application/pdf")
                .post(ws + "/messages/with-files").then().statusCode(415).contentType("application/problem+json").body("detail", containsString("PDF, Word"));
        byte[] big = new byte[25 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        fixture.as(pair.partner()).multiPart("body", "Too big").multiPart("file", "big.txt", big, "text/plain")
                .post(ws + "/messages/with-files").then().statusCode(413).body("detail", containsString("25 MiB"));
        fixture.as(pair.partner()).multiPart("body", "Empty").multiPart("file", "empty.txt", new byte[0], "text/plain")
                .post(ws + "/messages/with-files").then().statusCode(422).body("errors[0].field", equalTo("file"));
        fixture.as(pair.partner()).get(ws + "/messages").then().body("total", equalTo(1)).body("items[0].body", equalTo("Notes attached"));
    }

    @Test
    void bad_messages_are_refused_with_a_reason_and_store_nothing() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", "   ")).post(ws + "/messages").then()
                .statusCode(422).body("errors[0].field", equalTo("body")).body("errors[0].message", equalTo("Write a message."));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", "x".repeat(50_001))).post(ws + "/messages").then()
                .statusCode(422).body("detail", containsString("at most 50000 characters"));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body("{\"body\": ").post(ws + "/messages").then().statusCode(400);
        fixture.as(pair.mentor()).contentType(ContentType.JSON).post(ws + "/messages").then().statusCode(400)
                .body("detail", containsString("no body"));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", "x".repeat(2_000_000))).post(ws + "/messages").then()
                .statusCode(413);
        fixture.as(pair.mentor()).get(ws + "/messages").then().body("total", equalTo(0));
    }
}
