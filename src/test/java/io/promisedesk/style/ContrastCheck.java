package io.promisedesk.style;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * WCAG 2.x AA contrast of a stylesheet, rule by rule. Text (a {@code color}) needs 4.5:1 against its background:
 * the rule's own background colour, or else the page's white and the background of any rule that names one of its
 * ancestors (".a .b" is checked against the background of ".a"). A background without a text colour is checked
 * against Jira's text colour. Outlines (focus) and SVG fills and strokes need 3:1 (non-text contrast), fills of
 * labels and text 4.5:1. Borders are decoration and not checked. Every text needs 4.5:1 whatever its size: simpler
 * than telling large text apart, and stricter.
 */
final class ContrastCheck {
    static final double TEXT = 4.5;
    static final double NON_TEXT = 3.0;
    /** Jira's text colour (Atlassian's N800), which a rule that sets only a background keeps. */
    static final Colour JIRA_TEXT = Colour.hex("#172b4d");

    private final Stylesheet stylesheet;
    private final Colour page;
    private final Colour pageText;

    /** The check on Jira's original look: white pages, N800 text. */
    ContrastCheck(Stylesheet stylesheet) {
        this(stylesheet, Colour.WHITE, JIRA_TEXT);
    }

    /** The check on a themed page: {@code page} is the theme's surface, {@code pageText} its text colour. */
    ContrastCheck(Stylesheet stylesheet, Colour page, Colour pageText) {
        this.stylesheet = stylesheet;
        this.page = page;
        this.pageText = pageText;
    }

    /** One line per colour pair below its minimum; empty when the whole stylesheet passes. */
    List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (Stylesheet.Rule rule : stylesheet.rules()) {
            Set<Colour> backgrounds = backgrounds(rule);
            Optional<Colour> text = colour(rule, "color");
            if (text.isPresent()) {
                require(failures, rule, "color", text.get(), backgrounds, TEXT);
            } else if (background(rule).isPresent()) {
                require(failures, rule, "background (with Jira's text colour)", pageText, backgrounds, TEXT);
            }
            for (String property : List.of("outline", "outline-color", "stroke")) {
                Optional<Colour> line = colour(rule, property);
                if (line.isPresent()) {
                    require(failures, rule, property, line.get(), backgrounds, NON_TEXT);
                }
            }
            Optional<Colour> fill = colour(rule, "fill");
            if (fill.isPresent()) {
                require(failures, rule, "fill", fill.get(), backgrounds, fillsText(rule) ? TEXT : NON_TEXT);
            }
        }
        return failures;
    }

    private static void require(List<String> failures, Stylesheet.Rule rule, String what, Colour colour,
                                Set<Colour> backgrounds, double minimum) {
        for (Colour background : backgrounds) {
            double ratio = colour.contrastWith(background);
            if (ratio < minimum) {
                failures.add(String.format(Locale.ROOT, "%s: %s %s on %s is %.2f:1, needs %.1f:1",
                        String.join(", ", rule.selectors()), what, colour, background, ratio, minimum));
            }
        }
    }

    private Set<Colour> backgrounds(Stylesheet.Rule rule) {
        Optional<Colour> own = background(rule);
        if (own.isPresent()) {
            return Set.of(own.get());
        }
        Set<Colour> backgrounds = new LinkedHashSet<>();
        backgrounds.add(page);
        for (String selector : rule.selectors()) {
            List<String> parts = List.of(selector.split("\\s*[ >+~]\\s*"));
            for (String ancestor : parts.subList(0, parts.size() - 1)) {
                for (Stylesheet.Rule other : stylesheet.rules()) {
                    if (other.selectors().contains(ancestor)) {
                        background(other).ifPresent(backgrounds::add);
                    }
                }
            }
        }
        return backgrounds;
    }

    private static Optional<Colour> background(Stylesheet.Rule rule) {
        Optional<Colour> colour = colour(rule, "background-color");
        return colour.isPresent() ? colour : colour(rule, "background");
    }

    private static Optional<Colour> colour(Stylesheet.Rule rule, String property) {
        String value = rule.declarations().get(property);
        return value == null ? Optional.empty() : Colour.in(value);
    }

    private static boolean fillsText(Stylesheet.Rule rule) {
        return rule.selectors().stream().anyMatch(selector -> selector.contains("label") || selector.contains("text"));
    }
}
