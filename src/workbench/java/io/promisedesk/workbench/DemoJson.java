package io.promisedesk.workbench;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes the demo scenario's maps, lists, strings and numbers as JSON in the layout of the shipped examples. */
final class DemoJson {
    private final StringBuilder out = new StringBuilder();

    private DemoJson() {
    }

    static String write(Object value) {
        DemoJson writer = new DemoJson();
        writer.value(value, 0);
        return writer.out.append('\n').toString();
    }

    private void value(Object value, int indent) {
        if (value instanceof Map<?, ?> map) {
            object(map, indent);
        } else if (value instanceof List<?> list) {
            array(list, indent);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("cannot write " + value + " as JSON");
        }
    }

    private void object(Map<?, ?> map, int indent) {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            newLine(indent + 1);
            string(String.valueOf(entry.getKey()));
            out.append(": ");
            value(entry.getValue(), indent + 1);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        newLine(indent);
        out.append('}');
    }

    private void array(List<?> list, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newLine(indent + 1);
            value(list.get(i), indent + 1);
            if (i < list.size() - 1) {
                out.append(',');
            }
        }
        newLine(indent);
        out.append(']');
    }

    private void newLine(int indent) {
        out.append('\n').append("  ".repeat(indent));
    }

    /** The demo's texts are ASCII without quotes or backslashes; anything else is a mistake in the generator. */
    private void string(String text) {
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                throw new IllegalArgumentException("demo text needs escaping: " + text);
            }
        }
        out.append('"').append(text).append('"');
    }
}
