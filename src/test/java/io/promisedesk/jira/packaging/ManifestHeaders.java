package io.promisedesk.jira.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits an OSGi header such as Import-Package into its clauses, each a name with its attributes and directives. */
final class ManifestHeaders {
    private ManifestHeaders() {
    }

    record Clause(String name, Map<String, String> parameters) {
        String version() {
            return parameters.get("version");
        }
    }

    static List<Clause> clauses(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : splitOutsideQuotes(header, ',')) {
            List<String> parts = splitOutsideQuotes(clause, ';');
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String parameter : parts.subList(1, parts.size())) {
                int equals = parameter.indexOf('=');
                String key = parameter.substring(0, equals).replace(":", "").trim();
                parameters.put(key, parameter.substring(equals + 1).trim().replace("\"", ""));
            }
            clauses.add(new Clause(parts.get(0).trim(), parameters));
        }
        return clauses;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
