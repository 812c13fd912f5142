package io.promisedesk.inbox.view;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The addresses of the ETA request screens under Jira's base URL, which the Jira servlets must serve at the same paths. */
public final class InboxLinks {
    /** Where the ask form posts: {@code <base>/plugins/servlet/promisedesk/sales/eta-request/KEY}. */
    public static final String ASK_PATH = "/plugins/servlet/promisedesk/sales/eta-request/";
    /** A team's inbox, {@code <base>/plugins/servlet/promisedesk/inbox/TEAM}; its answers post to the same address. */
    public static final String INBOX_PATH = "/plugins/servlet/promisedesk/inbox/";

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public InboxLinks(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Issue keys are validated (PROJECT-123), so the path needs no encoding. */
    String ask(IssueKey issue) {
        return baseUrl + ASK_PATH + issue;
    }

    String issue(IssueKey issue) {
        return baseUrl + "/browse/" + issue;
    }

    /** A team key may hold any character, so it is percent-encoded as one path segment. */
    public String inbox(TeamKey team) {
        return baseUrl + INBOX_PATH + URLEncoder.encode(team.value(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
