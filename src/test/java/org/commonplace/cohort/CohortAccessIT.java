package org.commonplace.cohort;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

import static org.hamcrest.Matchers.*;

/** Who sees which cohort, through the API and the pages, and who may set programmes up. */
@ExtendWith(ArquillianExtension.class)
class CohortAccessIT {
    @ArquillianResource
    URL base;

    Api api;
    long cohortA;
    long cohortB;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        var all = api.as("coordinator").get("/api/v1/cohorts").jsonPath();
        cohortA = all.getLong("items.find { it.name == 'Cohort A' }.id");
        cohortB = all.getLong("items.find { it.name == 'Cohort B' }.id");
    }

    @Test
    void a_partner_sees_only_their_own_cohort() {
        api.as("partner1").get("/api/v1/cohorts").then().statusCode(200)
                .body("items.name", contains("Cohort A"))
                .body("total", equalTo(1));
        api.as("partner1").get("/api/v1/cohorts/" + cohortA).then().statusCode(200)
                .body("members.username", hasItems("mentor1", "partner1", "partner2"))
                .body("organisations", hasItems("Northside Youth Network", "Open Data Collective"));
    }

    @Test
    void another_cohort_is_not_found_for_partners_and_mentors_outside_it() {
        api.as("partner3").get("/api/v1/cohorts/" + cohortA).then().statusCode(404);
        api.as("mentor2").get("/api/v1/cohorts/" + cohortA).then().statusCode(404);
        api.as("partner1").get("/api/v1/cohorts/" + cohortB).then().statusCode(404);
        // the answer for an existing private cohort and a cohort that does not exist is the same
        String hidden = api.as("partner3").get("/api/v1/cohorts/" + cohortA).asString();
        String missing = api.as("partner3").get("/api/v1/cohorts/999999").asString();
        org.assertj.core.api.Assertions.assertThat(hidden).isEqualTo(missing);
    }

    @Test
    void anonymous_visitors_get_nothing_of_a_cohort() {
        api.anonymous().get("/api/v1/cohorts").then().statusCode(401);
        api.anonymous().get("/api/v1/cohorts/" + cohortA).then().statusCode(401);
        api.anonymous().accept("text/html").get("/cohorts/" + cohortA).then().statusCode(303)
                .header("Location", containsString("/login?next="));
    }

    @Test
    void a_coordinator_sees_every_cohort() {
        api.as("coordinator").get("/api/v1/cohorts").then().statusCode(200)
                .body("items.name", hasItems("Cohort A", "Cohort B"));
        api.as("coordinator").get("/api/v1/cohorts/" + cohortB).then().statusCode(200)
                .body("members.username", hasItems("mentor2", "partner3"));
    }

    @Test
    void the_cohort_page_shows_members_to_members_and_404_to_others() {
        new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD).get("/cohorts/" + cohortA).then()
                .statusCode(200).body(containsString("Cohort A"), containsString("Pat Northside"));
        new BrowserSession(api).signIn("partner3", Api.DEMO_PASSWORD).get("/cohorts/" + cohortA).then()
                .statusCode(404).body(not(containsString("Pat Northside")));
    }

    @Test
    void only_coordinators_set_programmes_up() {
        api.as("mentor1").contentType(ContentType.JSON).body(Map.of("name", "Mentor's programme"))
                .post("/api/v1/programmes").then().statusCode(403);
        api.as("partner1").get("/api/v1/programmes").then().statusCode(403);
        new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD).get("/admin/programmes").then().statusCode(403);
    }

    @Test
    void a_coordinator_creates_a_programme_and_cohort_and_adds_a_member() {
        var coordinator = api.as("coordinator");
        long programme = coordinator.contentType(ContentType.JSON)
                .body(Map.of("name", "Second programme", "description", "For the test"))
                .post("/api/v1/programmes").then().statusCode(201).header("Location", containsString("/api/v1/programmes/"))
                .extract().jsonPath().getLong("id");
        long cohort = api.as("coordinator").contentType(ContentType.JSON).body(Map.of("name", "Cohort C"))
                .post("/api/v1/programmes/" + programme + "/cohorts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        api.as("coordinator").contentType(ContentType.JSON).body(Map.of("username", "partner3"))
                .post("/api/v1/cohorts/" + cohort + "/members").then().statusCode(204);
        api.as("coordinator").contentType(ContentType.JSON).body(Map.of("username", "partner3"))
                .post("/api/v1/cohorts/" + cohort + "/members").then().statusCode(409);

        api.as("partner3").get("/api/v1/me").then().body("cohorts.name", hasItems("Cohort B", "Cohort C"));

        api.as("coordinator").delete("/api/v1/cohorts/" + cohort + "/members/"
                + api.as("partner3").get("/api/v1/me").jsonPath().getLong("id")).then().statusCode(204);
        api.as("partner3").get("/api/v1/cohorts/" + cohort).then().statusCode(404);
    }

    @Test
    void bad_programme_input_gets_field_messages() {
        api.as("coordinator").contentType(ContentType.JSON).body(Map.of("name", ""))
                .post("/api/v1/programmes").then().statusCode(422).body("errors[0].field", equalTo("name"));
        api.as("coordinator").contentType(ContentType.JSON).body(Map.of("name", "x".repeat(201)))
                .post("/api/v1/programmes").then().statusCode(422).body("errors[0].message", containsString("200"));
        api.as("coordinator").contentType(ContentType.JSON).body(Map.of("name", "Orphan"))
                .post("/api/v1/programmes/999999/cohorts").then().statusCode(404);
    }
}
