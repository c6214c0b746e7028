package org.commonplace.library;

import io.restassured.response.Response;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Files of library resources: what is accepted, how it is served, who may fetch it, and its text. */
@ExtendWith(ArquillianExtension.class)
class LibraryFilesIT {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @ArquillianResource
    URL base;

    Api api;
    LibraryFixture library;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        library = new LibraryFixture(api);
    }

    @Test
    void each_accepted_type_is_stored_with_its_checksum_and_its_text_extracted() throws Exception {
        long id = library.addPublic("Files of every kind");
        Map<String, byte[]> files = Map.of(
                "guide.pdf", SampleFiles.pdf("Portable volunteers handbook"),
                "letter.docx", SampleFiles.docx("Wordy volunteers letter"),
                "budget.xlsx", SampleFiles.xlsx("Spreadsheet volunteers budget"),
                "slides.pptx", SampleFiles.pptx("Slideshow volunteers training"),
                "minutes.odt", SampleFiles.odt("Opendocument volunteers minutes"),
                "notes.txt", "Plain volunteers notes".getBytes(StandardCharsets.UTF_8),
                "readme.md", "# Markdown volunteers readme".getBytes(StandardCharsets.UTF_8));
        Map<String, String> types = Map.of("guide.pdf", "application/pdf", "letter.docx", DOCX,
                "budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "slides.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "minutes.odt", "application/vnd.oasis.opendocument.text", "notes.txt", "text/plain", "readme.md", "text/markdown");
        Map<String, String> words = Map.of("guide.pdf", "Portable", "letter.docx", "Wordy", "budget.xlsx", "Spreadsheet",
                "slides.pptx", "Slideshow", "minutes.odt", "Opendocument", "notes.txt", "Plain", "readme.md", "Markdown");

        for (var file : files.entrySet()) {
            String name = file.getKey();
            Response added = library.upload("mentor1", id, name, file.getValue());
            assertThat(added.statusCode()).as(name + ": " + added.asString()).isEqualTo(201);
            added.then().body("name", equalTo(name)).body("type", equalTo(types.get(name)))
                    .body("size", equalTo(file.getValue().length))
                    .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getValue()))))
                    .body("textStatus", equalTo("EXTRACTED"));
            String downloadUrl = added.jsonPath().getString("downloadUrl");
            assertThat(added.header("Location")).endsWith(downloadUrl);
            api.anonymous().get(downloadUrl + "/text").then().statusCode(200).body(containsString(words.get(name)));
        }
        api.anonymous().get("/api/v1/resources/" + id).then().statusCode(200)
                .body("files.name", hasItems(files.keySet().toArray()))
                .body("files[0].downloadUrl", startsWith("/api/v1/resources/" + id + "/files/"));
    }

    @Test
    void downloads_are_attachments_with_the_detected_type_and_nosniff() {
        long id = library.addPublic("Download headers");
        byte[] pdf = SampleFiles.pdf("Headers");
        long fileId = library.upload("mentor1", id, "Plan; v2.pdf", pdf).then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] text = "just text <script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        long htmlNamed = library.upload("mentor1", id, "page.html", text).then().statusCode(201)
                .body("type", equalTo("text/plain")).body("name", equalTo("page.html.txt")).extract().jsonPath().getLong("id");

        for (String url : new String[] {"/library/" + id + "/files/" + fileId, "/api/v1/resources/" + id + "/files/" + fileId}) {
            Response download = api.anonymous().get(url);
            download.then().statusCode(200).contentType("application/pdf")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", startsWith("attachment; filename=\"Plan_ v2.pdf\""));
            assertThat(download.asByteArray()).isEqualTo(pdf);
        }
        api.anonymous().get("/library/" + id + "/files/" + htmlNamed).then().statusCode(200)
                .contentType(startsWith("text/plain")).header("Content-Disposition", startsWith("attachment"))
                .header("Content-Security-Policy", containsString("sandbox"));
    }

    @Test
    void content_decides_the_type_whatever_the_name_says() {
        long id = library.addPublic("Refused files");
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        library.upload("mentor1", id, "report.pdf", html).then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("PDF, Word (DOCX)"));
        library.upload("mentor1", id, "setup.pdf", SampleFiles.exe()).then().statusCode(415);
        library.upload("mentor1", id, "empty.txt", new byte[0]).then().statusCode(422).body("errors[0].field", equalTo("file"));
        api.anonymous().get("/api/v1/resources/" + id + "/files").then().statusCode(200).body("items", empty());
    }

    @Test
    void a_file_whose_text_cannot_be_read_is_kept_and_says_so() {
        long id = library.addPublic("Broken PDF");
        byte[] broken = "%PDF-1.7\nthis is no real PDF, only its first bytes".getBytes(StandardCharsets.US_ASCII);
        library.upload("mentor1", id, "broken.pdf", broken).then().statusCode(201)
                .body("type", equalTo("application/pdf")).body("textStatus", equalTo("FAILED"));
        api.anonymous().get("/api/v1/resources/" + id + "/files").then().body("items", hasSize(1));
        api.anonymous().accept("text/html").get("/library/" + id).then().body(containsString("text could not be extracted"));
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413() {
        long id = library.addPublic("Too large");
        byte[] big = new byte[25 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        library.upload("mentor1", id, "big.txt", big).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("25 MiB"));
        api.anonymous().get("/api/v1/resources/" + id + "/files").then().body("items", empty());
    }

    @Test
    void files_of_a_cohort_resource_are_seen_only_by_those_who_see_the_resource() {
        long id = library.add("mentor1", LibraryFixture.resource("Cohort A files", "COHORT", library.cohortA));
        long fileId = library.upload("mentor1", id, "plan.docx", SampleFiles.docx("Cohort plan")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String page = "/library/" + id + "/files/" + fileId;
        String api1 = "/api/v1/resources/" + id + "/files/" + fileId;

        api.anonymous().get(page).then().statusCode(404);
        api.anonymous().get(api1).then().statusCode(404);
        api.anonymous().get(api1 + "/text").then().statusCode(404);
        api.as("partner3").get(api1).then().statusCode(404);
        api.as("partner3").get("/api/v1/resources/" + id + "/files").then().statusCode(404);
        api.as("partner1").get(api1).then().statusCode(200).contentType(DOCX);
        new BrowserSession(api).signIn("partner1", Api.DEMO_PASSWORD).get(page).then().statusCode(200);

        library.upload("partner1", id, "mine.txt", "x".getBytes()).then().statusCode(403);
        library.upload("partner3", id, "mine.txt", "x".getBytes()).then().statusCode(404);
        api.as("partner1").delete(api1).then().statusCode(403);
        api.as("coordinator").delete(api1).then().statusCode(204);
        api.as("partner1").get(api1).then().statusCode(404);
    }

    @Test
    void every_change_to_files_is_written_to_the_search_outbox() {
        long id = library.addPublic("Outbox of files");
        long before = LibraryFixture.outboxRows(id);
        long fileId = library.upload("mentor1", id, "notes.txt", "Outbox words".getBytes()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        api.as("mentor1").delete("/api/v1/resources/" + id + "/files/" + fileId).then().statusCode(204);
        if (before >= 0) { // PostgreSQL run: the rows can be read (see LibraryFixture.outboxRows)
            assertThat(before).isEqualTo(1); // added and published
            assertThat(LibraryFixture.outboxRows(id)).isEqualTo(4); // file added, text extracted, file removed
        }
    }

    @Test
    void the_author_uploads_and_removes_a_file_on_the_resource_page() {
        long id = library.addPublic("Page upload");
        BrowserSession mentor = new BrowserSession(api).signIn("mentor1", Api.DEMO_PASSWORD);
        String token = BrowserSession.csrfOf(mentor.get("/library/" + id).asString());
        mentor.request().multiPart("file", "agenda.docx", SampleFiles.docx("Agenda"), "application/octet-stream")
                .post("/library/" + id + "/files?_csrf=" + token).then().statusCode(303);
        mentor.request().multiPart("file", "agenda.pdf", "<html><body>hi</body></html>".getBytes(), "application/pdf")
                .post("/library/" + id + "/files?_csrf=" + token).then().statusCode(415)
                .body(containsString("not one of the accepted types"), containsString("agenda.docx"));
        mentor.request().multiPart("file", "agenda.docx", SampleFiles.docx("Agenda"), "application/octet-stream")
                .post("/library/" + id + "/files").then().statusCode(403);

        String page = new BrowserSession(api).get("/library/" + id).then().statusCode(200)
                .body(containsString("agenda.docx"), containsString("Word document")).extract().asString();
        assertThat(page).doesNotContain("multipart/form-data"); // no upload form for anonymous visitors
        long fileId = api.anonymous().get("/api/v1/resources/" + id + "/files").jsonPath().getLong("items[0].id");
        mentor.postForm("/library/" + id, "/library/" + id + "/files/" + fileId + "/remove", Map.of()).then().statusCode(303);
        api.anonymous().get("/api/v1/resources/" + id + "/files").then().body("items", empty());
    }
}
