package org.commonplace.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.commonplace.platform.jobs.JobLeases;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a day, on one node of the cluster, deletes outbox rows older than a week. Every node has
 * applied them long before; a node whose index is older than that (it was down for a week) sees
 * the purge horizon pass its watermark and rebuilds.
 */
@Startup
@Singleton
@jakarta.ejb.DependsOn("SchemaMigration")
public class OutboxPurgeJob {
    static final String JOB = "search-outbox-purge";
    static final Duration RETENTION = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(OutboxPurgeJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject JobLeases leases;
    @Inject OutboxReader outbox;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::run, 10, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
    }

    void run() {
        try {
            if (leases.acquireOnceEvery(JOB, Duration.ofHours(23))) {
                int deleted = outbox.purgeOlderThan(Instant.now().minus(RETENTION));
                LOG.info(() -> "Search outbox: " + deleted + " rows older than " + RETENTION.toDays() + " days deleted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Purging the search outbox failed; it is tried again in an hour", e);
        }
    }
}
