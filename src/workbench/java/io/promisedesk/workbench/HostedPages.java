package io.promisedesk.workbench;

import io.promisedesk.jira.servlet.Downloads;
import io.promisedesk.jira.servlet.PageAnswer;
import io.promisedesk.jira.servlet.PageRequest;
import io.promisedesk.jira.servlet.PageWriter;
import io.promisedesk.rendering.JiraLikeVelocity;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers with what the plugin's own page handlers ({@code io.promisedesk.jira.servlet}, Jira-free) decide: their
 * {@link PageAnswer.Page} written by the plugin's own page writer and templates with Jira's escaping, then framed by
 * the workbench's layout as Jira's decorator would frame it; a redirect and a download as Jira's servlet sends them.
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
            WorkbenchServlet.send(response, page.status(), decorated(page, path, role));
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
     * The page as the plugin writes it for Jira ({@link PageWriter}: page-start.vm, the sections, page-end.vm), then
     * decorated as Jira's decorator would: the frame its {@code <meta name="decorator">} (and, in the administration,
     * {@code admin.active.section} and {@code admin.active.tab}) asks for, around the document's title and body.
     */
    static String decorated(PageAnswer.Page page, String path, Role role) throws IOException {
        StringWriter written = new StringWriter(8192);
        PageWriter.write(page, Locale.ENGLISH, (template, context, out) -> out.write(
                JiraLikeVelocity.render(template, context)), written);
        Document document = Jsoup.parse(written.toString());
        document.outputSettings().prettyPrint(false);
        String decorator = meta(document, "decorator");
        String tab = meta(document, "admin.active.tab");
        PageAnswer.Frame frame = Arrays.stream(PageAnswer.Frame.values())
                .filter(each -> each.decorator().equals(decorator) && each.activeTab().equals(tab)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Jira frame for decorator \"" + decorator
                        + "\" and admin tab \"" + tab + "\" on " + path));
        if (frame.admin() && !meta(document, "admin.active.section").equals(AdminMenu.packaged().section())) {
            throw new IllegalStateException(path + " marks admin section \"" + meta(document, "admin.active.section")
                    + "\", the descriptor's is " + AdminMenu.packaged().section());
        }
        return Layout.page(document.title(), path, role, document.body().html() + "\n", frame);
    }

    private static String meta(Document document, String name) {
        Element meta = document.head().selectFirst("meta[name=\"" + name + "\"]");
        return meta == null ? "" : meta.attr("content");
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
}
