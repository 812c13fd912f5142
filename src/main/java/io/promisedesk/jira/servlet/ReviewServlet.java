package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for the customer reviews at {@code /plugins/servlet/promisedesk/review} and below (the CSV);
 * {@link ReviewRequests} decides, {@link ServletPages} reads and writes. GET only: the reviews change nothing.
 */
public final class ReviewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ReviewRequests reviews;
    private final transient ServletPages pages;

    public ReviewServlet(ReviewRequests reviews, ServletPages pages) {
        this.reviews = Require.present(reviews, "reviews");
        this.pages = Require.present(pages, "pages");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageRequest page = pages.read(request, response, false);
        pages.send(reviews.get(page), page, request, response);
    }
}
