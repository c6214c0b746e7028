package org.commonplace.workspace.checkin.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of rating answers as an SVG line chart, drawn on the server (the Content-Security-Policy
 * allows no inline script, and a chart needs none). One line per member and rating question; every
 * text in it is XML-escaped, so the markup is ours alone.
 */
public final class CheckinChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 40, RIGHT = 20, TOP = 20, BOTTOM = 40;
    private static final String[] COLOURS = {"#0b5cad", "#a1182b", "#17643a", "#7a4a00", "#5b2a86", "#00707a"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM").withZone(ZoneOffset.UTC);

    /** A rating of a member at one round. */
    public record Point(java.time.Instant dueAt, String series, int rating) { }

    private CheckinChart() { }

    public static String svg(List<Point> points, String title) {
        List<java.time.Instant> rounds = points.stream().map(Point::dueAt).distinct().sorted().toList();
        Map<String, List<Point>> series = new LinkedHashMap<>();
        points.forEach(p -> series.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"checkin-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT + 20L * series.size()).append("\" aria-label=\"").append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int r = 1; r <= 5; r++) {
            int y = y(r);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#d5dbe3\"/>");
            svg.append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(y + 4).append("\" font-size=\"12\" text-anchor=\"end\">")
                    .append(r).append("</text>");
        }
        for (int i = 0; i < rounds.size(); i++) {
            svg.append("<text x=\"").append(x(i, rounds.size())).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(escape(DAY.format(rounds.get(i)))).append("</text>");
        }
        int s = 0;
        for (var e : series.entrySet()) {
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder line = new StringBuilder();
            for (Point p : e.getValue()) {
                int x = x(rounds.indexOf(p.dueAt()), rounds.size());
                line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y(p.rating()));
                svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y(p.rating())).append("\" r=\"4\" fill=\"").append(colour)
                        .append("\"><title>").append(escape(e.getKey() + ": " + p.rating() + " on " + DAY.format(p.dueAt())))
                        .append("</title></circle>");
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"").append(line)
                    .append("\"/>");
            int ly = HEIGHT + 20 * s;
            svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour).append("\"/><text x=\"").append(LEFT + 18).append("\" y=\"").append(ly)
                    .append("\" font-size=\"12\">").append(escape(e.getKey())).append("</text>");
            s++;
        }
        return svg.append("</svg>").toString();
    }

    private static int x(int index, int count) {
        int span = WIDTH - LEFT - RIGHT - 20;
        return count <= 1 ? LEFT + 10 + span / 2 : LEFT + 10 + span * index / (count - 1);
    }

    private static int y(int rating) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (5 - rating) / 4;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
