package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for creating, listing and revoking status links under {@code /plugins/servlet/promisedesk/links};
 * {@link StatusLinkFormRequests} decides, {@link ServletPages} reads and writes. Logged-in users only, unlike the
 * links themselves.
 */
public final class StatusLinkFormServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient StatusLinkFormRequests links;
    private final transient ServletPages pages;

    public StatusLinkFormServlet(StatusLinkFormRequests links, ServletPages pages) {
        this.links = Require.present(links, "links");
        this.pages = Require.present(pages, "pages");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageRequest page = pages.read(request, response, false);
        pages.send(links.get(page), page, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.refusedAsTooLarge(request, response)) {
            return;
        }
        PageRequest page = pages.read(request, response, true);
        pages.send(links.post(page), page, request, response);
    }
}
