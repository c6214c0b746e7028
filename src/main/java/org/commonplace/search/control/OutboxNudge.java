package org.commonplace.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * After a local transaction that wrote the outbox commits, asks the feeder to run at once on
 * another thread (not inside the committing transaction's completion). Other nodes see the row
 * at their next tick, within a quarter second.
 */
@ApplicationScoped
public class OutboxNudge {
    @Resource
    ManagedExecutorService executor;

    @Inject IndexFeeder feeder;

    private final AtomicBoolean pending = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten event) {
        if (!pending.compareAndSet(false, true)) return; // one run picks up every row committed before it
        try {
            executor.execute(() -> {
                pending.set(false);
                feeder.feedNow();
            });
        } catch (RuntimeException shuttingDown) {
            pending.set(false);
        }
    }
}
