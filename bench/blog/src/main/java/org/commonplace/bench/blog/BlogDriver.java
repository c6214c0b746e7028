package org.commonplace.bench.blog;

import org.HdrHistogram.Histogram;
import org.commonplace.bench.forum.Cpu;
import org.commonplace.bench.forum.Options;
import org.commonplace.bench.forum.QuietMachine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closed-loop HTTP load on the blog post page and the Atom feed, as anonymous readers without
 * cookies fetch them (crawlers, feed readers, first visits), next to nginx serving the same bytes
 * saved as static files. Per target: a priming request (status checked; nginx's bytes compared
 * with the application's), a warm-up, then one window per client count. Before each window it
 * waits for a quiet machine (no test suite, no Maven build, under 15 % busy); a window disturbed
 * by a test suite is repeated (at most 3 times) and marked if it stays disturbed.
 */
final class BlogDriver {
    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    BlogDriver(Options options) {
        this.options = options;
    }

    record Target(String name, String server, long pid, String url, Map<String, String> headers, int expected) { }

    record Run(int clients, double seconds, long requests, long errors, Histogram latency, long bytes, Map<Integer, Long> statuses,
               double serverCores, Cpu.Usage cpu, int attempts, boolean disturbed) {
        double throughput() { return requests / seconds; }
    }

    void run() throws Exception {
        Properties ids = new Properties();
        try (var in = Files.newBufferedReader(Path.of(options.require("ids")))) {
            ids.load(in);
        }
        String payara = options.require("payara");
        String nginx = options.require("nginx");
        long payaraPid = Long.parseLong(options.require("payara-pid"));
        long nginxPid = Long.parseLong(options.require("nginx-pid"));
        int warmup = options.integer("warmup", 30);
        int duration = options.integer("duration", 20);
        List<Integer> clientCounts = new ArrayList<>();
        for (String c : options.get("clients", "1,64").split(",")) clientCounts.add(Integer.parseInt(c.strip()));
        String post = payara + "/blog/" + ids.getProperty("slug");
        String etag = http.send(HttpRequest.newBuilder(URI.create(post)).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElseThrow();

        List<Target> targets = List.of(
                new Target("post page", "Commonplace", payaraPid, post, Map.of(), 200),
                new Target("post page", "nginx", nginxPid, nginx + "/post.html", Map.of(), 200),
                new Target("feed (Atom)", "Commonplace", payaraPid, payara + "/blog/feed.atom", Map.of(), 200),
                new Target("feed (Atom)", "nginx", nginxPid, nginx + "/feed.atom", Map.of(), 200),
                new Target("post page, revalidated (If-None-Match → 304)", "Commonplace", payaraPid, post,
                        Map.of("If-None-Match", etag), 304));

        Map<Target, List<Run>> results = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String only = options.get("only", "");
        for (Target t : targets) {
            if (!only.isBlank() && !(t.server() + ": " + t.name()).contains(only)) continue;
            HttpResponse<byte[]> first = http.send(request(t), HttpResponse.BodyHandlers.ofByteArray());
            if (first.statusCode() != t.expected()) throw new IllegalStateException(t + " answered " + first.statusCode());
            sizes.put(t.server() + " " + t.name(), first.body().length);
            log("=== " + t.server() + ": " + t.name() + " — priming: " + first.statusCode() + ", " + first.body().length + " bytes");
            waitQuiet();
            Run w = measure(t, Math.min(8, clientCounts.stream().max(Integer::compare).orElse(8)), warmup);
            log(String.format(Locale.ROOT, "warm-up %d s: %d requests, %d errors", warmup, w.requests(), w.errors()));
            List<Run> runs = new ArrayList<>();
            for (int clients : clientCounts) {
                Run r = guarded(t, clients, duration);
                runs.add(r);
                log(row(t, r));
            }
            results.put(t, runs);
        }
        Files.writeString(Path.of(options.require("out")), report(results, sizes, clientCounts, warmup, duration));
        log("wrote " + options.require("out"));
    }

    private HttpRequest request(Target t) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url())).timeout(Duration.ofSeconds(60)).GET();
        t.headers().forEach(b::header);
        return b.build();
    }

    /** A measured window, repeated (at most 3 times) if a test suite ran during it. */
    private Run guarded(Target t, int clients, int seconds) throws Exception {
        Run run = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (waitQuiet()) measure(t, 8, 10); // after a wait, warm up again briefly
            AtomicBoolean disturbed = new AtomicBoolean();
            ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
            watch.scheduleAtFixedRate(() -> { if (QuietMachine.running(QuietMachine.HEAVY)) disturbed.set(true); }, 0, 2, TimeUnit.SECONDS);
            Run r;
            try {
                r = measure(t, clients, seconds);
            } finally {
                watch.shutdownNow();
            }
            run = new Run(r.clients(), r.seconds(), r.requests(), r.errors(), r.latency(), r.bytes(), r.statuses(), r.serverCores(),
                    r.cpu(), attempt, disturbed.get());
            if (!disturbed.get()) return run;
            log("a test suite ran during the window; repeating it");
        }
        return run;
    }

    private Run measure(Target t, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Cpu.Snapshot before = Cpu.snapshot(null);
        long serverBefore = ServerCpu.ticks(t.pid());
        long start = System.nanoTime();
        List<Future<Run>> futures = new ArrayList<>();
        HttpRequest request = request(t);
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Histogram h = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
                long n = 0, errors = 0, bytes = 0;
                Map<Integer, Long> statuses = new TreeMap<>();
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        bytes += response.body().length;
                    } catch (IOException e) {
                        status = -1;
                    }
                    h.recordValue(Math.min((System.nanoTime() - t0) / 1000, h.getHighestTrackableValue()));
                    n++;
                    statuses.merge(status, 1L, Long::sum);
                    if (status != t.expected()) errors++;
                }
                return new Run(1, 0, n, errors, h, bytes, statuses, 0, null, 1, false);
            }));
        }
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        long n = 0, errors = 0, bytes = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        for (Future<Run> f : futures) {
            Run r = f.get(seconds + 120L, TimeUnit.SECONDS);
            all.add(r.latency());
            n += r.requests();
            errors += r.errors();
            bytes += r.bytes();
            r.statuses().forEach((k, v) -> statuses.merge(k, v, Long::sum));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double serverCores = (ServerCpu.ticks(t.pid()) - serverBefore) / 100.0 / elapsed;
        Cpu.Usage cpu = Cpu.usage(before, Cpu.snapshot(null), elapsed);
        pool.shutdownNow();
        return new Run(clients, elapsed, n, errors, all, bytes, statuses, serverCores, cpu, 1, false);
    }

    private boolean waitQuiet() throws InterruptedException {
        if (options.get("wait", "true").equals("false")) return false;
        return QuietMachine.await(null, options.integer("max-wait-minutes", 20), 15_000, BlogDriver::log);
    }

    private static String row(Target t, Run r) {
        Histogram h = r.latency();
        double other = Math.max(0, r.cpu().machineBusyPercent() / 100 * Cpu.CORES - r.serverCores() - r.cpu().postgresCores() - r.cpu().driverCores());
        return String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f | %.0f %% | %.2f / %.2f / %.2f / %.2f |%s",
                t.name(), t.server(), r.clients(), r.seconds(), r.requests(), r.errors(), r.throughput(), ms(h, 50), ms(h, 90), ms(h, 99),
                h.getMaxValue() / 1000.0, r.requests() == 0 ? 0 : r.bytes() / 1024.0 / r.requests(), r.cpu().machineBusyPercent(),
                r.serverCores(), r.cpu().postgresCores(), r.cpu().driverCores(), other,
                r.disturbed() ? " disturbed" : r.attempts() > 1 ? " (repeated)" : "");
    }

    private static String report(Map<Target, List<Run>> results, Map<String, Integer> sizes, List<Integer> clients, int warmup, int duration) {
        StringBuilder md = new StringBuilder();
        md.append("## Throughput, Commonplace next to nginx\n\n")
                .append("| what | clients | Commonplace req/s | nginx req/s | Commonplace ÷ nginx |\n|---|---:|---:|---:|---:|\n");
        for (String page : List.of("post page", "feed (Atom)")) {
            for (int i = 0; i < clients.size(); i++) {
                Run app = find(results, page, "Commonplace", i);
                Run ref = find(results, page, "nginx", i);
                if (app == null || ref == null) continue;
                md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f (1 : %.1f) |%n", page, clients.get(i), app.throughput(),
                        ref.throughput(), app.throughput() / ref.throughput(), ref.throughput() / app.throughput()));
            }
        }
        md.append("\n## Every window\n\n").append("Warm-up ").append(warmup).append(" s at 8 clients per target; windows of ")
                .append(duration).append(" s. Latency from sending the request to the last byte of the answer (HdrHistogram, µs). ")
                .append("CPU in cores of the machine's ").append(Cpu.CORES).append(": the server measured (Payara Micro's JVM, or nginx's ")
                .append("master and workers), PostgreSQL, this driver, everything else.\n\n")
                .append("| what | server | clients | window s | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | KiB/answer | machine busy | cores: server / PostgreSQL / driver / other |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        results.forEach((t, runs) -> runs.forEach(r -> md.append(row(t, r)).append('\n')));
        md.append("\nBytes of one answer (priming request): ");
        sizes.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
        md.append("\n");
        return md.toString();
    }

    private static Run find(Map<Target, List<Run>> results, String page, String server, int index) {
        for (var e : results.entrySet()) {
            if (e.getKey().name().equals(page) && e.getKey().server().equals(server)) return e.getValue().get(index);
        }
        return null;
    }

    private static double ms(Histogram h, double percentile) { return h.getValueAtPercentile(percentile) / 1000.0; }

    static void log(String line) {
        Http.log(line);
    }
}
