package io.promisedesk.style;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An sRGB colour written in hex, with WCAG 2.x relative luminance and contrast ratio. */
record Colour(int red, int green, int blue) {
    static final Colour WHITE = new Colour(255, 255, 255);
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    /** What a value may hold besides a hex colour and still be read: keywords and lengths of shorthands. */
    private static final Pattern COLOUR_WORD = Pattern.compile(
            "(?i)\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|\\b(black|white|red|green|blue|orange|yellow|gr[ae]y|navy"
                    + "|maroon|purple|teal|olive|silver|lime|aqua|fuchsia|brown|pink)\\b");

    Colour {
        for (int channel : new int[] {red, green, blue}) {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("a channel from 0 to 255: " + channel);
            }
        }
    }

    static Colour hex(String hex) {
        return in(hex).orElseThrow(() -> new IllegalArgumentException("not a hex colour: " + hex));
    }

    /**
     * The hex colour in a declaration's value ("bold #bf2600", "2px solid #0052cc"); empty when it holds none;
     * refused when it names a colour another way, which this test could not check.
     */
    static Optional<Colour> in(String value) {
        if (COLOUR_WORD.matcher(value).find()) {
            throw new IllegalArgumentException("write colours in hex, so their contrast can be checked: " + value);
        }
        Matcher hex = HEX.matcher(value);
        if (!hex.find()) {
            return Optional.empty();
        }
        String digits = hex.group(1).toLowerCase(Locale.ROOT);
        if (hex.find()) {
            throw new IllegalArgumentException("one colour per value: " + value);
        }
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                    + digits.charAt(2);
        }
        int rgb = Integer.parseInt(digits, 16);
        return Optional.of(new Colour(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff));
    }

    /** WCAG 2.x relative luminance, 0 for black to 1 for white. */
    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2.x contrast ratio, from 1 (the same) to 21 (black on white); symmetric. */
    double contrastWith(Colour other) {
        double lighter = Math.max(luminance(), other.luminance());
        double darker = Math.min(luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
