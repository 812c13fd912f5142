package io.promisedesk.workbench;

import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestRun;
import io.promisedesk.jira.servlet.DigestRequests;
import io.promisedesk.jira.servlet.PageRequest;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "My digest" by the plugin's own {@link DigestRequests}, and the workbench's stand-in for Jira's mail queue: the
 * outbox of {@value #OUTBOX_PATH} (Jira admins) lists every digest sent, each part viewable as the mail client gets
 * it, and its "Send digests now" runs the digest job ({@link WorkbenchDigests#sendNow}). Both tell each role only of
 * the issues it may browse on these pages. Each mail to an address shows the unsubscribe link of its
 * {@code List-Unsubscribe} header, which anyone may follow, as in Jira; "A week passes" moves the world's clock on
 * ({@link WorkbenchWorld#aWeekPasses}), so that a later change reaches a later send.
 */
final class DigestPages {
    static final String PAGE_PATH = DigestRequests.PATH;
    static final String OUTBOX_PATH = "/workbench/outbox";
    static final String SEND_PATH = OUTBOX_PATH + "/send";
    static final String WEEK_PATH = OUTBOX_PATH + "/week";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    static final String OUTBOX_FORBIDDEN = "The outbox and sending digests are for Jira admins.";

    private final WorkbenchWorld world;
    private final WorkbenchDigests digests;
    private final WorkbenchAccess access;
    private final DigestRequests page;

    DigestPages(WorkbenchWorld world, WorkbenchAccess access) {
        this.world = world;
        this.digests = world.digests();
        this.access = access;
        this.page = new DigestRequests(access, digests.preferences(), digests.preview(access),
                digests.schedule());
    }

    static boolean handles(String path) {
        return path.equals(PAGE_PATH) || path.equals(OUTBOX_PATH) || path.startsWith(OUTBOX_PATH + "/");
    }

    /** The digest page for whoever the role is (the plugin's handler decides), or the outbox and its mails. */
    void get(HttpServletResponse response, String path, Map<String, List<String>> parameters, Role role,
             String xsrfToken) throws IOException {
        if (path.equals(PAGE_PATH)) {
            PageRequest request = HostedPages.request(path, parameters, xsrfToken, false);
            HostedPages.send(response, WorkbenchAccess.answer(role, () -> page.get(request)), path, role);
            return;
        }
        if (!role.isAdmin()) {
            WorkbenchServlet.forbidden(response, path, role, OUTBOX_FORBIDDEN);
            return;
        }
        if (path.equals(OUTBOX_PATH)) {
            WorkbenchServlet.send(response, HttpServletResponse.SC_OK, outbox(role, xsrfToken, Optional.empty()));
            return;
        }
        Optional<String[]> part = part(path);
        if (part.isEmpty()) {
            WorkbenchServlet.notFound(response, path, role);
            return;
        }
        DigestMail mail = digests.outbox().get(Integer.parseInt(part.get()[0]) - 1);
        boolean html = part.get()[1].equals("html");
        byte[] body = (html ? mail.html() : mail.text()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(html ? "text/html;charset=utf-8" : "text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The digest page's choice (the plugin's handler checks role and token), or "Send digests now" (admins, token). */
    void post(HttpServletResponse response, String path, Map<String, List<String>> parameters, Role role,
              String xsrfToken, boolean xsrfValid) throws IOException {
        if (path.equals(PAGE_PATH)) {
            PageRequest request = HostedPages.request(path, parameters, xsrfToken, xsrfValid);
            HostedPages.send(response, WorkbenchAccess.answer(role, () -> page.post(request)), path, role);
            return;
        }
        if (!path.equals(SEND_PATH) && !path.equals(WEEK_PATH)) {
            WorkbenchServlet.notFound(response, path, role);
        } else if (!role.isAdmin()) {
            WorkbenchServlet.forbidden(response, path, role, OUTBOX_FORBIDDEN);
        } else if (!xsrfValid) {
            WorkbenchServlet.forbidden(response, path, role, "The form's security token is missing or out of date:"
                    + " open the page again and resubmit.");
        } else if (path.equals(WEEK_PATH)) {
            Instant now = world.aWeekPasses();
            WorkbenchServlet.send(response, HttpServletResponse.SC_OK, outbox(role, xsrfToken, Optional.of(
                    "A week passed: it is now " + CLOCK.format(now) + ".")));
        } else {
            List<DigestRun> runs = digests.sendNow(access);
            WorkbenchServlet.send(response, HttpServletResponse.SC_OK, outbox(role, xsrfToken,
                    Optional.of(summary(runs))));
        }
    }

    /** {@code /workbench/outbox/N/html} or {@code .../text} of a mail that exists: its number and part. */
    private Optional<String[]> part(String path) {
        String[] parts = path.substring(OUTBOX_PATH.length() + 1).split("/");
        if (parts.length != 2 || !parts[0].matches("[1-9][0-9]{0,8}") || !List.of("html", "text").contains(parts[1])
                || Integer.parseInt(parts[0]) > digests.outbox().size()) {
            return Optional.empty();
        }
        return Optional.of(parts);
    }

    private String outbox(Role role, String xsrfToken, Optional<String> outcome) {
        StringBuilder body = new StringBuilder(4096);
        body.append("<h1>Outbox</h1>\n<p>The digests the plugin handed to Jira's mail queue, here kept instead of"
                + " sent. \"Send digests now\" runs the digest job as it will run each morning of the coming week, up to"
                + " the next weekly digest: each salesperson and each address a commitment keeps informed gets the news"
                + " they have now, once. The workbench's clock stands still (now <span class=\"workbench-clock\">")
                .append(Html.escape(CLOCK.format(world.clock().instant())))
                .append("</span>); \"A week passes\" moves it a week on, so that ETA changes made after that reach the"
                + " next send.</p>\n")
                .append(form(SEND_PATH, xsrfToken, "workbench-send-digests", "Send digests now"))
                .append(form(WEEK_PATH, xsrfToken, "workbench-week-passes", "A week passes"));
        outcome.ifPresent(done -> body.append("<p class=\"workbench-digest-runs\" role=\"status\">")
                .append(Html.escape(done)).append("</p>\n"));
        List<DigestMail> mails = digests.outbox();
        if (mails.isEmpty()) {
            body.append("<p class=\"workbench-outbox-empty\">No digest sent yet.</p>\n");
        } else {
            body.append("<table class=\"workbench-outbox\">\n<thead><tr><th>#</th><th>To</th><th>Subject</th>"
                    + "<th>Parts</th><th>List-Unsubscribe</th></tr></thead>\n<tbody>\n");
            for (int index = 0; index < mails.size(); index++) {
                DigestMail mail = mails.get(index);
                String base = OUTBOX_PATH + "/" + (index + 1);
                body.append("<tr class=\"workbench-outbox__mail\"><td>").append(index + 1)
                        .append("</td><td class=\"workbench-outbox__to\">").append(Html.escape(mail.to()))
                        .append("</td><td class=\"workbench-outbox__subject\">").append(Html.escape(mail.subject()))
                        .append("</td><td><a class=\"workbench-outbox__html\" href=\"").append(base)
                        .append("/html\">HTML</a> <a class=\"workbench-outbox__text\" href=\"").append(base)
                        .append("/text\">Text</a></td><td>");
                digests.listUnsubscribeOf(index).ifPresent(link -> body
                        .append("<a class=\"workbench-outbox__unsubscribe\" href=\"").append(Html.escape(link))
                        .append("\">").append(Html.escape(link)).append("</a>"));
                body.append("</td></tr>\n");
            }
            body.append("</tbody>\n</table>\n");
        }
        return Layout.page("Outbox", OUTBOX_PATH, role, body.toString());
    }

    private static String form(String action, String xsrfToken, String buttonClass, String label) {
        return "<form method=\"post\" action=\"" + action + "\"><input type=\"hidden\" name=\""
                + WorkbenchServlet.XSRF_FIELD + "\" value=\"" + Html.escape(xsrfToken) + "\"><button type=\"submit\""
                + " class=\"" + buttonClass + "\">" + label + "</button></form>\n";
    }

    private static String summary(List<DigestRun> runs) {
        int sent = runs.stream().mapToInt(DigestRun::sent).sum();
        int failed = runs.stream().mapToInt(DigestRun::failed).sum();
        return "Ran the digest job " + runs.size() + " times: " + sent + (sent == 1 ? " digest" : " digests")
                + " sent" + (failed == 0 ? "." : ", " + failed + " failed.");
    }
}
