package io.promisedesk.chart;

import io.promisedesk.common.Decimal;
import io.promisedesk.language.LevelNames;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.LoadRatio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** The chart's words and numbers in one reader's language. */
final class ChartTexts {
    private final MessageRenderer renderer;
    private final Locale locale;

    ChartTexts(Locale locale) {
        this.renderer = new MessageRenderer(locale);
        this.locale = locale;
    }

    String text(String key, Object... arguments) {
        return renderer.render(key, arguments);
    }

    String date(LocalDate date) {
        return renderer.format(date);
    }

    String level(Level level) {
        return renderer.render(LevelNames.of(level));
    }

    /** How the point's date reads: the date, or for the overdue slot that it stands for this date and earlier. */
    String when(LoadPoint point) {
        return point.overdue() ? text("promisedesk.chart.overdue.row", point.date()) : date(point.date());
    }

    /**
     * A load as a percentage to a tenth, rounded down as on the panel, so a load shown as 85.0% has reached a warning
     * threshold of 85%; no capacity left reads so in words.
     */
    String load(LoadRatio load) {
        if (load.isInfinite()) {
            return text("promisedesk.chart.load.noCapacity");
        }
        BigDecimal ratio = load.capacity() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(load.work()).divide(BigDecimal.valueOf(load.capacity()), 3, RoundingMode.FLOOR);
        return percent(ratio);
    }

    String percent(long milli) {
        return percent(Decimal.fromMilli(milli));
    }

    private String percent(BigDecimal ratio) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(ratio);
    }
}
