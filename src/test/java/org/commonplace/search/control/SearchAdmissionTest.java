package org.commonplace.search.control;

import org.commonplace.platform.problem.Busy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node runs a few searches at once; the others wait their turn in order, and not for ever. */
class SearchAdmissionTest {

    static SearchAdmission admission(int concurrency, long queueSeconds) {
        SearchAdmission admission = new SearchAdmission();
        admission.concurrency = concurrency;
        admission.queueSeconds = queueSeconds;
        admission.start();
        return admission;
    }

    @Test
    void by_default_one_and_a_half_searches_per_processor_plus_one_run_at_once() {
        assertThat(SearchAdmission.defaultConcurrency(1)).isEqualTo(2);
        assertThat(SearchAdmission.defaultConcurrency(2)).isEqualTo(4);
        assertThat(SearchAdmission.defaultConcurrency(8)).isEqualTo(13);
        assertThat(admission(0, 10).load().turns()).isEqualTo(SearchAdmission.defaultConcurrency(Runtime.getRuntime().availableProcessors()));
        assertThat(admission(3, 10).load().turns()).isEqualTo(3);
    }

    @Test
    void no_more_searches_than_the_limit_run_at_once() throws Exception {
        SearchAdmission admission = admission(2, 10);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                done.add(pool.submit(() -> admission.run(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(30);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < 8; i++) assertThat(done.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void waiting_searches_take_their_turn_in_the_order_they_came() throws Exception {
        SearchAdmission admission = admission(1, 10);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<?> first = pool.submit(() -> admission.run(() -> { await(release); return 0; }));
            waitUntilQueued(admission, 0);
            for (int i = 1; i <= 5; i++) {
                int n = i;
                pool.submit(() -> admission.run(() -> order.add(n)));
                waitUntilQueued(admission, i);
            }
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(order).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void a_search_that_waited_longer_than_the_queue_time_is_answered_503_with_retry_after() throws Exception {
        SearchAdmission admission = admission(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> admission.run(() -> { await(release); return 0; }));
            waitUntilQueued(admission, 0);
            assertThatThrownBy(() -> admission.run(() -> "never"))
                    .isInstanceOfSatisfying(Busy.class, busy -> {
                        assertThat(busy.status()).isEqualTo(503);
                        assertThat(busy.retryAfterSeconds()).isEqualTo(1);
                        assertThat(busy.detail()).contains("try again");
                    });
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(admission.run(() -> "after")).isEqualTo("after");
        assertThat(admission.load().refused()).as("searches turned away, for coordinators").isEqualTo(1);
    }

    @Test
    void coordinators_see_how_many_turns_are_taken_and_waited_for() throws Exception {
        SearchAdmission admission = admission(1, 10);
        assertThat(now(admission.load())).containsExactly(1, 0, 0, 0L, 0L);
        oneWaitsWhileTheOtherSearches(admission, () -> assertThat(now(admission.load())).containsExactly(1, 1, 1, 0L, 0L));
        assertThat(now(admission.load())).as("turns, running, waiting, refused, served").containsExactly(1, 0, 0, 0L, 2L);
    }

    @Test
    void the_time_searches_waited_for_their_turn_and_held_it_is_added_up() throws Exception {
        SearchAdmission admission = admission(1, 10);
        assertThat(admission.load().meanWaitMillis()).isZero();
        assertThat(admission.load().meanSearchMillis()).isZero();
        oneWaitsWhileTheOtherSearches(admission, () -> sleep(150));
        SearchAdmission.Load load = admission.load();
        assertThat(load.served()).isEqualTo(2);
        assertThat(load.waitedMillis()).as("the second search's wait").isBetween(150L, 10_000L);
        assertThat(load.searchingMillis()).as("the first search's turn").isBetween(150L, 10_000L);
        assertThat(load.meanWaitMillis()).isEqualTo(load.waitedMillis() / 2.0);
        assertThat(load.meanSearchMillis()).isEqualTo(load.searchingMillis() / 2.0);
    }

    /** With one turn: a search holds it until {@code meanwhile} has run, while a second waits for it; then both finish. */
    private static void oneWaitsWhileTheOtherSearches(SearchAdmission admission, Runnable meanwhile) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> admission.run(() -> { await(release); return 0; }));
            waitUntilQueued(admission, 0);
            Future<?> second = pool.submit(() -> admission.run(() -> 1));
            waitUntilQueued(admission, 1);
            meanwhile.run();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_search_that_fails_gives_its_turn_back() {
        SearchAdmission admission = admission(1, 1);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> admission.run(() -> { throw new IllegalStateException("broken"); }))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(admission.run(() -> "still answers")).isEqualTo("still answers");
        assertThat(admission.load().served()).as("a failed search had its turn too").isEqualTo(4);
    }

    /** The figures of a Load that do not depend on timing. */
    private static List<Object> now(SearchAdmission.Load load) {
        return List.of(load.turns(), load.running(), load.waiting(), load.refused(), load.served());
    }

    /** Waits until {@code waiting} searches queue behind the one running (the limit is 1). */
    private static void waitUntilQueued(SearchAdmission admission, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (admission.load().waiting() < waiting || admission.load().running() < admission.load().turns()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the search did not start waiting");
            Thread.sleep(2);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
