package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for the sales pages under {@code /plugins/servlet/promisedesk/sales/}; {@link SalesRequests} decides,
 * {@link ServletPages} reads and writes.
 */
public final class SalesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SalesRequests sales;
    private final transient ServletPages pages;

    public SalesServlet(SalesRequests sales, ServletPages pages) {
        this.sales = Require.present(sales, "sales");
        this.pages = Require.present(pages, "pages");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageRequest page = pages.read(request, response, false);
        pages.send(sales.get(page), page, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.refusedAsTooLarge(request, response)) {
            return;
        }
        PageRequest page = pages.read(request, response, true);
        pages.send(sales.post(page), page, request, response);
    }
}
