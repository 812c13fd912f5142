package io.promisedesk.chart;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.team.Thresholds;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.VisibleAssessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a team's assessment into the context of {@code templates/chart/workload-chart.vm}, an SVG chart of the load
 * at each commitment date of the coming weeks against the warn and critical lines: plain JDK values, texts in the
 * reader's language and every coordinate already computed.
 *
 * <p>Commitment dates before today are drawn as one overdue point left of today, with the load of the latest of
 * them, because that load counts the work of them all; dates after the window are left out.
 *
 * <p>A point is drawn only at a date an issue the reader may browse is committed for, so that no point tells of a
 * hidden commitment; its load is the whole team's, which names no issue.
 */
public final class WorkloadChartView {
    public static final String TEMPLATE = "templates/chart/workload-chart.vm";
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 26;

    private static final int LEGEND_Y = 304;
    private static final int HIGHLIGHT_LABEL_Y = 280;
    private static final int X_LABEL_Y = 258;

    /**
     * The context for {@code assessment} over {@code weeks} weeks from {@code today}, the day it was assessed on,
     * marking the commitment date of {@code highlighted} when that issue is committed and its date is drawn.
     */
    public Map<String, Object> context(VisibleAssessment assessment, Optional<IssueKey> highlighted, Locale locale,
            LocalDate today, int weeks) {
        Require.present(assessment, "assessment");
        Require.present(highlighted, "highlighted");
        Require.present(today, "today");
        ChartTexts texts = new ChartTexts(Require.present(locale, "locale"));
        requireWeeks(weeks);
        if (!today.equals(assessment.today())) {
            throw new IllegalArgumentException("today " + today + " must be the day the team was assessed on, "
                    + assessment.today());
        }
        LocalDate end = today.plusWeeks(weeks);
        List<LoadPoint> points = pointsIn(assessment.verdicts(), today, end);
        Thresholds thresholds = assessment.team().thresholds();
        ChartScale scale = ChartScale.of(today, end, thresholds.criticalMilli(), highestFiniteMilli(points));
        Optional<LoadPoint> marked = highlightedPoint(assessment, highlighted, points, today);

        String id = "promisedesk-chart-" + assessment.team().key().value().replaceAll("[^A-Za-z0-9_-]", "_");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("titleId", id + "-title");
        context.put("descId", id + "-desc");
        context.put("viewBox", "0 0 " + ChartScale.WIDTH + " " + ChartScale.HEIGHT);
        context.put("title", texts.text("promisedesk.chart.title", assessment.team().name(), weeks));
        context.put("description", description(points, marked, thresholds, texts, today, end));
        context.put("empty", points.isEmpty());
        context.put("emptyMessage", texts.text("promisedesk.chart.empty", today, end));
        context.put("emptyAt", plain("x", ChartScale.number((ChartScale.PLOT_LEFT + ChartScale.PLOT_RIGHT) / 2),
                "y", ChartScale.number((ChartScale.PLOT_TOP + ChartScale.PLOT_BOTTOM) / 2)));
        context.put("xAxis", line(ChartScale.PLOT_LEFT, ChartScale.PLOT_BOTTOM, ChartScale.PLOT_RIGHT, ChartScale.PLOT_BOTTOM));
        context.put("yAxis", line(ChartScale.PLOT_LEFT, ChartScale.PLOT_TOP, ChartScale.PLOT_LEFT, ChartScale.PLOT_BOTTOM));
        context.put("xTicks", xTicks(scale, texts, today, weeks));
        context.put("yTicks", yTicks(scale, texts));
        context.put("thresholds", thresholdLines(scale, thresholds, texts));
        context.put("points", points(points, marked, scale, texts));
        context.put("hasOverdue", !points.isEmpty() && points.get(0).overdue());
        context.put("overdueLabel", plain("x", ChartScale.number(ChartScale.OVERDUE_X),
                "y", ChartScale.number(X_LABEL_Y), "text", texts.text("promisedesk.chart.overdue.axis")));
        context.put("hasHighlight", marked.isPresent());
        marked.ifPresent(point -> context.put("highlight", highlight(point, scale, texts)));
        context.put("legend", legend(texts));
        context.put("table", table(points, marked, texts));
        return context;
    }

    private static void requireWeeks(int weeks) {
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new InvalidValueException("weeks", "promisedesk.chart.error.weeks",
                    "must be >= " + MIN_WEEKS + " and <= " + MAX_WEEKS + ", was " + weeks, MIN_WEEKS, MAX_WEEKS, weeks);
        }
    }

    /** One point per distinct commitment date up to {@code end}; every issue of a date shares its load and level. */
    private static List<LoadPoint> pointsIn(List<IssueVerdict> verdicts, LocalDate today, LocalDate end) {
        List<LoadPoint> points = new ArrayList<>();
        LoadPoint overdue = null;
        LocalDate previous = null;
        for (IssueVerdict verdict : verdicts) {
            LocalDate date = verdict.commitmentDate();
            if (date.equals(previous)) {
                continue;
            }
            previous = date;
            if (date.isAfter(end)) {
                break;
            }
            LoadPoint point = new LoadPoint(date, verdict.load(), verdict.level(), date.isBefore(today));
            if (point.overdue()) {
                overdue = point;
            } else {
                points.add(point);
            }
        }
        if (overdue != null) {
            points.add(0, overdue);
        }
        return List.copyOf(points);
    }

    private static long highestFiniteMilli(List<LoadPoint> points) {
        long highest = 0;
        for (LoadPoint point : points) {
            if (!point.load().isInfinite() && point.load().capacity() > 0) {
                long milli = BigDecimal.valueOf(point.load().work()).multiply(BigDecimal.valueOf(1_000))
                        .divide(BigDecimal.valueOf(point.load().capacity()), 0, RoundingMode.CEILING).longValueExact();
                highest = Math.max(highest, milli);
            }
        }
        return highest;
    }

    private static Optional<LoadPoint> highlightedPoint(VisibleAssessment assessment, Optional<IssueKey> highlighted,
            List<LoadPoint> points, LocalDate today) {
        Optional<LocalDate> date = highlighted.flatMap(assessment::verdictFor).map(IssueVerdict::commitmentDate);
        return date.flatMap(due -> points.stream()
                .filter(point -> due.isBefore(today) ? point.overdue() : point.date().equals(due))
                .findFirst());
    }

    private static String description(List<LoadPoint> points, Optional<LoadPoint> marked, Thresholds thresholds,
            ChartTexts texts, LocalDate today, LocalDate end) {
        if (points.isEmpty()) {
            return texts.text("promisedesk.chart.empty", today, end);
        }
        LoadPoint peak = points.get(0);
        for (LoadPoint point : points) {
            if (point.load().compareTo(peak.load()) > 0) {
                peak = point;
            }
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(texts.text("promisedesk.chart.desc.range", points.size(), end));
        sentences.add(texts.text("promisedesk.chart.desc.peak", texts.when(peak), texts.load(peak.load()),
                texts.level(peak.level())));
        sentences.add(texts.text("promisedesk.chart.desc.thresholds", texts.percent(thresholds.warnMilli()),
                texts.percent(thresholds.criticalMilli())));
        marked.ifPresent(point -> sentences.add(texts.text("promisedesk.chart.desc.highlight", texts.when(point))));
        return String.join(" ", sentences);
    }

    /** A tick per week for short windows, fewer for long ones, so the date labels never overlap. */
    private static List<Map<String, Object>> xTicks(ChartScale scale, ChartTexts texts, LocalDate today, int weeks) {
        int step = weeks <= 6 ? 1 : weeks <= 13 ? 2 : 4;
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int week = 0; week <= weeks; week += step) {
            LocalDate date = today.plusWeeks(week);
            String x = scale.x(date);
            ticks.add(plain("x", x, "y1", ChartScale.number(ChartScale.PLOT_BOTTOM),
                    "y2", ChartScale.number(ChartScale.PLOT_BOTTOM + 5), "textY", ChartScale.number(X_LABEL_Y),
                    "label", texts.date(date)));
        }
        return ticks;
    }

    private static List<Map<String, Object>> yTicks(ChartScale scale, ChartTexts texts) {
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (long milli = 0; milli <= scale.topMilli(); milli += scale.stepMilli()) {
            String y = scale.y(milli);
            ticks.add(plain("y", y, "x1", ChartScale.number(ChartScale.PLOT_LEFT - 5),
                    "x2", ChartScale.number(ChartScale.PLOT_LEFT), "textX", ChartScale.number(ChartScale.PLOT_LEFT - 8),
                    "textY", shifted(y, 4), "label", texts.percent(milli)));
        }
        return ticks;
    }

    /**
     * The warn line dashed with its label below it, the critical line solid with its label above it: told apart by
     * pattern and words, not colour, and their labels never collide however close the thresholds are.
     */
    private static List<Map<String, Object>> thresholdLines(ChartScale scale, Thresholds thresholds, ChartTexts texts) {
        String warnY = scale.y(thresholds.warnMilli());
        String criticalY = scale.y(thresholds.criticalMilli());
        return List.of(
                thresholdLine("warn", true, warnY, shifted(warnY, 12),
                        texts.text("promisedesk.chart.line.warn", texts.percent(thresholds.warnMilli()))),
                thresholdLine("critical", false, criticalY, shifted(criticalY, -4),
                        texts.text("promisedesk.chart.line.critical", texts.percent(thresholds.criticalMilli()))));
    }

    private static Map<String, Object> thresholdLine(String name, boolean dashed, String y, String textY, String label) {
        return plain("name", name, "dashed", dashed, "x1", ChartScale.number(ChartScale.PLOT_LEFT),
                "x2", ChartScale.number(ChartScale.PLOT_RIGHT), "y", y,
                "textX", ChartScale.number(ChartScale.PLOT_RIGHT + 6), "textY", textY, "label", label);
    }

    private static List<Map<String, Object>> points(List<LoadPoint> points, Optional<LoadPoint> marked,
            ChartScale scale, ChartTexts texts) {
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (LoadPoint point : points) {
            String x = scale.x(point);
            String y = scale.y(point.load());
            Map<String, Object> map = plain("x", x, "y", y, "baseY", ChartScale.number(ChartScale.PLOT_BOTTOM),
                    "marker", Markers.of(point.level(), x, y), "modifier", modifier(point.level()),
                    "clipped", scale.clips(point.load()), "labelY", ChartScale.number(ChartScale.PLOT_TOP - 8),
                    "value", texts.load(point.load()), "highlighted", marked.filter(point::equals).isPresent());
            map.put("tooltip", texts.text("promisedesk.chart.point", texts.when(point), texts.load(point.load()),
                    texts.level(point.level())));
            drawn.add(map);
        }
        return drawn;
    }

    private static Map<String, Object> highlight(LoadPoint point, ChartScale scale, ChartTexts texts) {
        String x = scale.x(point);
        return plain("x", x, "y1", ChartScale.number(ChartScale.PLOT_TOP), "y2", ChartScale.number(ChartScale.PLOT_BOTTOM),
                "textY", ChartScale.number(HIGHLIGHT_LABEL_Y),
                "label", texts.text("promisedesk.chart.highlight", texts.when(point)));
    }

    /** The marker shapes with the level names, so the levels read without colour. */
    private static List<Map<String, Object>> legend(ChartTexts texts) {
        List<Map<String, Object>> entries = new ArrayList<>();
        int x = ChartScale.PLOT_LEFT + 6;
        for (Level level : Level.values()) {
            entries.add(plain("marker", Markers.of(level, ChartScale.number(x), ChartScale.number(LEGEND_Y - 4)),
                    "modifier", modifier(level), "textX", ChartScale.number(x + 12),
                    "textY", ChartScale.number(LEGEND_Y), "label", texts.level(level)));
            x += 160;
        }
        return entries;
    }

    private static Map<String, Object> table(List<LoadPoint> points, Optional<LoadPoint> marked, ChartTexts texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LoadPoint point : points) {
            rows.add(plain("date", texts.when(point), "load", texts.load(point.load()), "level", texts.level(point.level()),
                    "highlighted", marked.filter(point::equals).isPresent()));
        }
        return plain("caption", texts.text("promisedesk.chart.table.caption"),
                "date", texts.text("promisedesk.chart.table.date"), "load", texts.text("promisedesk.chart.table.load"),
                "level", texts.text("promisedesk.chart.table.level"), "thisIssue", texts.text("promisedesk.chart.table.thisIssue"),
                "hasRows", !rows.isEmpty(), "rows", rows);
    }

    private static Map<String, Object> line(int x1, int y1, int x2, int y2) {
        return plain("x1", ChartScale.number(x1), "y1", ChartScale.number(y1),
                "x2", ChartScale.number(x2), "y2", ChartScale.number(y2));
    }

    private static String modifier(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static String shifted(String coordinate, int by) {
        return ChartScale.fixed(new BigDecimal(coordinate).add(BigDecimal.valueOf(by)));
    }

    /** A modifiable map of the key-value pairs in order, so a caller may add a value computed afterwards. */
    private static Map<String, Object> plain(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            map.put((String) pairs[index], pairs[index + 1]);
        }
        return map;
    }
}
