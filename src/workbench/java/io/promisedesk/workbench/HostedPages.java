package io.promisedesk.workbench;

import io.promisedesk.jira.servlet.Downloads;
import io.promisedesk.jira.servlet.PageAnswer;
import io.promisedesk.jira.servlet.PageRequest;
import io.promisedesk.rendering.JiraLikeVelocity;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers with what the plugin's own page handlers ({@code io.promisedesk.jira.servlet}, Jira-free) decide: their
 * {@link PageAnswer.Page}'s sections rendered with the plugin's templates and Jira's escaping inside the workbench's
 * layout, where Jira's decorator would put them; a redirect and a download as Jira's servlet sends them.
 */
final class HostedPages {
    // The workbench serves at the root: Jira's base URL is the empty context path.
    private static final String BASE_URL = "";

    private HostedPages() {
    }

    /** The request as the plugin's handlers read it, in English, with this server's form token. */
    static PageRequest request(String path, Map<String, List<String>> parameters, String xsrfToken, boolean xsrfValid) {
        return new PageRequest(path, parameters, Locale.ENGLISH, BASE_URL, xsrfToken, xsrfValid);
    }

    static void send(HttpServletResponse response, PageAnswer answer, String path, Role role) throws IOException {
        if (answer instanceof PageAnswer.Page page) {
            WorkbenchServlet.send(response, page.status(), Layout.page(page.title(), path, role, body(page)));
        } else if (answer instanceof PageAnswer.Download download) {
            Downloads.send(download, response);
        } else if (answer instanceof PageAnswer.Redirect redirect) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", redirect.location());
        } else {
            // Every workbench request has a role, so the handlers never ask for a login; said plainly if they do.
            WorkbenchServlet.forbidden(response, path, role, "Nobody is logged in.");
        }
    }

    /**
     * The page's address with its query as sent, but for the role switch's own {@code role}, so that switching role
     * stays on a page addressed by its query (a customer's review).
     */
    static String withQuery(String path, HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return path;
        }
        List<String> kept = Arrays.stream(query.split("&"))
                .filter(pair -> !pair.equals("role") && !pair.startsWith("role=")).toList();
        return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
    }

    /** What {@code templates/page/page-start.vm} and {@code page-end.vm} wrap around the sections in Jira. */
    private static String body(PageAnswer.Page page) {
        StringBuilder body = new StringBuilder(8192);
        // A div: the layout's own main element holds it, and a page has one main.
        body.append("<div id=\"").append(Html.escape(page.id())).append("\" class=\"promisedesk-page\">\n");
        if (page.headed()) {
            body.append("<h1 class=\"promisedesk-page__heading\">").append(Html.escape(page.title())).append("</h1>\n");
        }
        for (PageAnswer.Section section : page.sections()) {
            body.append(JiraLikeVelocity.render(section.template(), new HashMap<>(section.context())).strip())
                    .append('\n');
        }
        return body.append("</div>\n").toString();
    }
}
