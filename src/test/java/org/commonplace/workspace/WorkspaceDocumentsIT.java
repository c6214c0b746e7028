package org.commonplace.workspace;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

import static org.hamcrest.Matchers.*;

/** Shared documents: every version kept, diffs, comments on a version, restore, and no silent overwrite. */
@ExtendWith(ArquillianExtension.class)
class WorkspaceDocumentsIT {
    @ArquillianResource
    URL base;

    Api api;
    WorkspaceFixture fixture;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        fixture = new WorkspaceFixture(api);
    }

    @Test
    void every_version_is_kept_compared_commented_and_restorable() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String docs = "/api/v1/workspaces/" + pair.id() + "/documents";
        long id = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Funding bid", "body", "We ask for money.\nFor youth <clubs>."))
                .post(docs).then().statusCode(201).body("version", equalTo(1)).extract().jsonPath().getLong("id");
        fixture.as(pair.partner()).contentType(ContentType.JSON)
                .body(Map.of("title", "Funding bid", "body", "We ask for 5000 euros.\nFor youth <clubs>.\nReport in June.", "baseVersion", 1, "note", "amount"))
                .put(docs + "/" + id).then().statusCode(200).body("version", equalTo(2)).body("versions.number", contains(2, 1));
        fixture.as(pair.mentor()).get(docs + "/" + id + "/diff?from=1&to=2").then().statusCode(200)
                .body("changes", equalTo(2))
                .body("rows[0].oldLine", equalTo("We ask for <del>money</del>.")).body("rows[0].newLine", equalTo("We ask for <ins>5000 euros</ins>."))
                .body("rows[1].oldLine", equalTo("For youth &lt;clubs&gt;."));
        fixture.as(pair.mentor()).get(docs + "/" + id + "/diff?from=1&to=2&mode=inline").then().statusCode(200)
                .body("rows[0].line", allOf(containsString("<del>"), containsString("<ins>")));
        fixture.as(pair.mentor()).get(docs + "/" + id + "/diff?from=1&to=2&mode=sideways").then().statusCode(422);
        fixture.as(pair.mentor()).get(docs + "/" + id + "/diff?from=1&to=9").then().statusCode(404);

        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("version", 1, "anchor", "We ask for money.", "body", "How much?"))
                .post(docs + "/" + id + "/comments").then().statusCode(201).body("version", equalTo(1));
        fixture.as(pair.partner()).get(docs + "/" + id + "?version=1").then().body("comments[0].anchorText", equalTo("We ask for money."))
                .body("body", startsWith("We ask for money."));
        fixture.as(pair.partner()).get(docs + "/" + id).then().body("comments", empty());

        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("version", 1)).post(docs + "/" + id + "/restore").then()
                .statusCode(200).body("version", equalTo(3)).body("restoredFrom", equalTo(1)).body("body", startsWith("We ask for money."))
                .body("versions.number", contains(3, 2, 1));
        fixture.as(pair.mentor()).get(docs).then().body("items[0].version", equalTo(3)).body("items[0].comments", equalTo(1));
    }

    @Test
    void the_second_of_two_concurrent_saves_gets_a_conflict_with_both_texts_and_nothing_is_overwritten() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String docs = "/api/v1/workspaces/" + pair.id() + "/documents";
        long id = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Plan", "body", "start"))
                .post(docs).then().statusCode(201).extract().jsonPath().getLong("id");
        // both opened version 1
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Plan", "body", "the mentor's text", "baseVersion", 1))
                .put(docs + "/" + id).then().statusCode(200).body("version", equalTo(2));
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("title", "Plan", "body", "the partner's text", "baseVersion", 1))
                .put(docs + "/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("currentVersion", equalTo(2)).body("currentBody", equalTo("the mentor's text"))
                .body("yourBody", equalTo("the partner's text")).body("baseVersion", equalTo(1)).body("detail", containsString("Nothing was overwritten"));
        fixture.as(pair.partner()).get(docs + "/" + id).then().body("version", equalTo(2)).body("body", equalTo("the mentor's text"));
        // merged on top of version 2, it is saved
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("title", "Plan", "body", "both texts", "baseVersion", 2))
                .put(docs + "/" + id).then().statusCode(200).body("version", equalTo(3));
    }

    @Test
    void bad_documents_are_refused_and_store_nothing() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String docs = "/api/v1/workspaces/" + pair.id() + "/documents";
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", " ", "body", "x")).post(docs).then().statusCode(422)
                .body("errors[0].field", equalTo("title"));
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Long", "body", "x".repeat(100_001))).post(docs).then()
                .statusCode(422).body("errors[0].field", equalTo("body"));
        long id = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Ok", "body", "x")).post(docs).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Ok", "body", "y")).put(docs + "/" + id).then()
                .statusCode(422).body("errors[0].field", equalTo("baseVersion"));
        fixture.as(pair.mentor()).get(docs).then().body("items", hasSize(1)).body("items[0].version", equalTo(1));
    }
}
