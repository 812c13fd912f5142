package io.promisedesk.workbench;

import io.promisedesk.admin.AdminLinks;
import io.promisedesk.inbox.view.InboxLinks;
import io.promisedesk.jira.servlet.EtaRequests;
import io.promisedesk.jira.servlet.InboxRequests;
import io.promisedesk.jira.servlet.SalesRequests;
import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.review.ReviewLinks;
import io.promisedesk.statuslink.view.StatusLinkLinks;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The workbench's pages a GET can open, by the (decoded) paths each serves, in the order {@link WorkbenchServlet} tries
 * them: the one table of its routes, which the servlet dispatches on and the tests walk, so that a page added without
 * a route here is not served, and one added here is not left out of the tests.
 */
enum GetRoute {
    INDEX(path -> path.equals("/")),
    ISSUE(path -> path.startsWith("/browse/")),
    ISSUE_CHART(path -> path.startsWith(OvercommitPanelView.CHART_PATH)),
    ETA(path -> path.startsWith(EtaRequests.PATH)),
    COMMITMENTS(path -> path.equals(SalesRequests.COMMITMENTS_PATH)),
    SALES_ISSUE(path -> path.startsWith(SalesRequests.ISSUE_PATH)),
    REVIEW_CSV(path -> path.equals(ReviewLinks.CSV_PATH)),
    REVIEWS(path -> path.equals(ReviewLinks.PATH) || path.startsWith(ReviewLinks.PATH + "/")),
    INBOXES(path -> path.equals(InboxRequests.LIST_PATH) || path.equals(InboxLinks.INBOX_PATH)),
    INBOX(path -> path.startsWith(InboxRequests.LIST_PATH)),
    DIGEST(path -> path.equals(DigestPages.PAGE_PATH)),
    OUTBOX(path -> path.equals(DigestPages.OUTBOX_PATH)),
    OUTBOX_MAIL(path -> path.startsWith(DigestPages.OUTBOX_PATH + "/")),
    TEAM_PREVIEW(ChartPages::handles),
    STATUS_LINKS(path -> path.equals(StatusLinkLinks.LIST_PATH) || path.startsWith(StatusLinkLinks.LIST_PATH + "/")),
    ADMIN_TEAMS(path -> path.equals(AdminLinks.PATH)),
    ADMIN_NEW_TEAM(path -> path.equals(AdminLinks.NEW_TEAM)),
    ADMIN_PHRASES(path -> path.equals(AdminLinks.PHRASES)),
    ADMIN_SALES_GROUPS(path -> path.equals(AdminLinks.SALES_GROUPS)),
    ADMIN_DELETE_TEAM(path -> path.startsWith(AdminLinks.TEAM) && path.endsWith(AdminLinks.DELETE_SUFFIX)),
    ADMIN_TEAM(AdminPages::handles);

    private final Predicate<String> serves;

    GetRoute(Predicate<String> serves) {
        this.serves = serves;
    }

    /** The first route serving {@code path}; empty for a path no page has. */
    static Optional<GetRoute> of(String path) {
        return Arrays.stream(values()).filter(route -> route.serves.test(path)).findFirst();
    }
}
