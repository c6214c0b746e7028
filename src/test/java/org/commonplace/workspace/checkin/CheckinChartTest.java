package org.commonplace.workspace.checkin;

import org.commonplace.workspace.checkin.control.CheckinChart;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The check-in chart is inline SVG: one line per series, and no text of a person becomes markup. */
class CheckinChartTest {

    @Test
    void each_series_is_a_line_and_names_are_escaped() {
        Instant first = Instant.parse("2026-03-01T00:00:00Z");
        String svg = CheckinChart.svg(List.of(
                new CheckinChart.Point(first, "Pat <script> · progress", 2),
                new CheckinChart.Point(first.plusSeconds(14 * 86400), "Pat <script> · progress", 4),
                new CheckinChart.Point(first, "Mina · relationship", 5)), "Ratings of \"Pair\"");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").doesNotContain("<script>").contains("Pat &lt;script&gt;");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg).contains("aria-label=\"Ratings of &quot;Pair&quot;\"");
    }
}
