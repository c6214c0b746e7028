package org.commonplace.notify.control;

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
 * Once a day, on one node of the cluster, everyone who chose the daily digest gets one mail with
 * what they have not read. The hourly check takes a 23-hour lease, so the digest goes out once a day.
 */
@Startup
@Singleton
@jakarta.ejb.DependsOn("SchemaMigration")
public class DigestJob {
    static final String JOB = "notification-digest";
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject JobLeases leases;
    @Inject Notifications notifications;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::run, 1, 1, TimeUnit.HOURS);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
    }

    void run() {
        try {
            if (leases.acquireOnceEvery(JOB, Duration.ofHours(23))) {
                int mails = notifications.sendDigests();
                LOG.info(() -> "Daily digest: " + mails + " e-mails queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily digest failed; it is tried again in an hour", e);
        }
    }
}
