package io.promisedesk.rendering;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/** Checks on a rendered screen that hold for every template: nothing a value carried became markup or code. */
public final class RenderedHtml {
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "xlink:href");

    private RenderedHtml() {
    }

    /** No script element, no event handler or style attribute, and no link or source that runs script. */
    public static void assertNoActiveContent(Document document) {
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (List.of("script", "iframe", "object", "embed", "style", "img", "svg").contains(tag)) {
                found.add("<" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style")) {
                    found.add(tag + "[" + name + "]");
                }
                if (URL_ATTRIBUTES.contains(name) && runsScript(attribute.getValue())) {
                    found.add(tag + "[" + name + "=" + attribute.getValue() + "]");
                }
            }
        }

        assertEquals("active content in " + document.body().html(), List.of(), found);
    }

    /**
     * Fails unless the context holds only what a Jira 10 template may read without a velocity allowlist: strings,
     * booleans, integers, and lists and maps of those, all from the JDK, so the template calls no method of ours.
     */
    public static void assertPlainContext(Map<String, ?> context) {
        List<String> problems = new ArrayList<>();
        walk("context", context, problems);

        assertEquals(List.of(), problems);
    }

    private static void walk(String path, Object value, List<String> problems) {
        if (value == null) {
            problems.add(path + " is null");
        } else if (!value.getClass().getName().startsWith("java.")) {
            problems.add(path + " is a " + value.getClass().getName());
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> {
                if (!(key instanceof String)) {
                    problems.add(path + " has a key that is not a String: " + key);
                }
                walk(path + "." + key, entry, problems);
            });
        } else if (value instanceof List<?> list) {
            for (int index = 0; index < list.size(); index++) {
                walk(path + "[" + index + "]", list.get(index), problems);
            }
        } else if (!(value instanceof String || value instanceof Boolean || value instanceof Integer)) {
            problems.add(path + " is a " + value.getClass().getName());
        }
    }

    private static boolean runsScript(String url) {
        // Browsers ignore whitespace and control characters inside the scheme: "java\tscript:" still runs.
        String scheme = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        return scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:");
    }
}
