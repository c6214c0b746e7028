package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.platform.persistence.DatabaseValues;
import org.commonplace.search.entity.SearchItemType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The database side of indexing: the outbox rows after a node's watermark, the purge horizon, the
 * coordinators' rebuild request and each node's status row. Reads never claim rows: every node
 * reads the same outbox for its own index.
 */
@ApplicationScoped
public class OutboxReader {
    /**
     * An outbox id is taken when its row is inserted but becomes visible when its transaction
     * commits, so a lower id can appear after a higher one. A missing id is waited for this long
     * before it counts as rolled back (a writing transaction is expected to finish well within it).
     */
    static final Duration IN_FLIGHT_ALLOWANCE = Duration.ofMinutes(2);

    public record Row(long id, ItemRef item, Instant createdAt) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Transactional
    public List<Row> after(long watermark, int max) {
        return rows(em.createNativeQuery("SELECT id, item_type, item_id, created_at FROM search_outbox "
                + "WHERE id > ? ORDER BY id").setParameter(1, watermark).setMaxResults(max).getResultList());
    }

    /** Rows that filled gaps below the highest applied id (transactions that committed late). */
    @Transactional
    public List<Row> byIds(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        StringBuilder in = new StringBuilder();
        for (Long id : ids) in.append(in.isEmpty() ? "" : ",").append(id.longValue());
        return rows(em.createNativeQuery("SELECT id, item_type, item_id, created_at FROM search_outbox "
                + "WHERE id IN (" + in + ") ORDER BY id").getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(List<?> result) {
        return ((List<Object[]>) result).stream().map(r -> new Row(DatabaseValues.number(r[0]),
                new ItemRef(SearchItemType.valueOf((String) r[1]), DatabaseValues.number(r[2])),
                DatabaseValues.instant(r[3]))).toList();
    }

    /**
     * Where a rebuild that reads the database from now on may start applying the outbox: every
     * row at or below it is older than the in-flight allowance, so its change is in what the
     * rebuild reads. Rows above it are applied again after the rebuild (applying is idempotent).
     */
    @Transactional
    public long safeStart(Instant now) {
        Object max = em.createNativeQuery("SELECT MAX(id) FROM search_outbox WHERE created_at < ?")
                .setParameter(1, at(now.minus(IN_FLIGHT_ALLOWANCE))).getSingleResult();
        return Math.max(DatabaseValues.number(max), purgedThrough());
    }

    @Transactional
    public long purgedThrough() {
        return DatabaseValues.number(em.createNativeQuery("SELECT purged_through FROM search_outbox_purge WHERE id = 1").getSingleResult());
    }

    /** Deletes rows older than the retention and records the highest deleted id. Cluster job. */
    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        long highest = DatabaseValues.number(em.createNativeQuery("SELECT MAX(id) FROM search_outbox WHERE created_at < ?")
                .setParameter(1, at(cutoff)).getSingleResult());
        if (highest == 0) return 0;
        int deleted = em.createNativeQuery("DELETE FROM search_outbox WHERE id <= ?").setParameter(1, highest).executeUpdate();
        em.createNativeQuery("UPDATE search_outbox_purge SET purged_through = ? WHERE id = 1 AND purged_through < ?")
                .setParameter(1, highest).setParameter(2, highest).executeUpdate();
        return deleted;
    }

    @Transactional
    public Instant rebuildRequestedAt() {
        return DatabaseValues.instant(em.createNativeQuery("SELECT requested_at FROM search_rebuild_request WHERE id = 1").getSingleResult());
    }

    @Transactional
    public void requestRebuild(long accountId, Instant now) {
        em.createNativeQuery("UPDATE search_rebuild_request SET requested_at = ?, requested_by = ? WHERE id = 1")
                .setParameter(1, at(now)).setParameter(2, accountId).executeUpdate();
    }

    /** A node's last report: its index, and its search turns (SearchAdmission) when it reported. */
    public record NodeStatus(String node, String state, long documents, long appliedThrough, long rebuildDone,
                             long rebuildTotal, Instant builtAt, Instant updatedAt, SearchAdmission.Load searches) { }

    @Transactional
    public void report(NodeStatus s) {
        SearchAdmission.Load load = s.searches();
        int updated = em.createNativeQuery("UPDATE search_node_status SET state = ?, documents = ?, applied_through = ?, "
                        + "rebuild_done = ?, rebuild_total = ?, built_at = ?, updated_at = ?, search_turns = ?, "
                        + "searches_running = ?, searches_waiting = ?, searches_refused = ?, searches_served = ?, search_wait_ms = ?, "
                        + "search_work_ms = ? WHERE node = ?")
                .setParameter(1, s.state()).setParameter(2, s.documents()).setParameter(3, s.appliedThrough())
                .setParameter(4, s.rebuildDone()).setParameter(5, s.rebuildTotal()).setParameter(6, at(s.builtAt()))
                .setParameter(7, at(s.updatedAt())).setParameter(8, load.turns()).setParameter(9, load.running())
                .setParameter(10, load.waiting()).setParameter(11, load.refused()).setParameter(12, load.served())
                .setParameter(13, load.waitedMillis()).setParameter(14, load.searchingMillis()).setParameter(15, s.node()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO search_node_status (node, state, documents, applied_through, rebuild_done, "
                            + "rebuild_total, built_at, updated_at, search_turns, searches_running, searches_waiting, "
                            + "searches_refused, searches_served, search_wait_ms, search_work_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, s.node()).setParameter(2, s.state()).setParameter(3, s.documents())
                    .setParameter(4, s.appliedThrough()).setParameter(5, s.rebuildDone()).setParameter(6, s.rebuildTotal())
                    .setParameter(7, at(s.builtAt())).setParameter(8, at(s.updatedAt())).setParameter(9, load.turns())
                    .setParameter(10, load.running()).setParameter(11, load.waiting()).setParameter(12, load.refused())
                    .setParameter(13, load.served()).setParameter(14, load.waitedMillis()).setParameter(15, load.searchingMillis())
                    .executeUpdate();
        }
    }

    /** Nodes that reported in the last ten minutes, and how far the outbox goes. */
    @Transactional
    public List<NodeStatus> nodes(Instant now) {
        List<Object[]> rows = em.createNativeQuery("SELECT node, state, documents, applied_through, rebuild_done, rebuild_total, "
                        + "built_at, updated_at, search_turns, searches_running, searches_waiting, searches_refused, "
                        + "searches_served, search_wait_ms, search_work_ms FROM search_node_status WHERE updated_at > ? ORDER BY node")
                .setParameter(1, at(now.minus(Duration.ofMinutes(10)))).getResultList();
        return rows.stream().map(r -> new NodeStatus((String) r[0], (String) r[1], DatabaseValues.number(r[2]),
                DatabaseValues.number(r[3]), DatabaseValues.number(r[4]), DatabaseValues.number(r[5]),
                DatabaseValues.instant(r[6]), DatabaseValues.instant(r[7]),
                new SearchAdmission.Load((int) DatabaseValues.number(r[8]), (int) DatabaseValues.number(r[9]),
                        (int) DatabaseValues.number(r[10]), DatabaseValues.number(r[11]), DatabaseValues.number(r[12]),
                        DatabaseValues.number(r[13]), DatabaseValues.number(r[14])))).toList();
    }

    @Transactional
    public long latestId() {
        return DatabaseValues.number(em.createNativeQuery("SELECT MAX(id) FROM search_outbox").getSingleResult());
    }

    /** Native queries bind time as OffsetDateTime, which both JDBC drivers take for TIMESTAMP WITH TIME ZONE. */
    private static java.time.OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
