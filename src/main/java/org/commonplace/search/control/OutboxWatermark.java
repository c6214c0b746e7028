package org.commonplace.search.control;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far this node has applied the outbox. Everything at or below {@link #appliedThrough()} is
 * in the index. Rows above it that were applied already are remembered, so that a gap (an id
 * whose transaction has not committed yet, or rolled back) holds the watermark back without
 * re-applying what lies beyond it. A gap older than the in-flight allowance counts as rolled back.
 */
final class OutboxWatermark {
    private long appliedThrough;
    private final TreeMap<Long, Instant> appliedAbove = new TreeMap<>();

    OutboxWatermark(long appliedThrough) {
        this.appliedThrough = appliedThrough;
    }

    long appliedThrough() { return appliedThrough; }

    boolean applied(long id) {
        return id <= appliedThrough || appliedAbove.containsKey(id);
    }

    void markApplied(long id, Instant createdAt) {
        if (id > appliedThrough) appliedAbove.put(id, createdAt);
    }

    /** Moves the watermark over every contiguous applied id, and over gaps that are too old to be in flight. */
    void advance(Instant now) {
        while (!appliedAbove.isEmpty()) {
            Map.Entry<Long, Instant> next = appliedAbove.firstEntry();
            boolean contiguous = next.getKey() == appliedThrough + 1;
            boolean gapAbandoned = next.getValue().isBefore(now.minus(OutboxReader.IN_FLIGHT_ALLOWANCE));
            if (!contiguous && !gapAbandoned) return;
            appliedThrough = next.getKey();
            appliedAbove.pollFirstEntry();
        }
    }

    /** The highest id applied so far: new rows are read after it. */
    long highestSeen() {
        return appliedAbove.isEmpty() ? appliedThrough : appliedAbove.lastKey();
    }

    /**
     * Ids between the watermark and the highest applied one that have not been seen: transactions
     * still in flight (or rolled back). Usually none or a handful; at most {@code max}.
     */
    java.util.List<Long> gaps(int max) {
        java.util.List<Long> gaps = new java.util.ArrayList<>();
        for (long id = appliedThrough + 1; id < highestSeen() && gaps.size() < max; id++) {
            if (!appliedAbove.containsKey(id)) gaps.add(id);
        }
        return gaps;
    }

    /** Rows above the watermark already applied (kept in memory only; after a restart they are applied again). */
    int pending() {
        return appliedAbove.size();
    }
}
