package io.promisedesk.workbench;

/**
 * The workbench's own page chrome, a plain imitation of Jira's header and issue layout; a development tool's texts
 * in English, not the plugin's, which is why they are not in the i18n bundles.
 */
final class Layout {
    // The workbench's own look; the plugin's CSS will come as a Jira web resource and replace the level colours here.
    private static final String STYLE = """
            body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #172b4d; }
            a { color: #0052cc; }
            .workbench-header { display: flex; gap: 2em; align-items: center; background: #0747a6; color: #fff;
                padding: 0.6em 1.5em; }
            .workbench-header a { color: #fff; }
            .workbench-header .workbench-brand { font-weight: bold; text-decoration: none; }
            .workbench-roles { margin-left: auto; }
            .workbench-roles .workbench-role--current { font-weight: bold; text-decoration: underline; }
            .workbench-notice { background: #fffae6; padding: 0.3em 1.5em; font-size: 12px; }
            main { padding: 1em 1.5em; }
            .workbench-issue { display: flex; gap: 2em; align-items: flex-start; }
            .workbench-issue__main { flex: 2; }
            .workbench-issue__side { flex: 1; min-width: 18em; }
            table { border-collapse: collapse; margin-bottom: 1.5em; }
            th, td { text-align: left; padding: 0.25em 0.8em 0.25em 0; border-bottom: 1px solid #dfe1e6; }
            dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
            dt { color: #5e6c84; }
            dd { margin: 0; }
            .promisedesk-level--ok { color: #006644; }
            .promisedesk-level--warning { color: #974f0c; }
            .promisedesk-level--overcommitted { color: #bf2600; font-weight: bold; }
            .promisedesk-contributor--current { font-weight: bold; }
            .workbench-panel { margin-bottom: 1.5em; }
            .promisedesk-eta-form__error, .promisedesk-commitments__error { color: #bf2600; display: block; }
            .promisedesk-eta-form__hint { color: #5e6c84; display: block; font-size: 12px; }
            .promisedesk-eta-form__confirmation { color: #006644; }
            .promisedesk-eta-form textarea { width: 100%; box-sizing: border-box; }
            .promisedesk-eta-form label, p.promisedesk-commitments__field label { display: block; }
            .promisedesk-commitments__risks label { margin-right: 0.8em; }
            .promisedesk-eta-change--slip .promisedesk-eta-change__change { font-weight: bold; }
            .promisedesk-sales-issue__sentence { font-size: 16px; }
            .promisedesk-risk--late { color: #bf2600; font-weight: bold; }
            .promisedesk-risk--at-risk { color: #974f0c; font-weight: bold; }
            .promisedesk-risk--on-track { color: #006644; }
            .promisedesk-commitments__filters { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; align-items: flex-end; }
            .promisedesk-commitments__filters p, .promisedesk-commitments__filters fieldset { margin: 0; }
            .promisedesk-commitments__error { flex-basis: 100%; }
            caption { text-align: left; font-weight: bold; padding: 0.5em 0; }
            .promisedesk-commitment-form__error { color: #bf2600; display: block; }
            .promisedesk-commitment-form__hint { color: #5e6c84; display: block; font-size: 12px; }
            .promisedesk-commitment-form__confirmation, .promisedesk-commitment-form__answer--can { color: #006644; }
            .promisedesk-commitment-form__answer--cannot { color: #bf2600; font-weight: bold; }
            .promisedesk-commitment-form label { display: block; }
            .promisedesk-commitment-form textarea { width: 100%; max-width: 40em; box-sizing: border-box; }
            .promisedesk-admin__nav { display: flex; gap: 1.5em; margin-bottom: 0.5em; }
            .promisedesk-admin__notice { color: #006644; }
            .promisedesk-team-form__field label, .promisedesk-team-form__field legend { display: block; font-weight: bold; }
            .promisedesk-team-form__field label.promisedesk-team-form__day { display: inline; font-weight: normal;
                margin-right: 0.8em; }
            .promisedesk-team-form__field input[type=text], .promisedesk-team-form textarea { width: 32em; max-width: 100%; }
            .promisedesk-team-form__field { margin: 0 0 0.8em; }
            fieldset.promisedesk-team-form__field { border: 0; padding: 0; }
            .promisedesk-team-form__hint { color: #5e6c84; display: block; font-size: 12px; }
            .promisedesk-team-form__error { color: #bf2600; display: block; font-weight: bold; }
            .promisedesk-team-form__newer { background: #fffae6; padding: 0.2em 1em; margin-bottom: 1em; }
            """;

    /**
     * The customer review's look and the print stylesheet of every page: A4 with margins, no header, role switch,
     * notice or actions, table headers repeated on each page, rows never split, links printed as plain text.
     */
    static final String PRINT_STYLE = """
            .promisedesk-review__slip-list { margin: 0.2em 0 0; padding-left: 1.2em; }
            .promisedesk-review__slip-summary { margin: 0; }
            .promisedesk-review__reason--none { color: #5e6c84; font-style: italic; }
            .promisedesk-review__outcome--late { color: #bf2600; font-weight: bold; }
            .promisedesk-review__table td, .promisedesk-review__table th { vertical-align: top; }
            @page { size: A4; margin: 15mm 12mm 18mm; }
            @media print {
                body { font-size: 10pt; color: #000; }
                .workbench-header, .workbench-nav, .workbench-roles, .workbench-notice, .workbench-breadcrumb,
                .promisedesk-review__actions { display: none; }
                main { padding: 0; }
                a, a:visited { color: inherit; text-decoration: none; }
                a[href]::after { content: none; }
                table { width: 100%; }
                thead { display: table-header-group; }
                tr, th, td, li, dt, dd { break-inside: avoid; page-break-inside: avoid; }
                h1, h2, caption { break-after: avoid; page-break-after: avoid; }
                .promisedesk-risk, .promisedesk-review__outcome { color: #000; }
            }
            """;

    private Layout() {
    }

    /** A whole page; {@code title} is escaped here, {@code body} is HTML its page built from escaped values. */
    static String page(String title, String path, Role role, String body) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append(" - Promise Desk workbench</title>\n<style>\n").append(STYLE)
                .append(PRINT_STYLE).append("</style>\n</head>\n<body>\n<header class=\"workbench-header\">\n")
                .append("<a class=\"workbench-brand\" href=\"/\">Promise Desk workbench</a>\n");
        if (role == Role.SALESPERSON) {
            html.append("<nav class=\"workbench-nav\" aria-label=\"Promise Desk\"><a class=\"workbench-nav__commitments\" href=\"")
                    .append(SalesPages.COMMITMENTS_PATH).append("\">My commitments</a></nav>\n");
        }
        if (role == Role.ADMIN) {
            html.append("<nav class=\"workbench-nav\" aria-label=\"Promise Desk\"><a class=\"workbench-nav__admin\" href=\"")
                    .append(io.promisedesk.admin.AdminLinks.PATH).append("\">Promise Desk admin</a></nav>\n");
        }
        html
                .append("<nav class=\"workbench-roles\" aria-label=\"View as\">View as:");
        for (Role each : Role.values()) {
            html.append(' ').append("<a class=\"workbench-role").append(each == role ? " workbench-role--current" : "")
                    .append("\" href=\"").append(Html.escape(path)).append("?role=").append(each.parameter())
                    .append("\"").append(each == role ? " aria-current=\"true\"" : "").append('>')
                    .append(Html.escape(each.label())).append("</a>");
        }
        html.append("</nav>\n</header>\n")
                .append("<p class=\"workbench-notice\">A development tool that shows Promise Desk's screens on in-memory"
                        + " data, without Jira. Not part of the plugin.</p>\n<main>\n")
                .append(body).append("</main>\n</body>\n</html>\n");
        return html.toString();
    }
}
