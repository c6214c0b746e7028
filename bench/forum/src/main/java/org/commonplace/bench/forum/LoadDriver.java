package org.commonplace.bench.forum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop HTTP load: each client sends a request, waits for the whole answer, and sends the
 * next one at once (no think time, no coordinated-omission correction). Per endpoint: a priming
 * request (status and content checked), one request with {@code X-Count-Sql: 1} (answered only in
 * test mode), a warm-up, then one measured window per client count. Before and during each
 * measured window it checks that no other heavy process (the other engineer's test suite) runs; a
 * window that was disturbed is repeated.
 */
final class LoadDriver {
    /** CPU of processes other than Payara, PostgreSQL and this driver above which a window counts as disturbed. */
    static final double FOREIGN_CORES = 0.25;
    static final int REWARM_SECONDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final String base;
    private final HttpClient http;
    private final List<String> replyBodies = new ArrayList<>();
    private final Long payaraPid;
    private int warmClients = 8;
    private int rewarms;

    LoadDriver(Options options) {
        this.options = options;
        this.base = options.get("base", "http://localhost:8181");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String pid = options.get("payara-pid", "");
        this.payaraPid = pid.isBlank() ? null : Long.parseLong(pid);
    }

    record Endpoint(String name, String note, Supplier<HttpRequest> request, int expected) { }

    record Run(int clients, double seconds, long requests, long errors, Histogram latency, long bytes,
               Map<Integer, Long> statuses, List<String> errorSamples, Cpu.Usage cpu, int attempts, boolean disturbed) {
        double throughput() { return requests / seconds; }
    }

    void run() throws Exception {
        Properties ids = new Properties();
        try (var in = Files.newBufferedReader(Path.of(options.require("ids")))) {
            ids.load(in);
        }
        long threadId = Long.parseLong(ids.getProperty("threadId"));
        long replyThreadId = Long.parseLong(ids.getProperty("replyThreadId"));
        long boardId = Long.parseLong(ids.getProperty("boardId"));
        long firstThread = Long.parseLong(ids.getProperty("firstThreadId"));
        long lastThread = Long.parseLong(ids.getProperty("lastThreadId"));
        int warmup = options.integer("warmup", 10);
        int duration = options.integer("duration", 25);
        List<Integer> clientCounts = new ArrayList<>();
        for (String c : options.get("clients", "1,32").split(",")) clientCounts.add(Integer.parseInt(c.strip()));
        String only = options.get("only", "");

        if (options.get("sample", null) != null) {
            SampleText sample = new SampleText(Path.of(options.get("sample", null)));
            for (String a : sample.answers) if (a.length() <= 2000) replyBodies.add(a);
        }
        if (replyBodies.isEmpty()) replyBodies.add("A reply written by the load benchmark, with **some** Markdown and a [link](https://example.org/).");

        String readerToken = token("partner1");
        String writerToken = token("mentor1");
        String session = browserSession("partner1");
        log("signed in: bearer tokens for partner1 and mentor1, browser session for partner1");

        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("GET /api/v1/threads/{id}?size=200",
                "thread API, one page of 200 posts (JSON: body and bodyHtml of each post), bearer token of partner1",
                () -> get("/api/v1/threads/" + threadId + "?size=200").header("Authorization", "Bearer " + readerToken).build(), 200));
        endpoints.add(new Endpoint("GET /threads/{id}?page=1",
                "thread page (HTML, 50 posts: the page size of the HTML page is fixed at 50), session cookie of partner1",
                () -> get("/threads/" + threadId + "?page=1").header("Cookie", session).build(), 200));
        endpoints.add(new Endpoint("GET /boards/{id}",
                "board page (HTML, 25 threads), session cookie of partner1",
                () -> get("/boards/" + boardId).header("Cookie", session).build(), 200));
        endpoints.add(new Endpoint("GET /api/v1/boards/{id}/threads",
                "board API, first page (default size 20), bearer token of partner1",
                () -> get("/api/v1/boards/" + boardId + "/threads").header("Authorization", "Bearer " + readerToken).build(), 200));
        endpoints.add(new Endpoint("POST /api/v1/threads/{id}/posts (one thread)",
                "reply as mentor1 (bearer), every request to the same thread (" + replyThreadId + "): replies queue on its row lock",
                () -> post("/api/v1/threads/" + replyThreadId + "/posts", writerToken), 201));
        endpoints.add(new Endpoint("POST /api/v1/threads/{id}/posts (random threads)",
                "reply as mentor1 (bearer), each request to a random one of the " + (lastThread - firstThread + 1) + " loaded threads except the measured one",
                () -> post("/api/v1/threads/" + (firstThread + 1 + ThreadLocalRandom.current().nextLong(lastThread - firstThread))
                        + "/posts", writerToken), 201));

        StringBuilder md = new StringBuilder();
        StringBuilder summary = new StringBuilder();
        summary.append("| endpoint | clients | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder sqlTable = new StringBuilder("| endpoint | SQL statements (X-Sql-Statements) | response bytes | status |\n|---|---:|---:|---:|\n");

        for (Endpoint e : endpoints) {
            if (!only.isBlank() && !e.name().contains(only)) continue;
            log("=== " + e.name());
            HttpResponse<byte[]> first = http.send(e.request().get(), HttpResponse.BodyHandlers.ofByteArray());
            String check = check(e, first);
            log("priming request: status " + first.statusCode() + ", " + first.body().length + " bytes" + check);
            HttpResponse<byte[]> counted = http.send(HttpRequest.newBuilder(e.request().get(), (n, v) -> true)
                    .header("X-Count-Sql", "1").build(), HttpResponse.BodyHandlers.ofByteArray());
            String sql = counted.headers().firstValue("X-Sql-Statements").orElse("(no header: not in test mode?)");
            log("SQL statements: " + sql + " (status " + counted.statusCode() + ")");
            sqlTable.append("| `").append(e.name()).append("` | ").append(sql).append(" | ").append(counted.body().length)
                    .append(" | ").append(counted.statusCode()).append(" |\n");

            vacuum();
            waitQuiet();
            warmClients = Math.min(8, clientCounts.stream().max(Integer::compare).orElse(8));
            Run w = measure(e, warmClients, warmup);
            log(String.format(Locale.ROOT, "warm-up %d clients %ds: %d requests, %d errors", w.clients(), warmup, w.requests(), w.errors()));

            md.append("\n### `").append(e.name()).append("`\n\n").append(e.note()).append(".\n\n");
            md.append("Priming request: status ").append(first.statusCode()).append(", ").append(first.body().length)
                    .append(" bytes").append(check).append(". SQL statements for one request: ").append(sql)
                    .append(". Warm-up: ").append(warmup).append(" s at ").append(w.clients()).append(" clients (")
                    .append(w.requests()).append(" requests, ").append(w.errors()).append(" errors).\n\n");
            md.append("| clients | window s | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | mean KiB/resp | machine CPU busy | CPU cores used: Payara (of which JIT, GC) / PostgreSQL / driver / other |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            List<String> notes = new ArrayList<>();
            for (int clients : clientCounts) {
                rewarms = 0;
                Run r = measureGuarded(e, clients, duration);
                if (rewarms > 0) notes.add(clients + " clients: waited for other processes before the window, then warmed up again ("
                        + rewarms + " × " + REWARM_SECONDS + " s at " + warmClients + " clients)");
                Histogram h = r.latency();
                String row = String.format(Locale.ROOT, "| %d | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f %% | %.2f (%.2f, %.2f) / %.2f / %.2f / %.2f |",
                        clients, r.seconds(), r.requests(), r.errors(), r.throughput(), ms(h, 50), ms(h, 90), ms(h, 99),
                        h.getMaxValue() / 1000.0, r.requests() == 0 ? 0 : r.bytes() / 1024.0 / r.requests(),
                        r.cpu().machineBusyPercent(), r.cpu().payaraCores(), r.cpu().payaraJitCores(), r.cpu().payaraGcCores(),
                        r.cpu().postgresCores(), r.cpu().driverCores(), r.cpu().otherCores());
                md.append(row).append('\n');
                summary.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", e.name(),
                        clients, r.requests(), r.errors(), r.throughput(), ms(h, 50), ms(h, 90), ms(h, 99), h.getMaxValue() / 1000.0));
                log(row);
                if (r.errors() > 0) notes.add(clients + " clients: statuses " + r.statuses() + "; first errors: " + r.errorSamples());
                if (r.attempts() > 1 || r.disturbed()) {
                    notes.add(clients + " clients: " + (r.disturbed() ? "another process was busy during the window even after "
                            + r.attempts() + " attempts; figures are disturbed" : "repeated " + (r.attempts() - 1)
                            + " time(s) because another process was busy during the window; the figures are from an undisturbed window"));
                }
            }
            for (String n : notes) md.append("\n- ").append(n.replace("|", "\\|"));
            if (!notes.isEmpty()) md.append('\n');
        }

        String out = "## Summary\n\n" + summary + "\n## SQL statements per request\n\nOne request each with `X-Count-Sql: 1`; "
                + "the application answers `X-Sql-Statements` only when started with `-Dcommonplace.mode=test` (this run was). "
                + "The count includes the sign-in lookup and is taken before a page is rendered.\n\n" + sqlTable
                + "\n## Per endpoint\n" + md;
        Files.writeString(Path.of(options.require("out")), out);
        log("wrote " + options.require("out"));
    }

    /**
     * VACUUM (ANALYZE) of the tables that the requests write, before each endpoint, when --jdbc is
     * given. The PostgreSQL server of the benchmark machine runs with autovacuum off (a server-wide
     * setting the benchmark leaves alone); without this, the dead row versions of one endpoint's
     * writes (every reply updates its thread's row) would slow down the next endpoint.
     */
    private void vacuum() throws java.sql.SQLException {
        String url = options.get("jdbc", "");
        if (url.isBlank()) return;
        long t0 = System.nanoTime();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, options.get("db-user", "postgres"), "");
             java.sql.Statement st = db.createStatement()) {
            db.setAutoCommit(true);
            st.execute("VACUUM (ANALYZE) forum_thread, post, watch, thread_read, api_token, browser_session, notification");
        }
        log(String.format(Locale.ROOT, "VACUUM (ANALYZE) of the written tables: %.1f s", (System.nanoTime() - t0) / 1e9));
    }

    /** A measured window, repeated (at most 3 times) if another heavy process ran during it. */
    private Run measureGuarded(Endpoint e, int clients, int seconds) throws Exception {
        Run run = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            // a long wait lets the JIT's code cache sweeper throw compiled code away: warm up again after one
            for (int rewarm = 0; waitQuiet() && rewarm < 10; rewarm++) {
                Run w = measure(e, warmClients, REWARM_SECONDS);
                rewarms++;
                log("re-warmed after the wait: " + REWARM_SECONDS + " s at " + warmClients + " clients, " + w.requests() + " requests");
            }
            AtomicBoolean disturbed = new AtomicBoolean();
            ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
            watch.scheduleAtFixedRate(() -> { if (QuietMachine.running(QuietMachine.HEAVY)) disturbed.set(true); }, 0, 2, TimeUnit.SECONDS);
            Run r;
            try {
                r = measure(e, clients, seconds);
            } finally {
                watch.shutdownNow();
            }
            if (QuietMachine.running(QuietMachine.HEAVY)) disturbed.set(true);
            if (r.cpu().otherCores() > FOREIGN_CORES) {
                log(String.format(Locale.ROOT, "other processes used %.2f cores during the window", r.cpu().otherCores()));
                disturbed.set(true);
            }
            if (payaraPid != null && ProcessHandle.of(payaraPid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
                throw new IllegalStateException("Payara Micro (pid " + payaraPid + ") is gone; statuses of the last window: " + r.statuses());
            }
            run = new Run(r.clients(), r.seconds(), r.requests(), r.errors(), r.latency(), r.bytes(), r.statuses(),
                    r.errorSamples(), r.cpu(), attempt, disturbed.get());
            if (!disturbed.get()) return run;
            log("the window was disturbed by another process; repeating");
        }
        return run;
    }

    private Run measure(Endpoint e, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Cpu.Snapshot cpuBefore = Cpu.snapshot(payaraPid);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Run>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Histogram h = new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
                long n = 0, errors = 0, bytes = 0;
                Map<Integer, Long> statuses = new TreeMap<>();
                List<String> samples = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    HttpRequest request = e.request().get();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        bytes += response.body().length;
                        if (status != e.expected() && samples.size() < 2) {
                            samples.add(status + " " + new String(response.body(), 0, Math.min(300, response.body().length),
                                    StandardCharsets.UTF_8).replaceAll("\\s+", " "));
                        }
                    } catch (IOException ex) {
                        status = -1;
                        if (samples.size() < 2) samples.add("exception " + ex);
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    h.recordValue(Math.min(micros, h.getHighestTrackableValue()));
                    n++;
                    statuses.merge(status, 1L, Long::sum);
                    if (status < 200 || status > 299) errors++;
                }
                return new Run(1, 0, n, errors, h, bytes, statuses, samples, null, 1, false);
            }));
        }
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
        long n = 0, errors = 0, bytes = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        List<String> samples = new ArrayList<>();
        for (Future<Run> f : futures) {
            Run r = f.get(seconds + 180L, TimeUnit.SECONDS);
            all.add(r.latency());
            n += r.requests();
            errors += r.errors();
            bytes += r.bytes();
            r.statuses().forEach((k, v) -> statuses.merge(k, v, Long::sum));
            if (samples.size() < 3) samples.addAll(r.errorSamples().subList(0, Math.min(r.errorSamples().size(), 3 - samples.size())));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Cpu.Usage cpu = Cpu.usage(cpuBefore, Cpu.snapshot(payaraPid), elapsed);
        pool.shutdownNow();
        return new Run(clients, elapsed, n, errors, all, bytes, statuses, samples, cpu, 1, false);
    }

    private String check(Endpoint e, HttpResponse<byte[]> r) {
        if (r.statusCode() != e.expected()) {
            throw new IllegalStateException(e.name() + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8).substring(0, Math.min(500, r.body().length)));
        }
        String body = new String(r.body(), StandardCharsets.UTF_8);
        try {
            if (e.name().startsWith("GET /api/v1/threads")) {
                JsonNode json = JSON.readTree(body);
                return ", " + json.path("posts").path("items").size() + " posts of " + json.path("posts").path("total").asLong();
            }
            if (e.name().startsWith("GET /api/v1/boards")) {
                JsonNode json = JSON.readTree(body);
                return ", " + json.path("items").size() + " threads of " + json.path("total").asLong();
            }
            if (e.name().startsWith("GET /threads")) return ", " + count(body, "class=\"post card\"") + " posts on the page";
            if (e.name().startsWith("GET /boards")) return ", " + count(body, "href=\"/threads/") + " links to threads";
        } catch (IOException ex) {
            return ", (answer not parsed: " + ex.getMessage() + ")";
        }
        return "";
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    }

    private HttpRequest post(String path, String token) {
        String body = replyBodies.get(ThreadLocalRandom.current().nextInt(replyBodies.size()));
        try {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("body", body)))).build();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private String token(String username) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username,
                        "password", options.get("password", "commonplace-demo"))))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("token for " + username + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body()).path("token").asText();
    }

    /** GET /login for the CSRF cookie and field, then POST /login; answers the Cookie header of the signed-in browser. */
    private String browserSession(String username) throws Exception {
        HttpResponse<String> form = http.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        String csrf = cookie(form, "cp_csrf");
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        if (csrf == null || !field.find()) throw new IllegalStateException("no CSRF cookie or field on /login (" + form.statusCode() + ")");
        String body = "username=" + enc(username) + "&password=" + enc(options.get("password", "commonplace-demo"))
                + "&_csrf=" + enc(field.group(1)) + "&next=" + enc("/");
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "cp_csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(signedIn, "cp_session");
        if (signedIn.statusCode() != 303 || session == null) {
            throw new IllegalStateException("sign-in of " + username + " answered " + signedIn.statusCode());
        }
        String rotated = cookie(signedIn, "cp_csrf");
        return "cp_session=" + session + "; cp_csrf=" + (rotated == null ? csrf : rotated);
    }

    private static String cookie(HttpResponse<?> r, String name) {
        for (String header : r.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                String value = header.substring(name.length() + 1).split(";", 2)[0];
                if (!value.isBlank()) return value;
            }
        }
        return null;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static double ms(Histogram h, double percentile) { return h.getValueAtPercentile(percentile) / 1000.0; }

    static void log(String line) {
        System.out.println(Instant.now().toString().substring(11, 19) + " " + line);
    }

    /** Waits for a quiet machine (QuietMachine); true if it waited and the machine became quiet. */
    private boolean waitQuiet() throws InterruptedException {
        return QuietMachine.await(payaraPid, options.integer("max-wait-minutes", 90), 15_000, LoadDriver::log);
    }
}
