package org.commonplace.blog.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.commonplace.platform.jobs.JobLeases;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every node looks for due scheduled posts every {@code commonplace.blog.publish-check-seconds}
 * (30 s); the node holding the "blog-publishing" lease publishes them. The lease only saves the
 * other nodes the work: exactly-once comes from the row lock in {@link ScheduledPublishing}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BlogScheduler {
    static final String JOB = "blog-publishing";
    private static final Logger LOG = Logger.getLogger(BlogScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject JobLeases leases;
    @Inject ScheduledPublishing publishing;
    @Inject BlogLimits limits;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long every = limits.publishCheckSeconds();
        task = scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
    }

    void run() {
        try {
            if (leases.acquire(JOB, Duration.ofSeconds(Math.max(60, 3 * limits.publishCheckSeconds())))) publishing.publishDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled blog publishing failed; it is tried again at the next check", e);
        }
    }
}
