package org.commonplace.bench.search;

import org.commonplace.bench.forum.QuietMachine;
import org.commonplace.bench.forum.Cpu;
import org.commonplace.bench.forum.Options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Search latency, closed loop: the application's search API (Lucene) and the PostgreSQL full-text
 * baseline (PgFts) answer the same fixed query mix (QueryMix), as partner1 (a Cohort A member: the
 * million posts are visible) and anonymously (public resources only). Per target: one pass over the
 * mix (totals compared, first latencies), a warm-up, then one measured window per client count in
 * which each client runs the mix in its own shuffled order, round and round. Latencies go into an
 * HdrHistogram per query class. Before each window it waits (bounded) for a quiet machine, as
 * bench/forum does; a disturbed window is repeated once and, if still disturbed, reported as such.
 */
final class SearchDriver {
    static final double FOREIGN_CORES = 0.25;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final String base;
    private final HttpClient http;
    private final Long payaraPid;
    private final String jdbc;

    SearchDriver(Options options) {
        this.options = options;
        this.base = options.get("base", "http://localhost:8095");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String pid = options.get("payara-pid", "");
        this.payaraPid = pid.isBlank() ? null : Long.parseLong(pid);
        this.jdbc = options.require("jdbc");
    }

    /** One answer: how many items matched (total), how many came back on the page. */
    record Answer(long total, int returned) { }

    /** Something that answers queries; one instance per client thread. */
    interface Client extends AutoCloseable {
        Answer ask(QueryMix.Query q) throws Exception;

        @Override
        default void close() throws Exception { }
    }

    record Target(String name, String note, ClientFactory factory, boolean lucene, String viewer) { }

    interface ClientFactory {
        Client open() throws Exception;
    }

    record Stats(Map<QueryMix.Kind, Histogram> byKind, Histogram all, long requests, long errors, List<String> errorSamples) { }

    record Window(int clients, double seconds, Stats stats, Cpu.Usage cpu, int attempts, boolean disturbed, Turns turns) { }

    /**
     * What the answering node says of the searches of a window (GET /api/v1/search/status, read before and after it:
     * SearchAdmission's totals since the node started): how many had their turn, and their mean wait for it and
     * mean time holding it. Null for PostgreSQL, or when the status could not be read.
     */
    record Turns(long served, double meanWaitMillis, double meanSearchMillis) {
        static Turns between(JsonNode before, JsonNode after) {
            if (before == null || after == null) return null;
            long served = after.path("served").asLong() - before.path("served").asLong();
            if (served <= 0) return null;
            return new Turns(served, (after.path("waitedMillis").asLong() - before.path("waitedMillis").asLong()) / (double) served,
                    (after.path("searchingMillis").asLong() - before.path("searchingMillis").asLong()) / (double) served);
        }
    }

    /** The coordinator's token, for the node's search totals around each API window (null if it cannot sign in). */
    private String coordinatorToken;

    void run() throws Exception {
        Properties ids = new Properties();
        try (var in = Files.newBufferedReader(Path.of(options.require("ids")))) { ids.load(in); }
        int warmup = options.integer("warmup", 30);
        int duration = options.integer("duration", 30);
        int pgDuration = options.integer("pg-duration", duration);
        List<Integer> clientCounts = new ArrayList<>();
        for (String c : options.get("clients", "1,16").split(",")) clientCounts.add(Integer.parseInt(c.strip()));
        int maxClients = clientCounts.stream().max(Integer::compare).orElse(16);

        String token = token("partner1");
        try {
            coordinatorToken = token(options.get("coordinator", "coordinator"));
        } catch (Exception e) {
            log("no coordinator token (" + e.getMessage() + "): the node's waits for a turn are not reported");
        }
        long[] partnerCohorts = cohortsOf("partner1");
        log("partner1: bearer token; cohorts " + java.util.Arrays.toString(partnerCohorts));

        List<Target> targets = new ArrayList<>();
        targets.add(new Target("Lucene (search API), partner1", "`GET /api/v1/search?q=…&size=20` with partner1's bearer token",
                () -> q -> api(q, token), true, "partner1"));
        targets.add(new Target("Lucene (search API), anonymous", "`GET /api/v1/search?q=…&size=20` without credentials",
                () -> q -> api(q, null), true, "anonymous"));
        targets.add(new Target("PostgreSQL FTS, partner1", "ranked query (LIMIT 20) and count over JDBC, cohorts of partner1",
                () -> new Pg(jdbc, partnerCohorts), false, "partner1"));
        targets.add(new Target("PostgreSQL FTS, anonymous", "ranked query (LIMIT 20) and count over JDBC, public items only",
                () -> new Pg(jdbc, new long[0]), false, "anonymous"));
        String only = options.get("only", "");

        StringBuilder perQuery = new StringBuilder();
        Map<String, Map<Integer, Window>> results = new LinkedHashMap<>();
        Map<String, Map<QueryMix.Query, long[]>> firstPass = new LinkedHashMap<>();
        StringBuilder notes = new StringBuilder();
        for (Target t : targets) {
            if (!only.isBlank() && !t.name().contains(only)) continue;
            log("=== " + t.name());
            // one pass over the mix, one client: totals and first latencies
            Map<QueryMix.Query, long[]> pass = new LinkedHashMap<>();
            try (Client c = t.factory().open()) {
                for (QueryMix.Query q : QueryMix.ALL) {
                    long t0 = System.nanoTime();
                    Answer a = c.ask(q);
                    long micros = (System.nanoTime() - t0) / 1000;
                    pass.put(q, new long[] {a.total(), a.returned(), micros});
                    log(String.format(Locale.ROOT, "  %-24s total %,9d, returned %2d, %8.1f ms", q.api(), a.total(), a.returned(), micros / 1000.0));
                }
            }
            firstPass.put(t.name(), pass);
            int windowSeconds = t.lucene() ? duration : pgDuration;
            waitQuiet();
            Window w = measure(t, maxClients, warmup);
            log(String.format(Locale.ROOT, "warm-up %d clients %d s: %d requests, %d errors", maxClients, warmup, w.stats().requests(),
                    w.stats().errors()));
            Map<Integer, Window> byClients = new LinkedHashMap<>();
            for (int clients : clientCounts) {
                Window r = measureGuarded(t, clients, windowSeconds, maxClients);
                byClients.put(clients, r);
                log(String.format(Locale.ROOT, "%d clients: %d requests, %d errors, %.1f req/s, p50 %.1f p99 %.1f max %.1f ms; CPU %s%s",
                        clients, r.stats().requests(), r.stats().errors(), r.stats().requests() / r.seconds(), ms(r.stats().all(), 50),
                        ms(r.stats().all(), 99), r.stats().all().getMaxValue() / 1000.0, cpu(r.cpu()), r.turns() == null ? ""
                                : String.format(Locale.ROOT, "; node: mean wait %.1f ms, mean search %.1f ms (%d searches)",
                                r.turns().meanWaitMillis(), r.turns().meanSearchMillis(), r.turns().served())));
                if (r.stats().errors() > 0) notes.append("- ").append(t.name()).append(", ").append(clients).append(" clients: ")
                        .append(r.stats().errors()).append(" errors; first: ").append(String.join(" / ", r.stats().errorSamples()).replace("|", "\\|")).append('\n');
                if (r.attempts() > 1 || r.disturbed()) notes.append("- ").append(t.name()).append(", ").append(clients).append(" clients: ")
                        .append(r.disturbed() ? "other processes were busy during the window even after " + r.attempts()
                                + " attempts; these figures are disturbed" : "repeated once because another process was busy; figures from the repeat")
                        .append('\n');
            }
            results.put(t.name(), byClients);
        }
        Files.writeString(Path.of(options.require("out")), report(results, firstPass, notes.toString(), warmup, duration, pgDuration));
        log("wrote " + options.require("out"));
    }

    // ------------------------------------------------------------------ report

    private String report(Map<String, Map<Integer, Window>> results, Map<String, Map<QueryMix.Query, long[]>> firstPass, String notes,
                          int warmup, int duration, int pgDuration) {
        StringBuilder md = new StringBuilder();
        md.append("## Latency, all queries of the mix\n\n");
        md.append("Warm-up ").append(warmup).append(" s at the highest client count before each target; windows of ").append(duration)
                .append(" s (Lucene) and ").append(pgDuration).append(" s (PostgreSQL).\n\n");
        md.append("| target | clients | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | CPU cores: Payara / PostgreSQL / driver / other |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        results.forEach((name, byClients) -> byClients.forEach((clients, w) -> {
            Histogram h = w.stats().all();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n", name, clients,
                    w.stats().requests(), w.stats().errors(), w.stats().requests() / w.seconds(), ms(h, 50), ms(h, 90), ms(h, 99),
                    h.getMaxValue() / 1000.0, cpu(w.cpu())));
        }));
        md.append("\n### Where an API answer's time went\n\n");
        md.append("The answering node's own figures for the window (SearchAdmission's totals, read from `GET /api/v1/search/status` "
                + "before and after it): a search first waits for one of the node's turns, then searches (ranking, counting, "
                + "snippets, the page's re-check in the database) while holding it; the rest of the answer time, measured by the "
                + "driver, is outside both (HTTP, signing in, JSON, and the driver itself). With more clients than the node has "
                + "processors, the wait is the share that only more processors or another node take away.\n\n");
        md.append("| target | clients | mean answer ms (driver) | mean wait for a turn ms | mean search ms | rest ms | searches counted by the node |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        results.forEach((name, byClients) -> byClients.forEach((clients, w) -> {
            if (w.turns() == null) return;
            double mean = w.stats().all().getMean() / 1000.0;
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", name, clients, mean,
                    w.turns().meanWaitMillis(), w.turns().meanSearchMillis(),
                    mean - w.turns().meanWaitMillis() - w.turns().meanSearchMillis(), w.turns().served()));
        }));
        md.append("\n## Latency per query class\n\n");
        md.append("| target | clients | query class | requests | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---|---:|---:|---:|---:|---:|\n");
        results.forEach((name, byClients) -> byClients.forEach((clients, w) -> w.stats().byKind().forEach((kind, h) -> {
            if (h.getTotalCount() == 0) return;
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %.1f | %.1f | %.1f | %.1f |%n", name, clients, kind.label,
                    h.getTotalCount(), ms(h, 50), ms(h, 90), ms(h, 99), h.getMaxValue() / 1000.0));
        })));
        md.append("\n## PostgreSQL ÷ Lucene, per query class\n\n");
        md.append("How many times longer PostgreSQL took than the search API for the same class, viewer and client count "
                + "(> 1: Lucene is faster).\n\n");
        md.append("| viewer | clients | query class | Lucene p50 / p99 ms | PostgreSQL p50 / p99 ms | ratio p50 | ratio p99 |\n")
                .append("|---|---:|---|---|---|---:|---:|\n");
        for (String viewer : List.of("partner1", "anonymous")) {
            Map<Integer, Window> lucene = results.get("Lucene (search API), " + viewer);
            Map<Integer, Window> pg = results.get("PostgreSQL FTS, " + viewer);
            if (lucene == null || pg == null) continue;
            for (int clients : lucene.keySet()) {
                Window lw = lucene.get(clients);
                Window pw = pg.get(clients);
                if (pw == null) continue;
                for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                    Histogram lh = lw.stats().byKind().get(kind);
                    Histogram ph = pw.stats().byKind().get(kind);
                    if (lh.getTotalCount() == 0 || ph.getTotalCount() == 0) continue;
                    md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f / %.1f | %.1f / %.1f | %.1f | %.1f |%n", viewer, clients,
                            kind.label, ms(lh, 50), ms(lh, 99), ms(ph, 50), ms(ph, 99), ms(ph, 50) / ms(lh, 50), ms(ph, 99) / ms(lh, 99)));
                }
            }
        }
        md.append("\n## Each query once (first pass, one client, before the warm-up)\n\n");
        md.append("Totals: how many items each engine counted as matching for the viewer (the API's `total`; PostgreSQL's "
                + "`count(*)`). First-pass latencies include cold caches and, for the API, the JIT compiler.\n\n");
        List<String> names = new ArrayList<>(firstPass.keySet());
        md.append("| class | API query | PostgreSQL query |");
        for (String n : names) md.append(" ").append(n).append(": total / ms |");
        md.append("\n|---|---|---|");
        for (int i = 0; i < names.size(); i++) md.append("---:|");
        md.append('\n');
        for (QueryMix.Query q : QueryMix.ALL) {
            md.append("| ").append(q.kind().label).append(" | `").append(q.api()).append("` | `").append(q.pg()).append("` |");
            for (String n : names) {
                long[] v = firstPass.get(n).get(q);
                md.append(String.format(Locale.ROOT, " %,d / %.1f |", v[0], v[2] / 1000.0));
            }
            md.append('\n');
        }
        if (!notes.isBlank()) md.append("\n## Errors and disturbed windows\n\n").append(notes);
        return md.toString();
    }

    private static String cpu(Cpu.Usage u) {
        return u == null ? "" : String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f (machine %.0f %% busy)", u.payaraCores(),
                u.postgresCores(), u.driverCores(), u.otherCores(), u.machineBusyPercent());
    }

    // ------------------------------------------------------------------ measuring

    private Window measureGuarded(Target t, int clients, int seconds, int warmClients) throws Exception {
        Window run = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            if (waitQuiet()) {
                Window w = measure(t, warmClients, 15);
                log("re-warmed after the wait: 15 s at " + warmClients + " clients, " + w.stats().requests() + " requests");
            }
            AtomicBoolean disturbed = new AtomicBoolean();
            ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
            watch.scheduleAtFixedRate(() -> { if (QuietMachine.running(QuietMachine.HEAVY)) disturbed.set(true); }, 0, 2, TimeUnit.SECONDS);
            Window r;
            JsonNode before = t.lucene() ? searchTotals() : null;
            try {
                r = measure(t, clients, seconds);
            } finally {
                watch.shutdownNow();
            }
            Turns turns = t.lucene() ? Turns.between(before, searchTotals()) : null;
            if (r.cpu().otherCores() > FOREIGN_CORES) {
                log(String.format(Locale.ROOT, "other processes used %.2f cores during the window", r.cpu().otherCores()));
                disturbed.set(true);
            }
            if (payaraPid != null && !ProcessHandle.of(payaraPid).map(ProcessHandle::isAlive).orElse(false)) {
                throw new IllegalStateException("Payara Micro (pid " + payaraPid + ") is gone");
            }
            run = new Window(r.clients(), r.seconds(), r.stats(), r.cpu(), attempt, disturbed.get(), turns);
            if (!disturbed.get()) return run;
            log("the window was disturbed by another process" + (attempt < 2 ? "; repeating" : "; keeping it, marked"));
        }
        return run;
    }

    /** Closed loop for the given seconds; each client runs the mix in its own shuffled order. */
    private Window measure(Target t, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Client> opened = new ArrayList<>();
        for (int c = 0; c < clients; c++) opened.add(t.factory().open());
        Cpu.Snapshot before = Cpu.snapshot(payaraPid);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Stats>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = opened.get(c);
            int index = c;
            futures.add(pool.submit(() -> {
                List<QueryMix.Query> order = new ArrayList<>(QueryMix.ALL);
                Collections.shuffle(order, new Random(1000L + index));
                Map<QueryMix.Kind, Histogram> byKind = histograms();
                long n = 0, errors = 0;
                List<String> samples = new ArrayList<>();
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    QueryMix.Query q = order.get(i % order.size());
                    long t0 = System.nanoTime();
                    try {
                        client.ask(q);
                    } catch (Exception e) {
                        errors++;
                        if (samples.size() < 2) samples.add(q.api() + ": " + e.getMessage());
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    Histogram h = byKind.get(q.kind());
                    h.recordValue(Math.min(micros, h.getHighestTrackableValue()));
                    n++;
                }
                return new Stats(byKind, null, n, errors, samples);
            }));
        }
        Map<QueryMix.Kind, Histogram> byKind = histograms();
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(600), 3);
        long n = 0, errors = 0;
        List<String> samples = new ArrayList<>();
        for (Future<Stats> f : futures) {
            Stats s = f.get(seconds + 900L, TimeUnit.SECONDS);
            s.byKind().forEach((k, h) -> { byKind.get(k).add(h); all.add(h); });
            n += s.requests();
            errors += s.errors();
            for (String e : s.errorSamples()) if (samples.size() < 3) samples.add(e);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Cpu.Usage cpu = Cpu.usage(before, Cpu.snapshot(payaraPid), elapsed);
        pool.shutdownNow();
        for (Client c : opened) c.close();
        return new Window(clients, elapsed, new Stats(byKind, all, n, errors, samples), cpu, 1, false, null);
    }

    private static Map<QueryMix.Kind, Histogram> histograms() {
        Map<QueryMix.Kind, Histogram> m = new EnumMap<>(QueryMix.Kind.class);
        for (QueryMix.Kind k : QueryMix.Kind.values()) m.put(k, new Histogram(TimeUnit.SECONDS.toMicros(600), 3));
        return m;
    }

    // ------------------------------------------------------------------ the two engines

    private Answer api(QueryMix.Query q, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?size=20&q="
                + URLEncoder.encode(q.api(), StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(120)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("status " + r.statusCode() + " " + new String(r.body(), 0, Math.min(200, r.body().length),
                    StandardCharsets.UTF_8).replaceAll("\\s+", " "));
        }
        JsonNode json = JSON.readTree(r.body());
        return new Answer(json.path("total").asLong(), json.path("items").size());
    }

    /** One JDBC connection per client; the ranked page and the count, as two statements, like a search page needs. */
    static final class Pg implements Client {
        private final Connection db;
        private final PreparedStatement ranked;
        private final PreparedStatement count;
        private final Array cohorts;

        Pg(String url, long[] cohortIds) throws SQLException {
            db = DriverManager.getConnection(url, "postgres", "");
            db.setAutoCommit(true);
            try (var st = db.createStatement()) { st.execute("SET statement_timeout = '120s'"); }
            Long[] boxed = new Long[cohortIds.length];
            for (int i = 0; i < boxed.length; i++) boxed[i] = cohortIds[i];
            cohorts = db.createArrayOf("bigint", boxed);
            String visible = "(d.cohort_id IS NULL OR d.cohort_id = ANY(?))";
            ranked = db.prepareStatement("SELECT d.kind, d.item_id, ts_rank(d.tsv, q) AS rank FROM " + PgFts.TABLE
                    + " d, websearch_to_tsquery('english', ?) q WHERE d.tsv @@ q AND " + visible + " ORDER BY rank DESC LIMIT 20");
            count = db.prepareStatement("SELECT count(*) FROM " + PgFts.TABLE + " d WHERE d.tsv @@ websearch_to_tsquery('english', ?) AND " + visible);
        }

        @Override
        public Answer ask(QueryMix.Query q) throws SQLException {
            int returned = 0;
            ranked.setString(1, q.pg());
            ranked.setArray(2, cohorts);
            try (ResultSet rs = ranked.executeQuery()) { while (rs.next()) returned++; }
            count.setString(1, q.pg());
            count.setArray(2, cohorts);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new Answer(rs.getLong(1), returned);
            }
        }

        @Override
        public void close() throws SQLException { db.close(); }
    }

    private long[] cohortsOf(String username) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
             PreparedStatement st = db.prepareStatement("SELECT m.cohort_id FROM cohort_membership m JOIN account a ON a.id = m.account_id "
                     + "WHERE a.username = ? ORDER BY 1")) {
            st.setString(1, username);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) { while (rs.next()) ids.add(rs.getLong(1)); }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** This node's search totals (the status API's "searches"), or null. */
    private JsonNode searchTotals() {
        if (coordinatorToken == null) return null;
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search/status"))
                    .header("Authorization", "Bearer " + coordinatorToken).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? JSON.readTree(r.body()).path("searches") : null;
        } catch (Exception e) {
            log("status not read: " + e.getMessage());
            return null;
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

    /** Waits for a quiet machine (bench/forum's QuietMachine); true if it waited and the machine became quiet. */
    private boolean waitQuiet() throws InterruptedException {
        return QuietMachine.await(payaraPid, options.integer("max-wait-minutes", 3), 10_000, SearchDriver::log);
    }


    private static double ms(Histogram h, double percentile) { return h.getValueAtPercentile(percentile) / 1000.0; }

    static void log(String line) {
        System.out.println(Instant.now().toString().substring(11, 19) + " " + line);
    }
}
