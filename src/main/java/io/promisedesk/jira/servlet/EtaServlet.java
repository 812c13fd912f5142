package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for an issue's ETA form at {@code /plugins/servlet/promisedesk/eta/KEY}; {@link EtaRequests} decides,
 * {@link ServletPages} reads and writes.
 */
public final class EtaServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient EtaRequests eta;
    private final transient ServletPages pages;

    public EtaServlet(EtaRequests eta, ServletPages pages) {
        this.eta = Require.present(eta, "eta");
        this.pages = Require.present(pages, "pages");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageRequest page = pages.read(request, response, false);
        pages.send(eta.get(page), page, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.refusedAsTooLarge(request, response)) {
            return;
        }
        PageRequest page = pages.read(request, response, true);
        pages.send(eta.post(page), page, request, response);
    }
}
