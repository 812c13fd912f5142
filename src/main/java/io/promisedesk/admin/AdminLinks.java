package io.promisedesk.admin;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.util.regex.Pattern;

/** Where the admin pages live under Jira's base URL; the plugin's servlet serves {@code /plugins/servlet/promisedesk/admin}. */
public final class AdminLinks {
    public static final String PATH = "/plugins/servlet/promisedesk/admin";
    public static final String NEW_TEAM = PATH + "/team/new";
    public static final String TEAM = PATH + "/team/";
    public static final String DELETE_SUFFIX = "/delete";
    public static final String PREVIEW_SUFFIX = "/preview";
    public static final String PHRASES = PATH + "/phrases";
    public static final String SALES_GROUPS = PATH + "/sales-groups";
    public static final String POLICIES = PATH + "/policies";
    public static final String HEALTH = PATH + "/health";

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public AdminLinks(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String teams() {
        return baseUrl + PATH;
    }

    public String newTeam() {
        return baseUrl + NEW_TEAM;
    }

    /** A team key is letters, digits, - and _ only (the form refuses others), so it needs no encoding in a path. */
    public String team(TeamKey key) {
        return baseUrl + TEAM + key.value();
    }

    public String deleteTeam(TeamKey key) {
        return team(key) + DELETE_SUFFIX;
    }

    /** The team's load preview with its what-if form. */
    public String preview(TeamKey key) {
        return team(key) + PREVIEW_SUFFIX;
    }

    /** Issue keys are validated (PROJECT-123), so the path needs no encoding. */
    public String browse(IssueKey key) {
        return baseUrl + "/browse/" + key;
    }

    public String phrases() {
        return baseUrl + PHRASES;
    }

    public String salesGroups() {
        return baseUrl + SALES_GROUPS;
    }

    /** How stale figures may get, status links and e-mail domains. */
    public String policies() {
        return baseUrl + POLICIES;
    }

    /** The health check of everything Promise Desk depends on in Jira. */
    public String health() {
        return baseUrl + HEALTH;
    }
}
