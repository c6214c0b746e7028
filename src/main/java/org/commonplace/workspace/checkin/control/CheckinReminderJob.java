package org.commonplace.workspace.checkin.control;

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
 * Every 15 minutes, on one node of the cluster (lease "workspace-checkins"), opens the check-in
 * rounds that have fallen due and sends their reminders.
 */
@Startup
@Singleton
@jakarta.ejb.DependsOn("SchemaMigration")
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED) // each workspace is its own transaction
public class CheckinReminderJob {
    static final String JOB = "workspace-checkins";
    private static final Logger LOG = Logger.getLogger(CheckinReminderJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject JobLeases leases;
    @Inject CheckinRounds rounds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::run, 5, 15, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
    }

    void run() {
        try {
            if (leases.acquire(JOB, Duration.ofMinutes(14))) LOG.fine(() -> "Check-in reminders: " + runNow());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Opening due check-ins failed; trying again in 15 minutes", e);
        }
    }

    /** Opens every due round; answers the number of reminders queued. */
    public int runNow() {
        int reminders = 0;
        for (Long workspaceId : rounds.due()) {
            try {
                reminders += rounds.open(workspaceId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The check-in of workspace " + workspaceId + " could not be opened", e);
            }
        }
        return reminders;
    }
}
