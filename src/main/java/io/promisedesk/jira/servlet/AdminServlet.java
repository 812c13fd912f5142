package io.promisedesk.jira.servlet;

import com.atlassian.sal.api.websudo.WebSudoManager;
import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Jira's servlet for the admin pages under {@code /plugins/servlet/promisedesk/admin/}; {@link AdminRequests} decides,
 * {@link ServletPages} reads and writes. A Jira administrator is asked to confirm their password first (websudo), as
 * on Jira's own administration pages; anyone else is refused before that.
 */
public final class AdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient AdminRequests admin;
    private final transient ServletPages pages;
    private final transient WebSudoManager webSudo;

    public AdminServlet(AdminRequests admin, ServletPages pages, WebSudoManager webSudo) {
        this.admin = Require.present(admin, "admin");
        this.pages = Require.present(pages, "pages");
        this.webSudo = Require.present(webSudo, "webSudo");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.refusedAsTooLarge(request, response)) {
            return;
        }
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean post) throws IOException {
        PageRequest page = pages.read(request, response, post);
        Optional<PageAnswer> refused = admin.refusal(page);
        if (refused.isPresent()) {
            pages.send(refused.get(), page, request, response);
            return;
        }
        if (!webSudo.canExecuteRequest(request)) {
            // Nothing is read or saved: after the password Jira sends the browser back here (a post is not replayed).
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        webSudo.willExecuteWebSudoRequest(request);
        pages.send(post ? admin.post(page) : admin.get(page), page, request, response);
    }
}
