package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request to one of the plugin's pages as the plain handlers see it: the path after Jira's context path
 * ({@code /plugins/servlet/promisedesk/...}), the parameters, the reader's language, Jira's base URL, the XSRF token to
 * put in forms and whether the request carried a valid one.
 */
public record PageRequest(String path, Map<String, List<String>> parameters, Locale locale, String baseUrl,
                          String xsrfToken, boolean xsrfValid) {
    public PageRequest {
        Require.present(path, "path");
        parameters = Map.copyOf(Require.present(parameters, "parameters"));
        Require.present(locale, "locale");
        Require.present(baseUrl, "baseUrl");
        Require.present(xsrfToken, "xsrfToken");
    }

    /** The rest of the path after {@code prefix}; the caller has checked that the path starts with it. */
    String after(String prefix) {
        return path.substring(prefix.length());
    }
}
