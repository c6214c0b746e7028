package org.commonplace.blog;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * A scheduled post goes out at its time, exactly once however many runs of the job look at the
 * same moment; before its time nobody outside sees it; without consent it does not go out. Time
 * moves with the test clock; the job runs on demand (/api/test/jobs/blog-publishing) as the
 * scheduler would run it on every node.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledPublishingIT {
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
    void a_scheduled_post_goes_out_at_its_time_exactly_once() throws Exception {
        String title = BlogFixture.unique("Scheduled ");
        long id = approved("mentor1", title);
        Instant at = appNow().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .post("/api/v1/blog/posts/" + id + "/schedule").then().statusCode(200)
                .body("post.status", equalTo("SCHEDULED")).body("scheduledFor", equalTo(at.toString()));

        runJob();
        api.anonymous().get("/api/v1/blog/posts/" + id).then().statusCode(404); // not yet
        assertThat(blog.detail("mentor1", id).getString("post.status")).isEqualTo("SCHEDULED");

        api.advanceClock(Duration.ofHours(3));
        // every node's scheduler looks at the same moment: eight runs at once
        ExecutorService nodes = Executors.newFixedThreadPool(8);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) runs.add(nodes.submit(this::runJob));
        for (Future<Integer> run : runs) run.get(); // (the counts include other tests' due posts; this post is counted below)
        nodes.shutdown();

        api.anonymous().get("/api/v1/blog/posts/" + id).then().statusCode(200).body("post.status", equalTo("PUBLISHED"));
        List<String> events = blog.detail("mentor1", id).getList("events.kind", String.class);
        assertThat(events.stream().filter("PUBLISHED"::equals)).hasSize(1);
        assertThat(blog.notificationSubjects("mentor1").stream()
                .filter(s -> s.contains("Your post is published") && s.contains(title))).hasSize(1);
        runJob();
        assertThat(blog.detail("mentor1", id).getList("events.kind", String.class).stream().filter("PUBLISHED"::equals)).hasSize(1);
        // the scheduler is recorded as the one who published it
        assertThat(blog.detail("mentor1", id).getString("events.find { it.kind == 'PUBLISHED' }.actor")).isEqualTo("Scheduler");
    }

    @Test
    void a_withdrawn_consent_cancels_the_schedule() {
        String title = BlogFixture.unique("Scheduled with consent ");
        var post = BlogFixture.post(title, "About Pat.", List.of());
        post.put("subjects", List.of(BlogFixture.person("partner1")));
        long id = blog.draft("mentor1", post);
        blog.submit("mentor1", id);
        long pat = blog.subjects("mentor1", id).get(blog.name("partner1"));
        blog.approve(id);
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("at", Instant.now().plus(Duration.ofDays(30)).toString()))
                .post("/api/v1/blog/posts/" + id + "/schedule").then().statusCode(409); // no consent yet
        blog.decide("partner1", pat, "GIVE").then().statusCode(200);
        Instant at = appNow().plus(Duration.ofHours(2));
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .post("/api/v1/blog/posts/" + id + "/schedule").then().statusCode(200);

        blog.decide("partner1", pat, "WITHDRAW").then().statusCode(200);
        assertThat(blog.detail("mentor1", id).getString("post.status")).isEqualTo("APPROVED");
        api.advanceClock(Duration.ofHours(3));
        runJob();
        api.anonymous().get("/api/v1/blog/posts/" + id).then().statusCode(404);
        assertThat(blog.notificationSubjects("mentor1")).anyMatch(s -> s.contains("will not be published") && s.contains(title));
    }

    @Test
    void a_schedule_is_in_the_future_and_within_a_year_and_can_be_cancelled() {
        long id = approved("mentor2", BlogFixture.unique("Schedule rules "));
        String schedule = "/api/v1/blog/posts/" + id + "/schedule";
        api.reusing("mentor2").contentType(ContentType.JSON).body(Map.of("at", "2001-01-01T00:00:00Z")).post(schedule).then()
                .statusCode(422).body("errors[0].field", equalTo("at")).body("detail", containsString("future"));
        api.reusing("mentor2").contentType(ContentType.JSON).body(Map.of("at", "next tuesday")).post(schedule).then()
                .statusCode(422).body("detail", containsString("2026-05-01T09:00:00Z"));
        Instant far = appNow().plus(Duration.ofDays(400));
        api.reusing("mentor2").contentType(ContentType.JSON).body(Map.of("at", far.toString())).post(schedule).then()
                .statusCode(422).body("detail", containsString("within a year"));
        Instant soon = appNow().plus(Duration.ofDays(3));
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("at", soon.toString())).post(schedule).then().statusCode(404);
        api.reusing("mentor2").contentType(ContentType.JSON).body(Map.of("at", soon.toString())).post(schedule).then().statusCode(200);
        api.reusing("coordinator").delete(schedule).then().statusCode(200).body("post.status", equalTo("APPROVED"));
        api.reusing("mentor2").delete(schedule).then().statusCode(409);
    }

    private long approved(String author, String title) {
        long id = blog.draft(author, title);
        blog.submit(author, id);
        blog.approve(id);
        return id;
    }

    /** The application's "now" (the test clock only moves forward, by other tests too). */
    private Instant appNow() {
        return Instant.parse(api.anonymous().contentType(ContentType.JSON).body(Map.of("seconds", 0))
                .post("/api/test/clock").then().statusCode(200).extract().jsonPath().getString("now"));
    }

    private int runJob() {
        return api.anonymous().post("/api/test/jobs/blog-publishing").then().statusCode(200).extract().jsonPath().getInt("published");
    }
}
