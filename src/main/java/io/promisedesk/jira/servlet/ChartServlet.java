package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for an issue's workload chart at {@code /plugins/servlet/promisedesk/chart/KEY};
 * {@link ChartRequests} decides, {@link ServletPages} reads and writes. GET only.
 */
public final class ChartServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ChartRequests charts;
    private final transient ServletPages pages;

    public ChartServlet(ChartRequests charts, ServletPages pages) {
        this.charts = Require.present(charts, "charts");
        this.pages = Require.present(pages, "pages");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageRequest page = pages.read(request, response, false);
        pages.send(charts.get(page), page, request, response);
    }
}
