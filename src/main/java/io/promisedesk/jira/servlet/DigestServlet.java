package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for "My digest" at {@code /plugins/servlet/promisedesk/digest}; {@link DigestRequests} decides,
 * {@link ServletPages} reads and writes.
 */
public final class DigestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DigestRequests digest;
    private final transient ServletPages pages;

    public DigestServlet(DigestRequests digest, ServletPages pages) {
        this.digest = Require.present(digest, "digest");
        this.pages = Require.present(pages, "pages");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageRequest page = pages.read(request, response, false);
        pages.send(digest.get(page), page, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.refusedAsTooLarge(request, response)) {
            return;
        }
        PageRequest page = pages.read(request, response, true);
        pages.send(digest.post(page), page, request, response);
    }
}
