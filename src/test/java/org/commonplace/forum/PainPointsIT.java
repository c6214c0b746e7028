package org.commonplace.forum;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.commonplace.support.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** "We have this too": one voice per organisation, and a ranking of the problems partners share. */
@ExtendWith(ArquillianExtension.class)
class PainPointsIT {
    @ArquillianResource
    URL base;

    Api api;
    ForumFixture forum;
    long painBoard;
    long cohortA;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        forum = new ForumFixture(api);
        painBoard = forum.board("Cohort A", "Pain points");
        cohortA = forum.cohort("Cohort A");
    }

    int endorse(String username, long thread) {
        return api.as(username).post("/api/v1/threads/" + thread + "/endorsements").then().statusCode(200)
                .extract().jsonPath().getInt("organisations");
    }

    /** A second member of Northside Youth Network, invited and signed up through the real flow. */
    String secondNorthsideMember() {
        String email = "northside-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String username = api.as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "Noor Northside", "role", "partner",
                        "organisation", "Northside Youth Network", "cohorts", List.of("cohort-a")))
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getString("username");
        String link = TestMail.linkIn(TestMail.awaitMail(email, "invited"), "/invitation/");
        new BrowserSession(api).postForm(link, link, Map.of("password", Api.DEMO_PASSWORD, "confirm", Api.DEMO_PASSWORD))
                .then().statusCode(303);
        return username;
    }

    @Test
    void two_people_of_one_organisation_count_once_and_withdrawing_counts_down() {
        long thread = forum.startThread("partner1", painBoard, "Printer budget runs out", "Every spring.", "PAIN_POINT", List.of("budget"));
        String colleague = secondNorthsideMember();
        assertThat(endorse("partner1", thread)).isEqualTo(1);
        assertThat(endorse(colleague, thread)).isEqualTo(1);
        assertThat(endorse("partner1", thread)).as("endorsing twice changes nothing").isEqualTo(1);
        assertThat(endorse("partner2", thread)).isEqualTo(2);

        api.as("partner2").delete("/api/v1/threads/" + thread + "/endorsements").then().statusCode(200)
                .body("organisations", equalTo(1)).body("endorsedByMe", equalTo(false));
        api.as("partner1").delete("/api/v1/threads/" + thread + "/endorsements").then()
                .body("organisations", equalTo(1)); // the colleague still speaks for Northside
        api.as(colleague).delete("/api/v1/threads/" + thread + "/endorsements").then()
                .body("organisations", equalTo(0));
    }

    @Test
    void only_partner_members_endorse_and_only_pain_points() {
        long pain = forum.startThread("partner2", painBoard, "Board meetings overrun", "Always.", "PAIN_POINT", List.of());
        long discussion = forum.startThread("partner2", forum.board("Cohort A", "General"), "Just talk", "Hi", "DISCUSSION", List.of());
        api.as("mentor1").post("/api/v1/threads/" + pain + "/endorsements").then().statusCode(403)
                .body("detail", containsString("partner"));
        api.as("partner1").post("/api/v1/threads/" + discussion + "/endorsements").then().statusCode(409);
    }

    @Test
    void pain_points_are_ranked_by_organisations_affected_and_filtered() {
        long many = forum.startThread("partner1", painBoard, "Ranking: shared by two", "x", "PAIN_POINT", List.of("ranking-test"));
        long one = forum.startThread("partner2", painBoard, "Ranking: shared by one", "x", "PAIN_POINT", List.of("ranking-test"));
        long none = forum.startThread("partner2", painBoard, "Ranking: shared by none", "x", "PAIN_POINT", List.of("ranking-test"));
        endorse("partner1", many);
        endorse("partner2", many);
        endorse("partner2", one);

        api.as("mentor1").get("/api/v1/cohorts/" + cohortA + "/pain-points?tag=ranking-test").then().statusCode(200)
                .body("items.id", contains((int) many, (int) one, (int) none))
                .body("items.organisationsAffected", contains(2, 1, 0));

        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("status", "SOLVED"))
                .put("/api/v1/threads/" + one + "/status").then().statusCode(204);
        api.as("partner1").get("/api/v1/cohorts/" + cohortA + "/pain-points?tag=ranking-test&status=solved").then()
                .body("items.id", contains((int) one));
        api.as("partner1").get("/api/v1/cohorts/" + cohortA + "/pain-points?status=nonsense").then().statusCode(422);

        new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD)
                .get("/cohorts/" + cohortA + "/pain-points?tag=ranking-test").then().statusCode(200)
                .body(containsString("Ranking: shared by two"), containsString("2 organisations have this"));
    }

    @Test
    void the_author_mentors_and_coordinators_change_the_status_other_partners_do_not() {
        long thread = forum.startThread("partner1", painBoard, "Status rights", "x", "PAIN_POINT", List.of());
        api.as("partner1").contentType(ContentType.JSON).body(Map.of("status", "being worked on"))
                .put("/api/v1/threads/" + thread + "/status").then().statusCode(204);
        api.as("partner2").contentType(ContentType.JSON).body(Map.of("status", "SOLVED"))
                .put("/api/v1/threads/" + thread + "/status").then().statusCode(403);
        api.as("coordinator").contentType(ContentType.JSON).body(Map.of("status", "WORKAROUND_FOUND"))
                .put("/api/v1/threads/" + thread + "/status").then().statusCode(204);
        api.as("partner2").get("/api/v1/threads/" + thread).then().body("thread.status", equalTo("WORKAROUND_FOUND"));
        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("status", "FORGOTTEN"))
                .put("/api/v1/threads/" + thread + "/status").then().statusCode(422);
    }

    @Test
    void endorsing_from_the_thread_page() {
        long thread = forum.startThread("partner1", painBoard, "Endorse from the page", "x", "PAIN_POINT", List.of());
        BrowserSession browser = new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD);
        browser.get("/threads/" + thread).then().body(containsString("We have this too"));
        browser.postForm("/threads/" + thread, "/threads/" + thread + "/endorse", Map.of()).then().statusCode(303);
        browser.get("/threads/" + thread).then().body(containsString("one organisation has this"),
                containsString("Withdraw our"));
    }
}
