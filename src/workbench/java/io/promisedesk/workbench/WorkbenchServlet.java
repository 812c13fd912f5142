package io.promisedesk.workbench;

import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.jira.servlet.ChartRequests;
import io.promisedesk.jira.servlet.EtaRequests;
import io.promisedesk.jira.servlet.FormLimit;
import io.promisedesk.jira.servlet.InboxRequests;
import io.promisedesk.jira.servlet.PageRequest;
import io.promisedesk.jira.servlet.ReviewRequests;
import io.promisedesk.jira.servlet.SalesRequests;
import io.promisedesk.jira.servlet.StatusLinkFormRequests;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.statuslink.view.StatusLinkLinks;
import io.promisedesk.review.DeliveredCommitment;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Routes the workbench's pages, GETs by the table of {@link GetRoute}: {@code /} the teams, {@code /browse/KEY} an
 * issue (both without the issues the role may not browse), anything else 404; by the plugin's
 * own page handlers: the sales pages under {@code /plugins/servlet/promisedesk/sales/} with the commitment form's and
 * the ETA ask's POST ({@link SalesRequests}), the ETA page and its form's POST at
 * {@code /plugins/servlet/promisedesk/eta/KEY} ({@link EtaRequests}), the customer reviews under
 * {@code /plugins/servlet/promisedesk/review} ({@link ReviewRequests}), an issue's workload chart at
 * {@code /plugins/servlet/promisedesk/chart/KEY} ({@link ChartRequests}) and the ETA inboxes, GET and POST
 * ({@link InboxRequests}); the admin pages under {@code /plugins/servlet/promisedesk/admin} ({@link AdminPages}, admins
 * only, forms with the token); a team's preview with its what-if ({@link ChartPages}, GET only); "My digest" and the
 * outbox of {@link DigestPages}. The plugin's REST resources under {@code /rest/promise-desk/1.0/} are hosted by
 * {@link WorkbenchRest}.
 *
 * <p>The ETA and commitment forms carry an XSRF token as Jira's {@code atl_token}: one random value per server, sent in a cookie
 * with every page and in the form's hidden field; a form post without both, equal to it, is refused with 403.
 */
final class WorkbenchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ROLE_COOKIE = "promisedesk-workbench-role";
    /** Tomcat's default {@code maxSwallowSize}. */
    private static final long MOST_SWALLOWED = 2L * 1024 * 1024;
    static final String XSRF_COOKIE = "promisedesk-workbench-xsrf";
    static final String XSRF_FIELD = "atl_token";
    static final String ASSESS_PATH = WorkbenchRest.BASE + "scenario/assess";

    private final transient IndexPage index;
    private final transient IssuePage issue;
    private final transient AdminPages admin;
    private final transient InboxRequests inbox;
    private final transient SalesRequests sales;
    private final transient ReviewRequests reviewPages;
    private final transient ChartRequests chartPage;
    private final transient ChartPages charts;
    private final transient EtaRequests etaPage;
    private final transient DigestPages digests;
    private final transient StatusLinkFormRequests statusLinkForms;
    private final String xsrfToken;

    WorkbenchServlet(WorkbenchWorld world, WorkbenchAccess access, RunHealthChecks health, StatusLinks statusLinks) {
        this.index = new IndexPage(world, access);
        this.issue = new IssuePage(world, access);
        this.admin = new AdminPages(world, access, health);
        this.inbox = new InboxRequests(access, world.directory(), world.snapshots(), world.work(), world.etaRequests(),
                world.etaHistories(), world.etaUpdates(), world.clock());
        // The plugin's own sales pages and their forms; the world's commitment service and asks journal every save.
        // The scenario's commitments are the salesperson's, for "My commitments" as for the digests.
        this.sales = new SalesRequests(access, world.directory(), world.snapshots(), world.work(),
                new ScenarioCommitments(world.commitments(), world::issue, world.clock()), world.commitmentService(),
                world.settings().global(), world.etaRequests(), world.askForEta(), world.digests().addressStates());
        // The plugin's own handlers of the customer reviews and the issue's chart, on the demo deliveries.
        this.reviewPages = new ReviewRequests(access, world.directory(), world.snapshots(), world.etaHistories(),
                firstDay -> deliveredSince(world, firstDay), world.clock(),
                () -> world.settings().global().load().value().statusLinks());
        this.chartPage = new ChartRequests(access, world.directory(), world.snapshots());
        this.charts = new ChartPages(world, access);
        // The plugin's own handler of the ETA page and its form; the world's ETA service journals every saved change.
        this.etaPage = new EtaRequests(access, world.directory(), world.etaHistories(), world.etaUpdates());
        this.digests = new DigestPages(world, access);
        this.statusLinkForms = new StatusLinkFormRequests(access, statusLinks, world.clock().getZone());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.xsrfToken = HexFormat.of().formatHex(random);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Role role = role(request, response);
        giveXsrfToken(response);
        // Decoded, so that a page names the path as the person typed it.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<GetRoute> route = GetRoute.of(path);
        if (route.isEmpty()) {
            notFound(response, path, role);
            return;
        }
        switch (route.get()) {
            case INDEX -> send(response, HttpServletResponse.SC_OK, index.render(role));
            case ISSUE -> {
                Optional<String> page = issue.render(path.substring("/browse/".length()), role, xsrfToken);
                if (page.isPresent()) {
                    send(response, HttpServletResponse.SC_OK, page.get());
                } else {
                    notFound(response, path, role);
                }
            }
            case ISSUE_CHART -> {
                PageRequest page = HostedPages.request(path, parameters(request), xsrfToken, false);
                HostedPages.send(response, WorkbenchAccess.answer(role, () -> chartPage.get(page)), path, role);
            }
            case ETA -> {
                PageRequest page = HostedPages.request(path, parameters(request), xsrfToken, xsrfTokenMatches(request));
                HostedPages.send(response, WorkbenchAccess.answer(role, () -> etaPage.get(page)), path, role);
            }
            case COMMITMENTS, SALES_ISSUE -> {
                PageRequest page = HostedPages.request(path, parameters(request), xsrfToken, false);
                HostedPages.send(response, WorkbenchAccess.answer(role, () -> sales.get(page)),
                        HostedPages.withQuery(path, request), role);
            }
            case REVIEWS, REVIEW_CSV -> {
                PageRequest page = HostedPages.request(path, parameters(request), xsrfToken, false);
                HostedPages.send(response, WorkbenchAccess.answer(role, () -> reviewPages.get(page)),
                        HostedPages.withQuery(path, request), role);
            }
            case INBOXES, INBOX -> {
                // Undecoded, as Jira hands the path to the plugin: a team key is one percent-encoded segment.
                PageRequest page = HostedPages.request(request.getRequestURI(), parameters(request), xsrfToken, false);
                HostedPages.send(response, WorkbenchAccess.answer(role, () -> inbox.get(page)), path, role);
            }
            case DIGEST, OUTBOX, OUTBOX_MAIL -> digests.get(response, path, parameters(request), role, xsrfToken);
            case TEAM_PREVIEW -> teamPreview(response, path, parameters(request), role);
            case STATUS_LINKS -> {
                PageRequest page = HostedPages.request(path, parameters(request), xsrfToken, false);
                HostedPages.send(response, WorkbenchAccess.answer(role, () -> statusLinkForms.get(page)),
                        HostedPages.withQuery(path, request), role);
            }
            case ADMIN_TEAMS, ADMIN_NEW_TEAM, ADMIN_PHRASES, ADMIN_SALES_GROUPS, ADMIN_DELETE_TEAM, ADMIN_TEAM ->
                    answerAdmin(response, path, role, role.isAdmin() ? admin.get(path, role, xsrfToken)
                            : Optional.empty(), true);
            default -> throw new IllegalStateException("no page serves the route " + route.get());
        }
    }

    private void teamPreview(HttpServletResponse response, String path, Map<String, List<String>> parameters, Role role)
            throws IOException {
        if (!ChartPages.allows(role)) {
            forbidden(response, path, role, ChartPages.refusal());
            return;
        }
        Optional<String> chart = charts.get(path, parameters, role);
        if (chart.isPresent()) {
            send(response, HttpServletResponse.SC_OK, chart.get());
        } else {
            notFound(response, path, role);
        }
    }

    /**
     * Reads and drops the unread body of a refused post, up to what Tomcat swallows in Jira ({@code maxSwallowSize},
     * 2 MB by default): answered with the body unread, Jetty resets the connection and the client may never see our
     * page, while Tomcat reads the rest first.
     */
    private static void swallow(HttpServletRequest request) throws IOException {
        InputStream body = request.getInputStream();
        byte[] buffer = new byte[8192];
        long left = MOST_SWALLOWED;
        int read;
        while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            left -= read;
        }
    }

    /** The forms' routes; the plugin's REST resources are served by {@link WorkbenchRest}, not here. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (FormLimit.tooLarge(request)) {
            // Before anything reads a parameter, the role included: Jetty would throw at its own form limit.
            swallow(request);
            HostedPages.send(response, FormLimit.refusal(Locale.ENGLISH), path, Role.DEFAULT);
            return;
        }
        if (path.startsWith(EtaRequests.PATH)) {
            Role role = role(request, response);
            PageRequest page = HostedPages.request(path, parameters(request), xsrfToken, xsrfTokenMatches(request));
            HostedPages.send(response, WorkbenchAccess.answer(role, () -> etaPage.post(page)), path, role);
            return;
        }
        if (path.startsWith(SalesRequests.COMMITMENT_FORM_PATH) || path.startsWith(SalesRequests.ASK_PATH)
                || path.startsWith(InboxRequests.LIST_PATH)) {
            Role role = role(request, response);
            PageRequest page = HostedPages.request(request.getRequestURI(), parameters(request), xsrfToken,
                    xsrfTokenMatches(request));
            HostedPages.send(response, WorkbenchAccess.answer(role, () -> path.startsWith(InboxRequests.LIST_PATH)
                    ? inbox.post(page) : sales.post(page)), path, role);
            return;
        }
        if (path.startsWith(StatusLinkLinks.LIST_PATH + "/")) {
            Role role = role(request, response);
            PageRequest page = HostedPages.request(path, parameters(request), xsrfToken, xsrfTokenMatches(request));
            HostedPages.send(response, WorkbenchAccess.answer(role, () -> statusLinkForms.post(page)), path, role);
            return;
        }
        if (DigestPages.handles(path)) {
            digests.post(response, path, parameters(request), role(request, response), xsrfToken,
                    xsrfTokenMatches(request));
            return;
        }
        if (AdminPages.handles(path)) {
            Role role = role(request, response);
            answerAdmin(response, path, role, role.isAdmin() && xsrfTokenMatches(request)
                    ? admin.post(path, parameters(request), role, xsrfToken) : Optional.empty(), xsrfTokenMatches(request));
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The admin pages are for Jira admins alone (403 for others, and for a form without the token); 404 for no page. */
    private static void answerAdmin(HttpServletResponse response, String path, Role role, Optional<String> page,
                                    boolean tokenMatches) throws IOException {
        if (!role.isAdmin()) {
            forbidden(response, path, role, "The admin pages are for Jira admins.");
        } else if (!tokenMatches) {
            forbidden(response, path, role, "The form's security token is missing or out of date: open the page"
                    + " again and resubmit.");
        } else if (page.isPresent()) {
            send(response, HttpServletResponse.SC_OK, page.get());
        } else {
            notFound(response, path, role);
        }
    }

    private void giveXsrfToken(HttpServletResponse response) {
        Cookie cookie = new Cookie(XSRF_COOKIE, xsrfToken);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    /** Both the cookie and the form's field carry this server's token; compared in constant time. */
    private boolean xsrfTokenMatches(HttpServletRequest request) {
        String field = request.getParameter(XSRF_FIELD);
        String cookie = null;
        if (request.getCookies() != null) {
            cookie = Arrays.stream(request.getCookies()).filter(each -> each.getName().equals(XSRF_COOKIE))
                    .map(Cookie::getValue).findFirst().orElse(null);
        }
        byte[] expected = xsrfToken.getBytes(StandardCharsets.UTF_8);
        return field != null && cookie != null
                && MessageDigest.isEqual(expected, field.getBytes(StandardCharsets.UTF_8))
                && MessageDigest.isEqual(expected, cookie.getBytes(StandardCharsets.UTF_8));
    }

    /** The demo's deliveries from {@code firstDay} on, as Jira's search finds them. */
    private static List<DeliveredCommitment> deliveredSince(WorkbenchWorld world, LocalDate firstDay) {
        return DemoDeliveries.of(world.issues(), LocalDate.now(world.clock())).stream()
                .filter(delivery -> !delivery.delivered().isBefore(firstDay)).toList();
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

    static void notFound(HttpServletResponse response, String path, Role role) throws IOException {
        send(response, HttpServletResponse.SC_NOT_FOUND, Layout.page("Not found", "/", role,
                "<h1>Not found</h1>\n<p>There is no issue or page at <code>" + Html.escape(path)
                        + "</code>.</p>\n<p><a href=\"/\">Back to the teams</a></p>\n"));
    }

    static void forbidden(HttpServletResponse response, String path, Role role, String why) throws IOException {
        send(response, HttpServletResponse.SC_FORBIDDEN, Layout.page("Not allowed", "/", role,
                "<h1>Not allowed</h1>\n<p class=\"workbench-forbidden\">" + Html.escape(why) + "</p>\n<p>You are viewing as <strong>"
                        + Html.escape(role.label()) + "</strong>; <code>" + Html.escape(path)
                        + "</code> is not for that role. Switch role in the header.</p>\n"
                        + "<p><a href=\"/\">Back to the teams</a></p>\n"));
    }

    /** A role in the query switches to it and is remembered in a cookie, so that links keep the viewer's role. */
    private static Role role(HttpServletRequest request, HttpServletResponse response) {
        Optional<Role> asked = Role.named(request.getParameter("role"));
        if (asked.isPresent()) {
            Cookie cookie = new Cookie(ROLE_COOKIE, asked.get().parameter());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
            return asked.get();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(ROLE_COOKIE)) {
                    return Role.named(cookie.getValue()).orElse(Role.DEFAULT);
                }
            }
        }
        return Role.DEFAULT;
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
