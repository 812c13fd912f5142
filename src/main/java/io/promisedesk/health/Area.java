package io.promisedesk.health;

/**
 * What the health check looks at, in the order the page shows it. A cheap area costs a few lookups in Jira's memory
 * (besides one read of the scheduler's table and of the teams' settings, which the list reads anyway), so the admin's
 * team list may run it on every view; the others write tables, search every team's issues or render every template,
 * and run only when the health check is opened.
 */
public enum Area {
    VERSIONS("versions", true),
    FIELDS("fields", true),
    STORAGE("storage", false),
    DIGEST_JOB("digestJob", true),
    MAIL("mail", true),
    TEAMS("teams", false),
    CLUSTER("cluster", true),
    TEMPLATES("templates", false);

    private final String id;
    private final boolean cheap;

    Area(String id, boolean cheap) {
        this.id = id;
        this.cheap = cheap;
    }

    /** The name pages and JSON use, such as {@code digestJob}. */
    public String id() {
        return id;
    }

    public boolean cheap() {
        return cheap;
    }

    /** The i18n key of the area's heading. */
    public String titleKey() {
        return "promisedesk.health.area." + id;
    }
}
