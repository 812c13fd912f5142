package io.promisedesk.jira.servlet;

import io.promisedesk.admin.AdminLinks;
import io.promisedesk.commitment.Customer;
import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.review.ReviewLinks;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The descriptor's servlet modules serve the paths the handlers answer and the pages and web items link to: Jira
 * serves a servlet's url-pattern under {@code /plugins/servlet}.
 */
public class ServletModulesTest {
    private static final String SERVLETS = "/plugins/servlet";
    private final Document descriptor = PluginDescriptor.descriptor();

    @Test
    public void theSalesServlet_servesTheIssuePageTheListAndTheForm() {
        String served = SERVLETS + prefix("promisedesk-sales-servlet", SalesServlet.class);

        assertEquals("/plugins/servlet/promisedesk/sales/", served);
        for (String path : List.of(SalesRequests.ISSUE_PATH, SalesRequests.COMMITMENTS_PATH, SalesRequests.COMMITMENT_FORM_PATH)) {
            assertTrue(path, path.startsWith(served));
        }
    }

    @Test
    public void theSalesServlet_servesWhereTheAskFormPosts() {
        String served = SERVLETS + prefix("promisedesk-sales-servlet", SalesServlet.class);

        assertTrue(SalesRequests.ASK_PATH.startsWith(served));
        assertEquals(io.promisedesk.inbox.view.InboxLinks.ASK_PATH, SalesRequests.ASK_PATH);
    }

    /** The list is the bare path, a team's inbox lies below it; the top navigation links to the list. */
    @Test
    public void theInboxServlet_servesTheListAndEveryTeamsInbox_andTheTopNavigationLinksToTheList() {
        Element module = PluginDescriptor.module(descriptor, "promisedesk-inbox-servlet").orElseThrow();
        assertEquals(InboxServlet.class.getName(), module.getAttribute("class"));
        List<String> patterns = PluginDescriptor.elements(module, "url-pattern").stream()
                .map(pattern -> SERVLETS + pattern.getTextContent().strip()).toList();

        assertEquals(List.of(InboxRequests.LIST_PATH, InboxRequests.LIST_PATH + "/*"), patterns);
        assertEquals(io.promisedesk.inbox.view.InboxLinks.INBOX_PATH, InboxRequests.LIST_PATH + "/");
        assertEquals(InboxRequests.LIST_PATH, link("promisedesk-inbox-link"));
    }

    @Test
    public void theDigestServlet_servesMyDigest_andTheWebItemLinksToIt() {
        Element module = PluginDescriptor.module(descriptor, "promisedesk-digest-servlet").orElseThrow();
        assertEquals(DigestServlet.class.getName(), module.getAttribute("class"));

        assertEquals(List.of(DigestRequests.PATH), PluginDescriptor.elements(module, "url-pattern").stream()
                .map(pattern -> SERVLETS + pattern.getTextContent().strip()).toList());
        assertEquals(DigestRequests.PATH, link("promisedesk-my-digest"));
        Element item = PluginDescriptor.module(descriptor, "promisedesk-my-digest").orElseThrow();
        Element commitments = PluginDescriptor.module(descriptor, "promisedesk-my-commitments").orElseThrow();
        assertEquals(commitments.getAttribute("section"), item.getAttribute("section"));
        assertEquals(PluginDescriptor.elements(commitments, "condition").get(0).getAttribute("class"),
                PluginDescriptor.elements(item, "condition").get(0).getAttribute("class"));
    }

    @Test
    public void theEtaServlet_servesTheEtaForm() {
        assertEquals(EtaRequests.PATH, SERVLETS + prefix("promisedesk-eta-servlet", EtaServlet.class));
    }

    @Test
    public void theWebItems_linkToPathsTheSalesServletAnswers() {
        String issueLink = link("promisedesk-sales-view");
        String listLink = link("promisedesk-my-commitments");

        assertEquals(SalesRequests.ISSUE_PATH + "$issue.key", issueLink);
        assertEquals(SalesRequests.COMMITMENTS_PATH, listLink);
    }

    /** The team list is the bare path, every other admin page lies below it; the admin menu links to the list. */
    @Test
    public void theAdminServlet_servesEveryAdminPage_andTheAdminMenuLinksToTheTeamList() {
        Element module = PluginDescriptor.module(descriptor, "promisedesk-admin-servlet").orElseThrow();
        assertEquals(AdminServlet.class.getName(), module.getAttribute("class"));
        List<String> patterns = PluginDescriptor.elements(module, "url-pattern").stream()
                .map(pattern -> SERVLETS + pattern.getTextContent().strip()).toList();

        assertEquals(List.of(AdminLinks.PATH, AdminLinks.PATH + "/*"), patterns);
        for (String path : List.of(AdminLinks.NEW_TEAM, AdminLinks.TEAM, AdminLinks.PHRASES, AdminLinks.SALES_GROUPS)) {
            assertTrue(path, path.startsWith(AdminLinks.PATH + "/"));
        }
        assertEquals(AdminLinks.PATH, link("promisedesk-admin-link"));
        Element item = PluginDescriptor.module(descriptor, "promisedesk-admin-link").orElseThrow();
        Element section = PluginDescriptor.module(descriptor, "promisedesk-admin-section").orElseThrow();
        assertEquals(section.getAttribute("location") + "/" + section.getAttribute("key"), item.getAttribute("section"));
    }

    /** The list of customers is the bare path, the CSV lies below it; the page is the list's path with a query. */
    @Test
    public void theReviewServlet_servesTheListThePageAndTheCsv() {
        Element module = PluginDescriptor.module(descriptor, "promisedesk-review-servlet").orElseThrow();
        assertEquals(ReviewServlet.class.getName(), module.getAttribute("class"));
        List<String> patterns = PluginDescriptor.elements(module, "url-pattern").stream()
                .map(pattern -> SERVLETS + pattern.getTextContent().strip()).toList();

        assertEquals(List.of(ReviewLinks.PATH, ReviewLinks.PATH + "/*"), patterns);
        assertTrue(ReviewLinks.CSV_PATH.startsWith(ReviewLinks.PATH + "/"));
        assertTrue(new ReviewLinks("").page(new Customer("A/B")).startsWith(ReviewLinks.PATH + "?"));
        assertEquals(ReviewLinks.PATH, link("promisedesk-customer-reviews"));
    }

    @Test
    public void theChartServlet_servesThePathThePanelLinksTo() {
        assertEquals(OvercommitPanelView.CHART_PATH, SERVLETS + prefix("promisedesk-chart-servlet", ChartServlet.class));
    }

    /** The module's one url-pattern, which must end in "*", without it; and the module's class. */
    private String prefix(String key, Class<?> servlet) {
        Element module = PluginDescriptor.module(descriptor, key).orElseThrow();
        assertEquals("servlet", module.getTagName());
        assertEquals(servlet.getName(), module.getAttribute("class"));
        List<Element> patterns = PluginDescriptor.elements(module, "url-pattern");
        assertEquals(1, patterns.size());
        String pattern = patterns.get(0).getTextContent().strip();
        assertTrue(pattern, pattern.endsWith("/*"));
        return pattern.substring(0, pattern.length() - 1);
    }

    private String link(String key) {
        Element item = PluginDescriptor.module(descriptor, key).orElseThrow();
        return PluginDescriptor.elements(item, "link").get(0).getTextContent().strip();
    }
}
