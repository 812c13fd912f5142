package io.promisedesk.chart;

import io.promisedesk.workload.Level;

import java.math.BigDecimal;

/** SVG path data of the marker for each level: a circle for OK, a triangle for warning, a square for overcommitted. */
final class Markers {
    private Markers() {
    }

    /** The marker centred on ({@code x}, {@code y}); shapes differ so that the level reads without colour. */
    static String of(Level level, String x, String y) {
        BigDecimal cx = new BigDecimal(x);
        BigDecimal cy = new BigDecimal(y);
        return switch (level) {
            case OK -> "M" + at(cx, -5) + " " + at(cy, 0) + " a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0 Z";
            case WARNING -> "M" + at(cx, 0) + " " + at(cy, -6) + " L" + at(cx, 6) + " " + at(cy, 5)
                    + " L" + at(cx, -6) + " " + at(cy, 5) + " Z";
            case OVERCOMMITTED -> "M" + at(cx, -5) + " " + at(cy, -5) + " h10 v10 h-10 Z";
        };
    }

    private static String at(BigDecimal coordinate, int offset) {
        return ChartScale.fixed(coordinate.add(BigDecimal.valueOf(offset)));
    }
}
