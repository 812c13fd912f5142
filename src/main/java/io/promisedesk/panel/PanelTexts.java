package io.promisedesk.panel;

import io.promisedesk.common.Decimal;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.workload.LoadRatio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** The panel's words and numbers in one reader's language: messages, dates, hours, loads and counts. */
final class PanelTexts {
    private final MessageRenderer renderer;
    private final Locale locale;

    PanelTexts(Locale locale) {
        this.renderer = new MessageRenderer(locale);
        this.locale = locale;
    }

    String text(String key, Object... arguments) {
        return renderer.render(key, arguments);
    }

    String text(Message message) {
        return renderer.render(message);
    }

    String date(LocalDate date) {
        return renderer.format(date);
    }

    /** Hours to a tenth, which is what a person plans with; the bundle adds the unit. */
    Message hours(BigDecimal hours) {
        return Message.of("promisedesk.panel.hours", hours.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /**
     * A finite load as a percentage to a tenth, rounded down: thresholds are whole thousandths, so a load shown as
     * 85.0% has reached a warning threshold of 0.85, and a load below it never shows as 85.0%.
     */
    String percent(LoadRatio load) {
        BigDecimal ratio = load.capacity() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(load.work()).divide(BigDecimal.valueOf(load.capacity()), 3, RoundingMode.FLOOR);
        return percent(ratio);
    }

    /** A threshold kept in thousandths, as a percentage. */
    String percent(long milli) {
        return percent(Decimal.fromMilli(milli));
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    private String percent(BigDecimal ratio) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(ratio);
    }
}
