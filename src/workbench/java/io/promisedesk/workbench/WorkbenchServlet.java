package io.promisedesk.workbench;

import io.promisedesk.jira.rest.ScenarioAssessResource;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Routes the workbench's pages: {@code /} the teams, {@code /browse/KEY} an issue, anything else 404; and
 * {@code POST /rest/promisedesk/1.0/scenario/assess}, the plugin's own REST resource called as plain Java.
 */
final class WorkbenchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ROLE_COOKIE = "promisedesk-workbench-role";
    static final String ASSESS_PATH = "/rest/promisedesk/1.0/scenario/assess";

    private final transient IndexPage index;
    private final transient IssuePage issue;

    WorkbenchServlet(WorkbenchWorld world) {
        this.index = new IndexPage(world);
        this.issue = new IssuePage(world);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Role role = role(request, response);
        // Decoded, so that a page names the path as the person typed it.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/")) {
            send(response, HttpServletResponse.SC_OK, index.render(role));
            return;
        }
        Optional<String> page = path.startsWith("/browse/")
                ? issue.render(path.substring("/browse/".length()), role) : Optional.empty();
        if (page.isPresent()) {
            send(response, HttpServletResponse.SC_OK, page.get());
        } else {
            send(response, HttpServletResponse.SC_NOT_FOUND, Layout.page("Not found", "/", role,
                    "<h1>Not found</h1>\n<p>There is no issue or page at <code>" + Html.escape(path)
                            + "</code>.</p>\n<p><a href=\"/\">Back to the teams</a></p>\n"));
        }
    }

    /**
     * The plugin's {@link ScenarioAssessResource}, as Jira's REST module would call it with the body as text; no
     * licence or login check here, the workbench has no users. Only JSON is accepted, as {@code @Consumes} says.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.equals(ASSESS_PATH)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Response answer = new ScenarioAssessResource().assess(body);
        byte[] entity = String.valueOf(answer.getEntity()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.getStatus());
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(entity.length);
        response.getOutputStream().write(entity);
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

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
