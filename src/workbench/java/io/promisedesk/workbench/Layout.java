package io.promisedesk.workbench;

import io.promisedesk.jira.servlet.PageAnswer;
import io.promisedesk.jira.servlet.SalesRequests;

/**
 * The workbench's own page chrome, a plain imitation of Jira's header and issue layout; a development tool's texts
 * in English, not the plugin's, which is why they are not in the i18n bundles.
 */
final class Layout {
    // The workbench's own look: Jira-like chrome only. The plugin's screens are styled by the stylesheet the plugin
    // ships (css/promisedesk.css), linked below from where the packaged descriptor declares it.
    private static final String STYLE = """
            body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
                background: var(--ds-surface, #ffffff); color: var(--ds-text, #172b4d); }
            a { color: var(--ds-link, #0052cc); }
            .workbench-header { display: flex; gap: 2em; align-items: center; background: #0747a6; color: #ffffff;
                padding: 0.6em 1.5em; }
            html[data-color-mode="dark"] .workbench-header { background: #161a1d; }
            .workbench-header a { color: #ffffff; }
            .workbench-header .workbench-brand { font-weight: bold; text-decoration: none; }
            .workbench-roles { margin-left: auto; }
            .workbench-roles .workbench-role--current, .workbench-themes .workbench-theme--current
                { font-weight: bold; text-decoration: underline; }
            .workbench-notice { background: var(--ds-background-warning, #fffae6); padding: 0.3em 1.5em; font-size: 12px; }
            main#content { padding: 1em 1.5em; }
            main#content:has(> .aui-page-panel) { padding: 0; }
            .workbench-issue { display: flex; gap: 2em; align-items: flex-start; }
            .workbench-issue__main { flex: 2; }
            .workbench-issue__side { flex: 1; min-width: 18em; }
            table { border-collapse: collapse; margin-bottom: 1.5em; }
            th, td { text-align: left; padding: 0.25em 0.8em 0.25em 0; border-bottom: 1px solid var(--ds-border, #dfe1e6); }
            dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
            dt { color: var(--ds-text-subtlest, #5e6c84); }
            dd { margin: 0; }
            .workbench-panel { margin-bottom: 1.5em; }
            .workbench-admin-header { padding: 10px 20px; }
            .workbench-admin-header__title { margin: 0; font-size: 20px; font-weight: 500; }
            caption { text-align: left; font-weight: bold; padding: 0.5em 0; }
            """;

    /**
     * The print stylesheet of the workbench's own chrome: no header, role switch, notice or breadcrumb, links printed
     * as plain text, table headers repeated, rows never split. The plugin's own print rules (A4, the review's actions)
     * are in its packaged stylesheet.
     */
    static final String PRINT_STYLE = """
            @media print {
                body { font-size: 10pt; color: #000; }
                .workbench-header, .workbench-nav, .workbench-roles, .workbench-themes, .workbench-notice,
                    .workbench-breadcrumb, .workbench-admin-header, .aui-page-panel-nav { display: none; }
                main#content { padding: 0; }
                a, a:visited { color: inherit; text-decoration: none; }
                a[href]::after { content: none; }
                table { width: 100%; }
                thead { display: table-header-group; }
                tr, th, td, li, dt, dd { break-inside: avoid; page-break-inside: avoid; }
                h1, h2, caption { break-after: avoid; page-break-after: avoid; }
            }
            """;

    private Layout() {
    }

    /** A whole page in Jira's general frame; {@code title} is escaped here, {@code body} is HTML of escaped values. */
    static String page(String title, String path, Role role, String body) {
        return page(title, path, role, body, PageAnswer.Frame.GENERAL);
    }

    /**
     * A whole page in the frame Jira's decorator would draw: the header, then the main landmark Jira's
     * {@code section#content} is; in the administration's frame, inside it the admin header and menu
     * ({@link AdminMenu}) around the body, as Jira's {@code atl.admin} decorator puts the body into its page panel.
     */
    static String page(String title, String path, Role role, String body, PageAnswer.Frame frame) {
        StringBuilder html = new StringBuilder(4096);
        Theme theme = Theme.current();
        // The attributes Jira 10 sets on <html> for the user's theme; AUI and its design tokens key every colour on them.
        html.append("<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"").append(Theme.DATA_THEME)
                .append("\" data-color-mode=\"").append(theme.parameter()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append(" - Promise Desk workbench</title>\n");
        // Jira's AUI and its theme tokens first, as Jira's superbatch comes before everything else.
        for (String stylesheet : AuiDistribution.STYLESHEETS) {
            html.append("<link rel=\"stylesheet\" href=\"").append(AuiServlet.PATH).append(stylesheet).append("\">\n");
        }
        html.append("<style>\n").append(STYLE).append(PRINT_STYLE).append("</style>\n");
        // After the chrome, as Jira adds web resources after its own styles: the plugin's rules win a tie.
        for (String stylesheet : PluginWebResources.packaged().stylesheets()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(stylesheet)).append("\">\n");
        }
        html.append("</head>\n<body class=\"aui-layout aui-theme-default\">\n<header class=\"workbench-header\">\n")
                .append("<a class=\"workbench-brand\" href=\"/\">Promise Desk workbench</a>\n");
        if (role == Role.SALESPERSON) {
            html.append("<nav class=\"workbench-nav\" aria-label=\"Promise Desk\"><a class=\"workbench-nav__commitments\" href=\"")
                    .append(SalesRequests.COMMITMENTS_PATH).append("\">My commitments</a> <a class=\"workbench-nav__digest\" href=\"")
                    .append(DigestPages.PAGE_PATH).append("\">My digest</a></nav>\n");
        }
        if (role == Role.ADMIN) {
            html.append("<nav class=\"workbench-nav\" aria-label=\"Promise Desk\"><a class=\"workbench-nav__admin\" href=\"")
                    .append(io.promisedesk.admin.AdminLinks.PATH).append("\">Promise Desk admin</a> <a class=\"workbench-nav__outbox\" href=\"")
                    .append(DigestPages.OUTBOX_PATH).append("\">Outbox</a></nav>\n");
        }
        html
                .append("<nav class=\"workbench-roles\" aria-label=\"View as\">View as:");
        for (Role each : Role.values()) {
            html.append(' ').append("<a class=\"workbench-role").append(each == role ? " workbench-role--current" : "")
                    .append("\" href=\"").append(Html.escape(path)).append(path.contains("?") ? "&role=" : "?role=")
                    .append(each.parameter())
                    .append("\"").append(each == role ? " aria-current=\"true\"" : "").append('>')
                    .append(Html.escape(each.label())).append("</a>");
        }
        html.append("</nav>\n<nav class=\"workbench-themes\" aria-label=\"Theme\">Theme:");
        for (Theme each : Theme.values()) {
            html.append(' ').append("<a class=\"workbench-theme").append(each == theme ? " workbench-theme--current" : "")
                    .append("\" href=\"").append(Html.escape(path)).append(path.contains("?") ? "&theme=" : "?theme=")
                    .append(each.parameter()).append("\"").append(each == theme ? " aria-current=\"true\"" : "").append('>')
                    .append(each.label()).append("</a>");
        }
        html.append("</nav>\n</header>\n")
                .append("<p class=\"workbench-notice\">A development tool that shows Promise Desk's screens on in-memory"
                        + " data, without Jira. Not part of the plugin.</p>\n<main id=\"content\">\n")
                .append(frame.admin() ? AdminMenu.packaged().around(frame.activeTab(), body) : body)
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }
}
