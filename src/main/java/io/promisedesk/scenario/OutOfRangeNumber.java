package io.promisedesk.scenario;

import java.util.Objects;

/**
 * A well-formed JSON number that no Promise Desk value can take (such as {@code 1e308} or {@code 1e-200}), kept as
 * typed: the parser gives it in place of a {@link java.math.BigDecimal}, so that the reader of the document names
 * the field and the number instead of refusing the whole document.
 *
 * @param typed    the number exactly as it stands in the document
 * @param tooLarge true when it has more than {@link #MAX_DIGITS} digits before the decimal point; false when it has
 *                 more than {@link #MAX_DIGITS} decimals
 */
public record OutOfRangeNumber(String typed, boolean tooLarge) {
    /**
     * No field takes more digits than this before or after the decimal point; beyond it a number is refused before it
     * is computed with, since printing or rounding {@code 1e999999999} would take gigabytes.
     */
    public static final int MAX_DIGITS = 100;
    private static final int SHOWN = 40;

    public OutOfRangeNumber {
        Objects.requireNonNull(typed, "typed");
    }

    /** The number as typed, cut short when it is long, for quoting in a message. */
    public String shown() {
        return typed.length() > SHOWN ? typed.substring(0, SHOWN) + "..." : typed;
    }

    /** Why no field takes it, in the words of the scenario problems: "must be ..., was 1e308". */
    public String reason() {
        return "must have at most " + MAX_DIGITS + (tooLarge ? " digits before the decimal point" : " decimals")
                + ", was " + shown();
    }

    @Override
    public String toString() {
        return typed;
    }
}
