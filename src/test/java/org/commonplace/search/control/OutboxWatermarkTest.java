package org.commonplace.search.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How far the outbox counts as applied, when ids become visible out of order. */
class OutboxWatermarkTest {
    final Instant now = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void contiguous_rows_move_the_watermark() {
        OutboxWatermark w = new OutboxWatermark(10);
        w.markApplied(11, now);
        w.markApplied(12, now);
        w.advance(now);
        assertThat(w.appliedThrough()).isEqualTo(12);
        assertThat(w.pending()).isZero();
    }

    @Test
    void a_gap_holds_the_watermark_until_its_row_arrives() {
        OutboxWatermark w = new OutboxWatermark(10);
        w.markApplied(12, now);
        w.markApplied(13, now);
        w.advance(now);
        assertThat(w.appliedThrough()).isEqualTo(10);
        assertThat(w.gaps(100)).containsExactly(11L);
        assertThat(w.highestSeen()).isEqualTo(13);
        assertThat(w.applied(12)).isTrue();
        assertThat(w.applied(11)).isFalse();

        w.markApplied(11, now); // the slower transaction committed
        w.advance(now);
        assertThat(w.appliedThrough()).isEqualTo(13);
        assertThat(w.gaps(100)).isEmpty();
    }

    @Test
    void a_gap_older_than_the_in_flight_allowance_counts_as_rolled_back() {
        OutboxWatermark w = new OutboxWatermark(10);
        Instant written = now.minus(OutboxReader.IN_FLIGHT_ALLOWANCE).minus(Duration.ofSeconds(1));
        w.markApplied(12, written);
        w.advance(now);
        assertThat(w.appliedThrough()).isEqualTo(12);
    }

    @Test
    void rows_at_or_below_the_watermark_are_not_applied_again() {
        OutboxWatermark w = new OutboxWatermark(10);
        assertThat(w.applied(10)).isTrue();
        w.markApplied(9, now);
        assertThat(w.pending()).isZero();
    }
}
