package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for the ETA inboxes at {@code /plugins/servlet/promisedesk/inbox} and below; {@link InboxRequests}
 * decides, {@link ServletPages} reads and writes.
 */
public final class InboxServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient InboxRequests inbox;
    private final transient ServletPages pages;

    public InboxServlet(InboxRequests inbox, ServletPages pages) {
        this.inbox = Require.present(inbox, "inbox");
        this.pages = Require.present(pages, "pages");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageRequest page = pages.read(request, response, false);
        pages.send(inbox.get(page), page, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.refusedAsTooLarge(request, response)) {
            return;
        }
        PageRequest page = pages.read(request, response, true);
        pages.send(inbox.post(page), page, request, response);
    }
}
