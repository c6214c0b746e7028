package org.commonplace.forum;

import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thread page costs the same number of SQL statements whether it shows 2 posts or 50 (with
 * replies quoting other posts): nothing is loaded post by post. The count comes from EclipseLink
 * itself (SqlStatementCounter), in test mode.
 */
@ExtendWith(ArquillianExtension.class)
class QueryCountIT {
    @ArquillianResource
    URL base;

    Api api;
    ForumFixture forum;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        forum = new ForumFixture(api);
    }

    int statements(BrowserSession browser, String path) {
        String header = browser.request().header("X-Count-Sql", "1").get(path).then().statusCode(200)
                .extract().header("X-Sql-Statements");
        assertThat(header).as("the application reports its statement count in test mode").isNotNull();
        return Integer.parseInt(header);
    }

    int apiStatements(String token, String path) {
        return Integer.parseInt(api.asToken(token).header("X-Count-Sql", "1").get(path).then().statusCode(200)
                .extract().header("X-Sql-Statements"));
    }

    @Test
    void the_thread_page_does_not_query_per_post() {
        long board = forum.board("Cohort A", "Wins and lessons");
        long small = forum.startThread("partner1", board, "Small thread", "Opening", "PAIN_POINT", List.of("a", "b"));
        long opening = api.as("partner1").get("/api/v1/threads/" + small).jsonPath().getLong("posts.items[0].id");
        api.as("partner2").contentType("application/json").body(java.util.Map.of("body", "One reply", "replyTo", opening))
                .post("/api/v1/threads/" + small + "/posts").then().statusCode(201);
        long big = forum.startThread("partner1", board, "Big thread", "Opening", "PAIN_POINT", List.of("a", "b"));
        long previous = api.as("partner1").get("/api/v1/threads/" + big).jsonPath().getLong("posts.items[0].id");
        String[] authors = {"partner1", "partner2", "mentor1"};
        for (int i = 0; i < 49; i++) {
            previous = api.as(authors[i % 3]).contentType("application/json")
                    .body(java.util.Map.of("body", "Reply " + i + " with **markdown**", "replyTo", previous))
                    .post("/api/v1/threads/" + big + "/posts").jsonPath().getLong("postId");
        }
        BrowserSession browser = new BrowserSession(api).signIn("partner2", Api.DEMO_PASSWORD);
        // the first visit records how far the member has read (one more statement): measure the second
        statements(browser, "/threads/" + small);
        statements(browser, "/threads/" + big);
        int smallPage = statements(browser, "/threads/" + small);
        int bigPage = statements(browser, "/threads/" + big);
        assertThat(bigPage).as("statements for 50 posts vs 2 posts").isEqualTo(smallPage);
        assertThat(bigPage).isLessThan(20);

        String token = api.tokenFor("partner2", Api.DEMO_PASSWORD);
        apiStatements(token, "/api/v1/threads/" + small); // the token's first use is recorded: warm up
        assertThat(apiStatements(token, "/api/v1/threads/" + big)).isEqualTo(apiStatements(token, "/api/v1/threads/" + small));
    }

    @Test
    void the_board_page_does_not_query_per_thread() {
        long board = forum.board("Cohort B", "General");
        BrowserSession browser = new BrowserSession(api).signIn("partner3", Api.DEMO_PASSWORD);
        int before = statements(browser, "/boards/" + board);
        for (int i = 0; i < 12; i++) {
            forum.startThread(i % 2 == 0 ? "partner3" : "mentor2", board, "Board thread " + i, "x", "DISCUSSION", List.of("t" + i));
        }
        assertThat(statements(browser, "/boards/" + board)).isEqualTo(before);
    }
}
