package org.commonplace.workspace;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Creating pairs, the export, ending a pair, re-matching, and the archive's read period. */
@ExtendWith(ArquillianExtension.class)
class WorkspaceLifecycleIT {
    @ArquillianResource
    URL base;

    Api api;
    WorkspaceFixture fixture;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        fixture = new WorkspaceFixture(api);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) files.put(e.getName().substring(e.getName().indexOf('/') + 1), in.readAllBytes());
        }
        return files;
    }

    @Test
    void only_coordinators_create_pairs_and_bad_pairs_are_explained() {
        String mentor = fixture.person("mentor", null);
        String partner = fixture.person("partner", "Lifecycle Org " + System.nanoTime());
        fixture.as(mentor).contentType(ContentType.JSON).body(Map.of("mentor", mentor, "mentees", List.of(partner)))
                .post("/api/v1/workspaces").then().statusCode(403);
        fixture.as("coordinator").contentType(ContentType.JSON).body(Map.of("mentor", partner, "mentees", List.of("partner1", "nobody-here")))
                .post("/api/v1/workspaces").then().statusCode(422).body("errors.field", hasItems("mentor", "mentees"));
        fixture.as("coordinator").contentType(ContentType.JSON).body(Map.of("mentor", mentor, "mentees", List.of(partner, "partner2")))
                .post("/api/v1/workspaces").then().statusCode(422).body("errors[0].message", containsString("same organisation"));
        fixture.as("coordinator").contentType(ContentType.JSON).body(Map.of("mentor", "mentor2", "mentees", List.of(partner)))
                .post("/api/v1/workspaces").then().statusCode(422).body("errors[0].message", containsString("share no cohort"));
        fixture.as("coordinator").contentType(ContentType.JSON).body(Map.of("mentor", mentor, "mentees", List.of(partner)))
                .post("/api/v1/workspaces").then().statusCode(201);
        fixture.as("coordinator").contentType(ContentType.JSON).body(Map.of("mentor", mentor, "mentees", List.of(partner)))
                .post("/api/v1/workspaces").then().statusCode(409);
        fixture.as("coordinator").contentType(ContentType.JSON).post("/api/v1/workspaces").then().statusCode(400);
    }

    @Test
    void the_export_holds_every_part_as_markdown_and_the_attachments_byte_for_byte() throws Exception {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        byte[] attachment = "attendance,12\nvolunteers,4\n".getBytes(StandardCharsets.UTF_8);
        fixture.as(pair.partner()).multiPart("body", "The numbers").multiPart("file", "numbers.txt", attachment, "text/plain")
                .post(ws + "/messages/with-files").then().statusCode(201);
        long doc = fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("title", "Bid", "body", "first")).post(ws + "/documents")
                .then().extract().jsonPath().getLong("id");
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("title", "Bid", "body", "second", "baseVersion", 1))
                .put(ws + "/documents/" + doc).then().statusCode(200);
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(WorkspaceAccessIT.goal("Register")).post(ws + "/goals").then().statusCode(201);
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(Map.of("body", "my private note")).post(ws + "/journal").then().statusCode(201);
        fixture.as(pair.mentor()).contentType(ContentType.JSON).body(WorkspaceAccessIT.meeting("Kick-off")).post(ws + "/meetings").then().statusCode(201);

        var answer = fixture.as(pair.partner()).get(ws + "/export");
        answer.then().statusCode(200).contentType("application/zip").header("Content-Disposition", containsString(".zip"));
        Map<String, byte[]> files = unzip(answer.asByteArray());
        assertThat(files).containsKeys("README.md", "messages.md", "goals.md", "plan.md", "check-ins.md", "journal.md", "meetings.md",
                "audit-log.md", "documents/" + doc + "-bid/v1.md", "documents/" + doc + "-bid/v2.md", "documents/" + doc + "-bid/history.md");
        assertThat(new String(files.get("documents/" + doc + "-bid/v1.md"), StandardCharsets.UTF_8)).isEqualTo("first");
        assertThat(new String(files.get("documents/" + doc + "-bid/v2.md"), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(new String(files.get("messages.md"), StandardCharsets.UTF_8)).contains("The numbers").contains("attachments/");
        String attachmentPath = files.keySet().stream().filter(k -> k.startsWith("attachments/")).findFirst().orElseThrow();
        assertThat(attachmentPath).endsWith("-numbers.txt");
        assertThat(files.get(attachmentPath)).isEqualTo(attachment);
        assertThat(new String(files.get("goals.md"), StandardCharsets.UTF_8)).contains("## Register").contains("Measurable: m");
        assertThat(new String(files.get("meetings.md"), StandardCharsets.UTF_8)).contains("Kick-off");
        // the partner's export does not carry the mentor's private journal entry
        assertThat(new String(files.get("journal.md"), StandardCharsets.UTF_8)).doesNotContain("my private note");
        assertThat(new String(unzip(fixture.as(pair.mentor()).get(ws + "/export").asByteArray()).get("journal.md"), StandardCharsets.UTF_8))
                .contains("my private note");
        fixture.as(pair.colleague()).get(ws + "/export").then().statusCode(404);
    }

    @Test
    void an_ended_pair_is_read_only_for_its_read_period_and_rematching_starts_a_new_workspace() {
        WorkspaceFixture.Pair pair = fixture.pair();
        String ws = "/api/v1/workspaces/" + pair.id();
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("body", "Before the change")).post(ws + "/messages").then().statusCode(201);
        String newMentor = fixture.person("mentor", null);
        try {
            fixture.coordinatorsMayRead(false, 2);
            long next = fixture.as("coordinator").contentType(ContentType.JSON).body(Map.of("mentor", newMentor)).post(ws + "/rematch")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            // the old workspace: archived, readable, not writable
            fixture.as(pair.partner()).get(ws).then().statusCode(200).body("summary.status", equalTo("ARCHIVED"))
                    .body("summary.archiveReason", equalTo("REMATCHED")).body("active", equalTo(false));
            fixture.as(pair.partner()).get(ws + "/messages").then().statusCode(200).body("items[0].body", equalTo("Before the change"));
            fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("body", "after")).post(ws + "/messages").then()
                    .statusCode(409).body("detail", containsString("archived"));
            fixture.as(pair.partner()).get(ws + "/export").then().statusCode(200);
            fixture.as(pair.partner()).get(ws + "/audit").then().body("items.action", hasItems("ARCHIVED", "REMATCHED"));
            // the new workspace: the same partner, the new mentor, not the old one
            fixture.as(pair.partner()).get("/api/v1/workspaces/" + next).then().statusCode(200)
                    .body("summary.previousWorkspaceId", equalTo((int) pair.id()));
            fixture.as(newMentor).contentType(ContentType.JSON).body(Map.of("body", "Hello, I am your new mentor"))
                    .post("/api/v1/workspaces/" + next + "/messages").then().statusCode(201);
            fixture.as(pair.mentor()).get("/api/v1/workspaces/" + next).then().statusCode(404);
            fixture.as(newMentor).get(ws).then().statusCode(404);
            fixture.as("coordinator").contentType(ContentType.JSON).body(Map.of("mentor", newMentor)).post(ws + "/rematch").then().statusCode(409);

            // after the read period the archive closes (it is kept, not deleted: a coordinator can open it again)
            api.advanceClock(Duration.ofDays(3));
            fixture.as(pair.partner()).get(ws).then().statusCode(404);
            fixture.as(pair.partner()).get("/api/v1/workspaces").then().body("items.id", not(hasItem((int) pair.id())));
            fixture.as("coordinator").contentType(ContentType.JSON).body(Map.of("days", 30)).post(ws + "/archive-extension").then().statusCode(204);
            fixture.as(pair.partner()).get(ws + "/messages").then().statusCode(200).body("items[0].body", equalTo("Before the change"));
        } finally {
            fixture.coordinatorsMayRead(false, 180);
        }
    }
}
