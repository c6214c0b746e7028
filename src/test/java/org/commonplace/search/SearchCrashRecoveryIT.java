package org.commonplace.search;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.commonplace.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Kill -9 in the middle of a burst of writes: after a restart, every committed item is searchable
 * and no rolled-back one is. Runs its own Payara Micro process (the shared test server cannot be
 * killed), on PostgreSQL, the production database; the H2 run skips it.
 */
class SearchCrashRecoveryIT {
    private static final String DATABASE = TestDatabase.PG_DATABASE + "_crash";
    private static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

    private Process server;

    @AfterEach
    void stop() {
        if (server != null) server.destroyForcibly();
    }

    @Test
    void committed_writes_survive_sigkill_and_rolled_back_ones_never_appear() throws Exception {
        assumeTrue("postgresql".equals(TestDatabase.kind()), "runs once, on PostgreSQL");
        TestDatabase.recreatePostgres(DATABASE);
        Path work = Path.of("target/crash-recovery");
        TestDatabase.deleteTree(work);
        int port = freePort();
        String site = "http://127.0.0.1:" + port;

        server = start(work, port);
        String token = awaitUp(site);

        // a burst from four clients; every fifth write rolls back on purpose
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> rolledBack = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    boolean rollback = i % 5 == 4;
                    try {
                        var response = RestAssured.given().baseUri(site).header("Authorization", "Bearer " + token)
                                .contentType(ContentType.JSON)
                                .body(Map.of("title", "Crash burst " + client + "-" + i, "summary", "s",
                                        "body", rollback ? "crashrolledback" : "crashcommitted", "tags", List.of(),
                                        "type", "GUIDE", "visibility", "PUBLIC"))
                                .post(rollback ? "/api/test/search/rolled-back-resource" : "/api/v1/resources");
                        if (response.statusCode() == 201) acknowledged.add(response.jsonPath().getLong("id"));
                        if (response.statusCode() == 200 && rollback) rolledBack.add(response.jsonPath().getLong("id"));
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 60);
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, mid-burst
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        assertThat(rolledBack).isNotEmpty();

        server = start(work, port);
        awaitUp(site);

        Set<Long> inDatabase = burstResourcesInDatabase();
        System.out.printf("crash recovery: %d writes acknowledged, %d rolled back, %d in the database after the kill%n",
                acknowledged.size(), rolledBack.size(), inDatabase.size());
        assertThat(inDatabase).containsAll(acknowledged).doesNotContainAnyElementsOf(rolledBack);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> searchIds(site, "crashcommitted").equals(inDatabase));
        assertThat(searchIds(site, "crashrolledback")).isEmpty();
    }

    private static Set<Long> searchIds(String site, String word) {
        Set<Long> ids = new HashSet<>();
        for (int page = 1; ; page++) {
            var json = RestAssured.given().baseUri(site).get("/api/v1/search?size=50&q=" + word + "&page=" + page).jsonPath();
            List<Long> items = json.getList("items.id", Long.class);
            ids.addAll(items);
            if (items.isEmpty() || (long) page * 50 >= json.getLong("total")) return ids;
        }
    }

    private static Set<Long> burstResourcesInDatabase() throws Exception {
        Set<Long> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(JDBC, "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM resource WHERE title LIKE 'Crash burst %'")) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        return ids;
    }

    private static int starts;

    private static Process start(Path work, int port) throws IOException {
        // a fresh runtime directory each time: Payara Micro would otherwise deploy the application
        // it remembers from the killed run and then, a few seconds later, deploy it again
        Path root = work.resolve("payara-root-" + (++starts));
        Files.createDirectories(root);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dcommonplace.db.driver=org.postgresql.ds.PGSimpleDataSource", "-Dcommonplace.db.url=" + JDBC,
                "-Dcommonplace.db.user=postgres", "-Dcommonplace.db.password=",
                "-Dcommonplace.data.dir=" + work.resolve("data").toAbsolutePath(),
                "-Dcommonplace.index.dir=" + work.resolve("index").toAbsolutePath(),
                "-Dcommonplace.demo=true", "-Dcommonplace.mode=test", "-Dcommonplace.smtp.port=" + freePort(),
                "-jar", "target/payara-micro.jar", "--nohazelcast", "--port", Integer.toString(port),
                "--rootdir", root.toAbsolutePath().toString(),
                "--deploy", "target/commonplace.war", "--contextroot", "/"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(work.toFile(), "payara.log"))).start();
    }

    /** Waits for the server and returns a bearer token of mentor1 (demo content). */
    private String awaitUp(String site) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(server.isAlive()).as("Payara Micro exited; see target/crash-recovery/payara.log").isTrue();
            try {
                return http.send(HttpRequest.newBuilder(URI.create(site + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return RestAssured.given().baseUri(site).contentType(ContentType.JSON)
                .body(Map.of("username", "mentor1", "password", "commonplace-demo")).post("/api/v1/auth/token")
                .then().statusCode(200).extract().jsonPath().getString("token");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
