package io.promisedesk.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Design tokens in our stylesheet: every colour written {@code var(--ds-name, #hex)}, and the stylesheet as a theme
 * shows it, each token replaced by the theme's value read from the token stylesheet Jira (and the workbench) loads.
 */
final class DesignTokens {
    /** A token with its hex fallback: what every colour of ours must be. */
    static final Pattern TOKEN = Pattern.compile("var\\(\\s*(--ds-[a-z0-9-]+)\\s*,\\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\\s*\\)");
    private static final Pattern THEME_BLOCK = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(--ds-[A-Za-z0-9-]+)\\s*:\\s*([^;]+)");

    private DesignTokens() {
    }

    /**
     * One line for each colour outside a token with its fallback: a bare hex or colour word, or a var() without a hex
     * fallback. Print rules are left out: paper is white whatever the screen's theme.
     */
    static List<String> untokenised(Stylesheet stylesheet) {
        List<String> found = new ArrayList<>();
        for (Stylesheet.Rule rule : stylesheet.rules()) {
            if (rule.media().contains("print")) {
                continue;
            }
            rule.declarations().forEach((property, value) -> {
                String rest = TOKEN.matcher(value).replaceAll("");
                boolean colour;
                try {
                    colour = Colour.in(rest).isPresent() || rest.contains("var(");
                } catch (IllegalArgumentException named) {
                    colour = true;
                }
                if (colour) {
                    found.add(String.join(", ", rule.selectors()) + ": " + property + ": " + value);
                }
            });
        }
        return found;
    }

    /** The token values of the theme whose selector list holds {@code selector}, such as Jira's dark theme's. */
    static Map<String, String> theme(String tokenCss, String selector) {
        Matcher block = THEME_BLOCK.matcher(tokenCss);
        while (block.find()) {
            List<String> selectors = List.of(block.group(1).strip().split("\\s*,\\s*"));
            if (selectors.contains(selector)) {
                Map<String, String> values = new LinkedHashMap<>();
                Matcher declaration = DECLARATION.matcher(block.group(2));
                while (declaration.find()) {
                    values.put(declaration.group(1), declaration.group(2).strip());
                }
                return values;
            }
        }
        throw new IllegalArgumentException("no theme for " + selector);
    }

    /**
     * The screen rules as {@code theme} shows them: each token replaced by its value there; refused for a token the
     * theme lacks or whose value is not an opaque hex colour (which the contrast check could not measure).
     */
    static Stylesheet inTheme(Stylesheet stylesheet, Map<String, String> theme) {
        return stylesheet.onScreen().withValues((property, value) -> TOKEN.matcher(value).replaceAll(token -> {
            String themed = Optional.ofNullable(theme.get(token.group(1))).orElseThrow(
                    () -> new IllegalArgumentException("the theme has no " + token.group(1)));
            if (!themed.matches("#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")) {
                throw new IllegalArgumentException(token.group(1) + " is not an opaque hex colour: " + themed);
            }
            return Matcher.quoteReplacement(themed);
        }));
    }
}
