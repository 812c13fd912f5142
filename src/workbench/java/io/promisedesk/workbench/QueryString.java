package io.promisedesk.workbench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A parameter of a request's query string alone: filters that run before the plugin's servlets read it this way,
 * since {@code getParameter} would read a form body first, past the servlets' own size check (jira.servlet.FormLimit).
 */
final class QueryString {
    private QueryString() {
    }

    /** The first value of {@code name} in {@code query} (as sent, may be null), decoded and stripped. */
    static Optional<String> value(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        String prefix = name + "=";
        for (String pair : query.split("&")) {
            if (pair.startsWith(prefix)) {
                return Optional.of(URLDecoder.decode(pair.substring(prefix.length()), StandardCharsets.UTF_8).strip());
            }
        }
        return Optional.empty();
    }
}
