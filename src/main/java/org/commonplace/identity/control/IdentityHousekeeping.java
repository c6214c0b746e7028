package org.commonplace.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.commonplace.platform.jobs.JobLeases;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every quarter of an hour, on one node of the cluster: forget expired browser sessions and
 * sign-in attempts that no longer count for throttling.
 */
@Startup
@Singleton
@jakarta.ejb.DependsOn("SchemaMigration")
public class IdentityHousekeeping {
    static final String JOB = "identity-housekeeping";
    private static final Logger LOG = Logger.getLogger(IdentityHousekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject JobLeases leases;
    @Inject ExpiredSignIns expired;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::run, 1, 15, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
    }

    void run() {
        try {
            if (!leases.acquire(JOB, Duration.ofMinutes(14))) return;
            ExpiredSignIns.Forgotten forgotten = expired.forget();
            LOG.fine(() -> "Housekeeping on " + leases.node() + ": " + forgotten);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Identity housekeeping failed; it runs again in 15 minutes", e);
        }
    }
}
