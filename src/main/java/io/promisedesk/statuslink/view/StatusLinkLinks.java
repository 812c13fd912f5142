package io.promisedesk.statuslink.view;

import io.promisedesk.common.Require;

import java.util.regex.Pattern;

/** The addresses of the status link pages under Jira's base URL, which the Jira servlets serve at the same paths. */
public final class StatusLinkLinks {
    /** The list of live links, for their creator (an administrator sees all). */
    public static final String LIST_PATH = "/plugins/servlet/promisedesk/links";
    /** Where the create form posts. */
    public static final String CREATE_PATH = LIST_PATH + "/create";
    /** Where a list row's revoke button posts. */
    public static final String REVOKE_PATH = LIST_PATH + "/revoke";
    /** A link is this path followed by its token, served to anyone. */
    public static final String STATUS_PATH = "/plugins/servlet/promisedesk/status/";

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public StatusLinkLinks(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String list() {
        return baseUrl + LIST_PATH;
    }

    public String create() {
        return baseUrl + CREATE_PATH;
    }

    public String revoke() {
        return baseUrl + REVOKE_PATH;
    }

    /** The full address of a link with the token's text; tokens are URL-safe Base64, so nothing needs encoding. */
    public String status(String tokenText) {
        return baseUrl + STATUS_PATH + Require.present(tokenText, "tokenText");
    }
}
