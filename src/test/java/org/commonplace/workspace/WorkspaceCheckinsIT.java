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
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Check-ins: a round falls due at the programme's cadence, each member is reminded by mail with
 * one-click links for the rating questions, answers show as history and chart, and who is
 * overdue shows to the pair and (as a count) to coordinators.
 */
@ExtendWith(ArquillianExtension.class)
class WorkspaceCheckinsIT {
    @ArquillianResource
    URL base;

    Api api;
    WorkspaceFixture fixture;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        fixture = new WorkspaceFixture(api);
    }

    static String oneClickLink(MimeMessage mail, String questionKey, int rating) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(/check-ins/answer/checkin:\\d+:" + questionKey + ":" + rating + "\\.[A-Za-z0-9_-]+)")
                .matcher(TestMail.body(mail));
        assertThat(m.find()).as("a one-click link for " + questionKey + " " + rating + " in " + TestMail.body(mail)).isTrue();
        return m.group(1);
    }

    @Test
    void a_due_check_in_is_reminded_by_mail_and_answered_with_one_click() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        String partnerMail = fixture.email(pair.partner());
        fixture.as(pair.partner()).get(ws + "/check-ins").then().statusCode(200).body("open", empty()).body("cadenceDays", equalTo(14));

        api.advanceClock(Duration.ofDays(15));
        api.anonymous().post("/api/test/jobs/checkin-reminders").then().statusCode(200).body("reminders", greaterThanOrEqualTo(2));
        MimeMessage mail = TestMail.awaitMail(partnerMail, "Your check-in is due");
        assertThat(TestMail.body(mail)).contains("How satisfied are you with the mentoring relationship?").contains("/workspaces/" + pair.id() + "/check-ins");
        // running the job again reminds nobody twice
        api.anonymous().post("/api/test/jobs/checkin-reminders").then().statusCode(200);
        assertThat(TestMail.mailTo(partnerMail).stream().filter(m -> subject(m).contains("check-in is due")).count())
                .isEqualTo(1);

        // a link scanner (no Sec-Fetch-User) records nothing; the button does
        String relationship4 = oneClickLink(mail, "relationship", 4);
        api.anonymous().accept("text/html").get(relationship4).then().statusCode(200).body(containsString("Record my answer: 4"));
        fixture.as(pair.partner()).get(ws + "/check-ins").then().body("responses.find { it.mine }.answers", empty());
        var browser = new org.commonplace.support.BrowserSession(api);
        browser.postForm(relationship4, relationship4, Map.of()).then().statusCode(200).body(containsString("your answer 4 is recorded"));
        // a person's click records at once
        api.anonymous().accept("text/html").header("Sec-Fetch-User", "?1").get(oneClickLink(mail, "goals", 2)).then().statusCode(200)
                .body(containsString("your answer 2 is recorded"));
        fixture.as(pair.partner()).get(ws + "/check-ins").then()
                .body("responses.find { it.mine }.answers.find { it.key == 'relationship' }.rating", equalTo(4))
                .body("responses.find { it.mine }.answers.find { it.key == 'goals' }.rating", equalTo(2))
                .body("responses.find { it.mine }.submittedAt", notNullValue())
                .body("open", empty())
                .body("chartSvg", allOf(startsWith("<svg"), containsString("<polyline"), not(containsString("<script"))));
        // forged or altered links do nothing
        api.anonymous().get(relationship4.replace(":4.", ":5.")).then().statusCode(404);
        api.anonymous().get("/check-ins/answer/checkin:1:goals:5.forged").then().statusCode(404);
    }

    @Test
    void a_member_answers_in_the_application_and_overdue_check_ins_show_to_the_pair_and_the_coordinator() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        api.advanceClock(Duration.ofDays(15));
        api.anonymous().post("/api/test/jobs/checkin-reminders").then().statusCode(200);
        long mine = fixture.as(pair.mentor()).get(ws + "/check-ins").then().body("open", hasSize(1)).body("open[0].questions", hasSize(5))
                .extract().jsonPath().getLong("open[0].responseId");
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("answers", Map.of("goals", "7"))).post(ws + "/check-ins/" + mine)
                .then().statusCode(422).body("errors[0].field", equalTo("goals"));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("answers", Map.of("mood", "3"))).post(ws + "/check-ins/" + mine)
                .then().statusCode(422).body("errors[0].field", equalTo("mood"));
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("answers", Map.of("goals", "3"))).post(ws + "/check-ins/" + mine)
                .then().statusCode(404);
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("answers", Map.of("goals", "4", "relationship", "5",
                "support", "A template for the register"))).post(ws + "/check-ins/" + mine).then().statusCode(200)
                .body("submittedAt", notNullValue()).body("answers", hasSize(3));

        api.advanceClock(Duration.ofDays(4));
        fixture.as(pair.mentor()).get(ws + "/check-ins").then().body("overdue", hasSize(1)).body("overdue[0]", startsWith("Wes"));
        fixture.as(pair.partner()).accept("text/html").get("/workspaces/" + pair.id() + "/check-ins").then().body(containsString("Overdue check-ins"));
        fixture.as("coordinator").get("/api/v1/workspaces/health").then().statusCode(200)
                .body("pairs.find { it.pair.id == " + pair.id() + " }.checkins.overdue", equalTo(1))
                .body("pairs.find { it.pair.id == " + pair.id() + " }.checkins.answered", equalTo(1))
                .body(not(containsString("A template for the register")));
        fixture.as(pair.mentor()).get("/api/v1/workspaces/health").then().statusCode(403);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
