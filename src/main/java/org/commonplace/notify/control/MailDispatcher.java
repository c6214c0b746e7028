package org.commonplace.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the mail outbox every second. Each mail is claimed with a conditional update before it is
 * sent, so several nodes can run this side by side and each mail goes out once.
 */
@Startup
@Singleton
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject MailDelivery delivery;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::drain, 2, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
    }

    void drain() {
        try {
            for (Long id : delivery.pending(20)) {
                if (delivery.claim(id)) delivery.send(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail dispatch round failed; will retry", e);
        }
    }
}
