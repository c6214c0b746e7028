package org.commonplace.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.jobs.JobLeases;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this node's index current from the outbox. At start-up it checks the index (missing,
 * corrupt or outdated → rebuilt in the background while the old one, if readable, keeps
 * answering). Then, every quarter second and right after any local commit that wrote the
 * outbox, it applies the rows after its watermark: reload each item by id, replace or delete its
 * document, refresh the searcher (searchable within a second), and at most once a second commit
 * together with the watermark, so that after a crash it resumes from the last durable point.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// no container transaction: the feeder calls transactional beans for each step itself
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
@DependsOn("SchemaMigration")
public class IndexFeeder {
    private static final Logger LOG = Logger.getLogger(IndexFeeder.class.getName());
    static final int BATCH = 1000;
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);
    private static final Duration STATUS_EVERY = Duration.ofSeconds(5);
    private static final Duration CHECKS_EVERY = Duration.ofSeconds(2);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject Settings settings;
    @Inject SearchIndex index;
    @Inject SearchDocuments documents;
    @Inject OutboxReader outbox;
    @Inject IndexRebuild rebuild;
    @Inject JobLeases leases;
    @Inject SearchAdmission admission;

    private final ReentrantLock feeding = new ReentrantLock();
    private volatile OutboxWatermark watermark = new OutboxWatermark(0);
    private volatile Instant lastCommit = Instant.EPOCH;
    private volatile boolean uncommitted;
    private volatile Instant lastStatus = Instant.EPOCH;
    private volatile Instant lastChecks = Instant.EPOCH;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        scheduler.execute(this::openOrRebuild);
        task = scheduler.scheduleWithFixedDelay(this::feedSafely, 500, 250, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
        feeding.lock();
        try {
            if (index.writable() && uncommitted) index.commit(watermark.appliedThrough());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Last commit of the search index failed; the outbox is applied again at start-up", e);
        } finally {
            index.close();
            feeding.unlock();
        }
    }

    /** Feeds now instead of at the next tick (OutboxNudge calls it right after a local commit). */
    public void feedNow() {
        feedSafely();
    }

    /** What start-up does: use the index if sound, else rebuild it (keeping a readable old one answering). */
    void openOrRebuild() {
        try {
            Files.createDirectories(settings.indexDir());
            IndexGeneration.Inspection found = IndexGeneration.inspect(settings.indexDir());
            switch (found.condition()) {
                case USABLE -> {
                    long databaseLatest = Math.max(outbox.latestId(), outbox.purgedThrough());
                    if (found.appliedThrough() > databaseLatest) {
                        // the index has seen changes this database never had: a new or restored
                        // database; its documents may not exist here, so it must not answer
                        LOG.warning(() -> "Search index " + found.path() + " is ahead of the database (outbox "
                                + found.appliedThrough() + " > " + databaseLatest + "): rebuilding");
                        rebuildNow("index belongs to another database state");
                        return;
                    }
                    feeding.lock();
                    try {
                        index.openWritable(found.path(), found.appliedThrough(), found.builtAt());
                        watermark = new OutboxWatermark(found.appliedThrough());
                    } finally {
                        feeding.unlock();
                    }
                    LOG.info(() -> "Search index " + found.path() + " opened; outbox applied through " + found.appliedThrough());
                }
                case OUTDATED -> {
                    LOG.warning(() -> "Search index " + found.path() + " is of an older schema (" + found.problem()
                            + "): it answers while a new one is built");
                    index.openReadOnly(found.path());
                    rebuildNow("schema changed");
                }
                case MISSING, CORRUPT -> {
                    if (found.condition() == IndexGeneration.Condition.CORRUPT) {
                        LOG.warning(() -> "Search index " + found.path() + " is unusable (" + found.problem() + "): rebuilding");
                    }
                    rebuildNow(found.condition() == IndexGeneration.Condition.MISSING ? "no index yet" : "index corrupt");
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not be opened; search answers nothing until a rebuild succeeds", e);
        }
    }

    /** Rebuilds in this thread and installs the result; the live index keeps being fed meanwhile. */
    void rebuildNow(String why) {
        if (!rebuild.begin()) return;
        try {
            LOG.info(() -> "Rebuilding the search index (" + why + ")");
            IndexRebuild.Built built = rebuild.run(settings.indexDir(), this::reportStatus);
            feeding.lock();
            try {
                index.installBuilt(built.path(), built.writer(), built.appliedThrough(), built.builtAt());
                IndexGeneration.makeCurrent(settings.indexDir(), built.path());
                watermark = new OutboxWatermark(built.appliedThrough());
                uncommitted = false;
            } finally {
                feeding.unlock();
            }
            LOG.info(() -> "Search index rebuilt: " + built.documents() + " documents in " + built.took().toMillis() + " ms");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; it is tried again at the next check", e);
        } finally {
            rebuild.end();
            reportStatus();
        }
    }

    private void feedSafely() {
        try {
            feed();
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Applying the search outbox failed; it is tried again", e);
        }
    }

    /** One pass: apply every outbox row after the watermark (in batches), refresh, commit when due. */
    void feed() throws IOException {
        Instant now = Instant.now();
        if (now.isAfter(lastChecks.plus(CHECKS_EVERY))) {
            lastChecks = now;
            periodicChecks();
        }
        if (!feeding.tryLock()) return;
        try {
            if (!index.writable()) return;
            applyRows(outbox.byIds(watermark.gaps(BATCH)));
            while (applyRows(outbox.after(watermark.highestSeen(), BATCH)) == BATCH) {
                // a burst: keep going until the outbox is drained
            }
            if (uncommitted && Instant.now().isAfter(lastCommit.plus(COMMIT_EVERY))) {
                index.commit(watermark.appliedThrough());
                lastCommit = Instant.now();
                uncommitted = false;
            }
        } finally {
            feeding.unlock();
        }
        if (Instant.now().isAfter(lastStatus.plus(STATUS_EVERY))) reportStatus();
    }

    /** Applies the rows not applied yet, refreshes the searcher; returns how many rows it read. */
    private int applyRows(List<OutboxReader.Row> rows) throws IOException {
        Set<ItemRef> items = new LinkedHashSet<>();
        for (OutboxReader.Row row : rows) if (!watermark.applied(row.id())) items.add(row.item());
        if (!items.isEmpty()) {
            index.apply(documents.operationsFor(new ArrayList<>(items)));
            uncommitted = true;
        }
        for (OutboxReader.Row row : rows) watermark.markApplied(row.id(), row.createdAt());
        watermark.advance(Instant.now());
        if (!items.isEmpty()) index.refresh();
        return rows.size();
    }

    /** A coordinator asked for a rebuild, or the outbox was purged past this node's watermark. */
    private void periodicChecks() {
        if (rebuild.running() || !index.open()) return;
        Instant requested = outbox.rebuildRequestedAt();
        if (requested != null && requested.isAfter(index.builtAt())) {
            scheduler.execute(() -> rebuildNow("requested by a coordinator"));
        } else if (index.writable() && watermark.appliedThrough() < outbox.purgedThrough()) {
            scheduler.execute(() -> rebuildNow("outbox purged past this index"));
        }
    }

    void reportStatus() {
        try {
            Instant now = Instant.now();
            lastStatus = now;
            String state = rebuild.running() ? "REBUILDING" : index.writable() ? "CURRENT" : index.open() ? "READ_ONLY" : "EMPTY";
            outbox.report(new OutboxReader.NodeStatus(leases.node(), state, index.documents(), watermark.appliedThrough(),
                    rebuild.done(), rebuild.total(), index.builtAt(), now, admission.load()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Search status not recorded", e);
        }
    }

    /** For the test endpoints and the status page: rows applied through, pending above. */
    public long appliedThrough() {
        return watermark.appliedThrough();
    }
}
