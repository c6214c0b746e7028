package org.commonplace.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes a scheduled job run on one node of the cluster at a time. Every node's scheduler fires;
 * each tries to take the job's lease with one conditional UPDATE, which the database lets exactly
 * one of them win. The winner runs the job; the lease runs out by itself if the node dies.
 * Jobs are listed in the job_lease table by migrations.
 */
@ApplicationScoped
public class JobLeases {
    private final String node = nodeName();

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    /** True if this node may run the job now, for at most the lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, Duration lease) {
        Instant now = Instant.now();
        return em.createQuery("update JobLease l set l.holder = :node, l.leaseUntil = :until "
                        + "where l.name = :job and (l.leaseUntil < :now or l.holder = :node)")
                .setParameter("node", node).setParameter("until", now.plus(lease))
                .setParameter("job", job).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * True if the job's last run is at least the period ago, whichever node ran it: for jobs that
     * must run once per period (the daily digest), where the holder may not simply renew.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquireOnceEvery(String job, Duration period) {
        Instant now = Instant.now();
        return em.createQuery("update JobLease l set l.holder = :node, l.leaseUntil = :until "
                        + "where l.name = :job and l.leaseUntil < :now")
                .setParameter("node", node).setParameter("until", now.plus(period))
                .setParameter("job", job).setParameter("now", now)
                .executeUpdate() == 1;
    }

    public String node() { return node; }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        if (host.length() > 80) host = host.substring(0, 80);
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
