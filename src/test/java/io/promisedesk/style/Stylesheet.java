package io.promisedesk.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small CSS reader for the plugin's own stylesheet: style rules (also inside {@code @media} blocks) with their
 * selectors and declarations; enough for the contrast test, strict enough that a typo fails instead of hiding a rule.
 */
final class Stylesheet {
    private final List<Rule> rules;

    private Stylesheet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** One style rule; {@code media} is the enclosing at-rule's prelude ("@media print"), or empty. */
    record Rule(List<String> selectors, Map<String, String> declarations, String media) {
        Rule {
            selectors = List.copyOf(selectors);
            declarations = Map.copyOf(declarations);
        }
    }

    List<Rule> rules() {
        return rules;
    }

    /** The rules a screen shows: those of print media left out. */
    Stylesheet onScreen() {
        return new Stylesheet(rules.stream().filter(rule -> !rule.media().contains("print")).toList());
    }

    /** The same rules with every declaration's value passed through {@code value} (property, value to new value). */
    Stylesheet withValues(java.util.function.BinaryOperator<String> value) {
        List<Rule> mapped = new ArrayList<>();
        for (Rule rule : rules) {
            Map<String, String> declarations = new LinkedHashMap<>();
            rule.declarations().forEach((property, each) -> declarations.put(property, value.apply(property, each)));
            mapped.add(new Rule(rule.selectors(), declarations, rule.media()));
        }
        return new Stylesheet(mapped);
    }

    static Stylesheet parse(String css) {
        List<Rule> rules = new ArrayList<>();
        String text = withoutComments(css);
        int end = readBlock(text, 0, "", rules);
        if (end != text.length()) {
            throw new IllegalArgumentException("a '}' without its '{' at " + end);
        }
        return new Stylesheet(rules);
    }

    /** Reads rules from {@code start} to the block's closing brace (or the end of the text); returns where it stopped. */
    private static int readBlock(String text, int start, String media, List<Rule> rules) {
        int at = start;
        while (true) {
            int open = text.indexOf('{', at);
            int close = text.indexOf('}', at);
            if (close >= 0 && (open < 0 || close < open)) {
                if (!text.substring(at, close).isBlank()) {
                    throw new IllegalArgumentException("text without a rule before '}': " + text.substring(at, close).strip());
                }
                return close;
            }
            if (open < 0) {
                if (!text.substring(at).isBlank()) {
                    throw new IllegalArgumentException("text without a rule at the end: " + text.substring(at).strip());
                }
                return text.length();
            }
            String prelude = text.substring(at, open).strip();
            if (prelude.isEmpty()) {
                throw new IllegalArgumentException("a '{' without a selector at " + open);
            }
            if (prelude.toLowerCase(Locale.ROOT).startsWith("@page")) {
                // The printed page's size and margins: no selector and nothing coloured, so no rule to check.
                int pageEnd = text.indexOf('}', open);
                int nested = text.indexOf('{', open + 1);
                if (pageEnd < 0 || (nested >= 0 && nested < pageEnd)) {
                    throw new IllegalArgumentException("unclosed or nested @page block");
                }
                if (text.substring(open + 1, pageEnd).toLowerCase(Locale.ROOT).contains("color")) {
                    throw new IllegalArgumentException("@page may not set a colour: " + text.substring(open + 1, pageEnd));
                }
                at = pageEnd + 1;
                continue;
            }
            if (prelude.startsWith("@")) {
                if (!prelude.toLowerCase(Locale.ROOT).startsWith("@media")) {
                    throw new IllegalArgumentException("only @media and @page are read, not " + prelude);
                }
                int inner = readBlock(text, open + 1, prelude, rules);
                if (inner >= text.length()) {
                    throw new IllegalArgumentException("unclosed block: " + prelude);
                }
                at = inner + 1;
                continue;
            }
            int ruleEnd = text.indexOf('}', open);
            int nextOpen = text.indexOf('{', open + 1);
            if (ruleEnd < 0 || (nextOpen >= 0 && nextOpen < ruleEnd)) {
                throw new IllegalArgumentException("unclosed rule: " + prelude);
            }
            rules.add(new Rule(selectors(prelude), declarations(prelude, text.substring(open + 1, ruleEnd)), media));
            at = ruleEnd + 1;
        }
    }

    private static List<String> selectors(String prelude) {
        List<String> selectors = Arrays.stream(prelude.split(",", -1)).map(each -> each.strip().replaceAll("\\s+", " "))
                .toList();
        if (selectors.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an empty selector in: " + prelude);
        }
        return selectors;
    }

    private static Map<String, String> declarations(String prelude, String body) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : body.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            if (colon <= 0 || declaration.substring(colon + 1).isBlank()) {
                throw new IllegalArgumentException("not a declaration in " + prelude + ": " + declaration.strip());
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (declarations.put(property, declaration.substring(colon + 1).strip()) != null) {
                throw new IllegalArgumentException(property + " twice in " + prelude);
            }
        }
        return declarations;
    }

    private static String withoutComments(String css) {
        StringBuilder text = new StringBuilder(css.length());
        int at = 0;
        while (at < css.length()) {
            int open = css.indexOf("/*", at);
            if (open < 0) {
                text.append(css, at, css.length());
                break;
            }
            int close = css.indexOf("*/", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed comment at " + open);
            }
            text.append(css, at, open).append(' ');
            at = close + 2;
        }
        return text.toString();
    }
}
