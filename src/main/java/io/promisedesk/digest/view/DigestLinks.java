package io.promisedesk.digest.view;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.util.regex.Pattern;

/** The addresses a digest links to under Jira's base URL: an issue's sales page and the reader's digest page. */
public final class DigestLinks {
    /** Where the sales servlet shows one issue to sales. */
    public static final String ISSUE_PATH = "/plugins/servlet/promisedesk/sales/issue/";
    /** Where a salesperson chooses how often the digest comes and sees the next one. */
    public static final String PAGE_PATH = "/plugins/servlet/promisedesk/digest";

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;

    /** {@code baseUrl} is Jira's: absolute in a mail ({@code https://jira.example.com}), or a context path on a page. */
    public DigestLinks(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Issue keys are validated (PROJECT-123), so the path needs no encoding. */
    public String issue(IssueKey key) {
        return baseUrl + ISSUE_PATH + key;
    }

    public String page() {
        return baseUrl + PAGE_PATH;
    }
}
