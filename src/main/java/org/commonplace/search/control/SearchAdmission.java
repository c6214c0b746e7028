package org.commonplace.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.problem.Busy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * How many searches this node works on at once; the others wait their turn, first come first
 * served, and one that waited too long is answered 503 with a Retry-After.
 *
 * <p>A search is CPU work from start to end. Run sixteen at once on two cores and each gets an
 * eighth of a core, so every search takes eight times its own work and a heavy one is held up by
 * all the others: the slowest answers are the heavy searches times the crowd. Run a few at a time
 * and the rest queue: a search waits for those ahead of it and then runs at full speed, so the
 * answers come as fast on average (the node does the same work) and much more evenly. This is
 * Elasticsearch's fixed search thread pool with its queue (1.5 × processors + 1 threads). The
 * limit is per node because it protects that node's processors; nodes share nothing here.
 */
@ApplicationScoped
public class SearchAdmission {
    /** Searches run at once; 0 (the default) means 1.5 × this node's processors + 1, at least 2. */
    @Inject @ConfigProperty(name = "commonplace.search.concurrency", defaultValue = "0")
    int concurrency;

    /** Longest wait for a turn before the answer is 503. */
    @Inject @ConfigProperty(name = "commonplace.search.queue-seconds", defaultValue = "10")
    long queueSeconds;

    private Semaphore turns;
    private int limit;
    private final LongAdder refused = new LongAdder();
    private final LongAdder served = new LongAdder();
    private final LongAdder waitedNanos = new LongAdder();
    private final LongAdder searchingNanos = new LongAdder();

    @PostConstruct
    void start() {
        limit = concurrency > 0 ? concurrency : defaultConcurrency(Runtime.getRuntime().availableProcessors());
        turns = new Semaphore(limit, true);
    }

    static int defaultConcurrency(int processors) {
        return Math.max(2, processors * 3 / 2 + 1);
    }

    /** Runs the search when it is its turn; throws Busy (503) if none came within the queue time. */
    public <T> T run(Supplier<T> search) {
        long asked = System.nanoTime();
        try {
            if (!turns.tryAcquire(queueSeconds, TimeUnit.SECONDS)) throw busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        long admitted = System.nanoTime();
        try {
            return search.get();
        } finally {
            turns.release();
            waitedNanos.add(admitted - asked);
            searchingNanos.add(System.nanoTime() - admitted);
            served.increment();
        }
    }

    /**
     * This node's turns, for coordinators: how many there are, are taken and are waited for at this
     * moment, and how many searches were answered 503 since the node started (a node that often
     * turns searches away needs more processors, or the cluster another node). Since the node
     * started, too: how many searches had their turn ({@code served}), how long they waited for it
     * in all and how long they held it in all (milliseconds). The difference of two readings gives
     * the mean wait and the mean search of the time between them: when the wait is most of a
     * search's answer time, the node has more searches than processors, and faster code helps less
     * than another node would (docs/benchmarks.md).
     */
    public record Load(int turns, int running, int waiting, long refused, long served, long waitedMillis, long searchingMillis) {
        /** Mean wait for a turn of the searches served so far, in milliseconds (0 before the first). */
        public double meanWaitMillis() { return served == 0 ? 0 : (double) waitedMillis / served; }

        /** Mean time a served search held its turn, in milliseconds (0 before the first). */
        public double meanSearchMillis() { return served == 0 ? 0 : (double) searchingMillis / served; }
    }

    /** waiting is an estimate, as Semaphore gives it. */
    public Load load() {
        return new Load(limit, Math.max(0, limit - turns.availablePermits()), turns.getQueueLength(), refused.sum(),
                served.sum(), waitedNanos.sum() / 1_000_000, searchingNanos.sum() / 1_000_000);
    }

    private Busy busy() {
        refused.increment();
        return new Busy("Search is very busy at the moment: more searches are waiting than this server answers in "
                + queueSeconds + " seconds. Please try again in a moment.", Duration.ofSeconds(Math.max(1, queueSeconds / 2)));
    }
}
