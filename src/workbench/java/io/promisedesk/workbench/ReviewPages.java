package io.promisedesk.workbench;

import io.promisedesk.commitment.Customer;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.review.CustomerReviewCsv;
import io.promisedesk.review.CustomerReviewView;
import io.promisedesk.review.DeliveredCommitment;
import io.promisedesk.review.DeliveryRecord;
import io.promisedesk.review.ReviewLinks;
import io.promisedesk.review.TeamCommitments;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.IssueVerdict;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The customer review at the paths the plugin's servlet will serve it: {@value ReviewLinks#PATH} lists the
 * customers, {@code /review/CUSTOMER} is one customer's page ({@link CustomerReviewView} and its template) and
 * {@code /review/CUSTOMER.csv} its download ({@link CustomerReviewCsv}). Salespeople, technicians and admins read it;
 * role none gets 403. The deliveries are {@link DemoDeliveries}; the slips are the world's ETA histories.
 */
final class ReviewPages {
    // The workbench serves at the root: Jira's base URL is the empty context path.
    private static final CustomerReviewView VIEW = new CustomerReviewView("");
    private static final CustomerReviewCsv CSV = new CustomerReviewCsv();
    private static final ReviewLinks LINKS = new ReviewLinks("");

    private final WorkbenchWorld world;

    ReviewPages(WorkbenchWorld world) {
        this.world = world;
    }

    /** The list and every page under it; {@code path} is the decoded one. */
    static boolean handles(String path) {
        return path.equals(ReviewLinks.PATH) || path.startsWith(ReviewLinks.PATH + "/");
    }

    /** Both sides of an account review read it together; other Jira users do not. */
    static boolean mayRead(Role role) {
        return role.seesSalesPages() || role.seesOvercommitPanel();
    }

    /** Answers a GET of a path {@link #handles} accepts. */
    void get(HttpServletRequest request, HttpServletResponse response, String path, Role role) throws IOException {
        if (!mayRead(role)) {
            WorkbenchServlet.forbidden(response, path, role, "The customer review is for salespeople, technicians"
                    + " (and Jira admins).");
            return;
        }
        if (path.equals(ReviewLinks.PATH)) {
            WorkbenchServlet.send(response, HttpServletResponse.SC_OK, customers(role));
            return;
        }
        // The request URI still has its escapes: the decoded path cannot tell a %2F in a name from a slash.
        String encoded = request.getRequestURI().substring(request.getContextPath().length()
                + ReviewLinks.PATH.length() + 1);
        Optional<ReviewLinks.Request> asked = ReviewLinks.parse(encoded);
        Optional<Customer> customer = asked.flatMap(found -> known(found.customer()));
        if (customer.isEmpty()) {
            WorkbenchServlet.notFound(response, path, role);
        } else if (asked.get().csv()) {
            csv(response, customer.get());
        } else {
            WorkbenchServlet.send(response, HttpServletResponse.SC_OK, page(customer.get(), role));
        }
    }

    private String page(Customer customer, Role role) {
        Map<String, Object> context = VIEW.context(customer, teams(), histories(), deliveries(), Locale.ENGLISH, today());
        String body = JiraLikeVelocity.render(CustomerReviewView.TEMPLATE, context).strip();
        return Layout.page("Account review: " + customer.name(), LINKS.page(customer), role,
                "<p class=\"workbench-breadcrumb\"><a href=\"" + ReviewLinks.PATH + "\">All customers</a></p>\n"
                        + "<div class=\"workbench-panel\" id=\"promisedesk-review\">\n" + body + "\n</div>\n");
    }

    private void csv(HttpServletResponse response, Customer customer) throws IOException {
        byte[] body = CSV.bytes(customer, teams(), histories(), deliveries(), today());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\""
                + ReviewLinks.csvFileName(customer, today()) + "\"; filename*="
                + ReviewLinks.csvFileNameUtf8(customer, today()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Every customer with an open commitment or a delivery, by name ignoring case, with counts. */
    private String customers(Role role) {
        Map<String, CustomerCount> counts = new TreeMap<>();
        for (IssueVerdict verdict : world.verdicts()) {
            verdict.commitment().customerIfKnown().ifPresent(customer -> count(counts, customer).open++);
        }
        LocalDate today = today();
        for (DeliveredCommitment delivery : deliveries()) {
            // Listed as it has a page, counted only within the window, as the page counts.
            CustomerCount count = count(counts, delivery.customer());
            if (DeliveryRecord.deliveredWithinWindow(delivery, today)) {
                count.delivered++;
            }
        }
        StringBuilder body = new StringBuilder(8 * 1024);
        body.append("<h1>Customer reviews</h1>\n<p>One page per customer for account reviews: open and recently"
                + " delivered commitments, ETAs, risk, slips with their reasons and the delivery record; as CSV, and"
                + " printable on A4.</p>\n<table class=\"workbench-customers\">\n<caption>")
                .append(counts.size()).append(" customers</caption>\n<thead><tr><th scope=\"col\">Customer</th>"
                        + "<th scope=\"col\">Open commitments</th><th scope=\"col\">Delivered in the last 90 days</th>"
                        + "<th scope=\"col\">CSV</th></tr></thead>\n<tbody>\n");
        for (CustomerCount count : counts.values()) {
            body.append("<tr><th scope=\"row\"><a class=\"workbench-customer\" href=\"")
                    .append(Html.escape(LINKS.page(count.customer))).append("\">")
                    .append(Html.escape(count.customer.name())).append("</a></th><td>").append(count.open)
                    .append("</td><td>").append(count.delivered).append("</td><td><a href=\"")
                    .append(Html.escape(LINKS.csv(count.customer))).append("\">CSV</a></td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return Layout.page("Customer reviews", ReviewLinks.PATH, role, body.toString());
    }

    /** One row of the list; the first spelling met names the customer, as the review matches any case. */
    private static final class CustomerCount {
        private final Customer customer;
        private int open;
        private int delivered;

        private CustomerCount(Customer customer) {
            this.customer = customer;
        }
    }

    private static CustomerCount count(Map<String, CustomerCount> counts, Customer customer) {
        return counts.computeIfAbsent(customer.name().toLowerCase(Locale.ROOT), name -> new CustomerCount(customer));
    }

    /** The customer as the commitments spell it, so that a page exists only for a customer the world knows. */
    private Optional<Customer> known(Customer asked) {
        String name = asked.name().toLowerCase(Locale.ROOT);
        List<Customer> named = new ArrayList<>();
        world.verdicts().forEach(verdict -> verdict.commitment().customerIfKnown().ifPresent(named::add));
        deliveries().forEach(delivery -> named.add(delivery.customer()));
        return named.stream().filter(customer -> customer.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }

    private List<TeamCommitments> teams() {
        List<TeamCommitments> teams = new ArrayList<>();
        for (Team team : world.teams()) {
            world.assessment(team.key()).map(TeamCommitments::of).ifPresent(teams::add);
        }
        return teams;
    }

    /** The ETA histories of the committed issues, so that a slip saved with the ETA form shows here at once. */
    private Map<IssueKey, EtaHistory> histories() {
        Map<IssueKey, EtaHistory> histories = new HashMap<>();
        for (IssueVerdict verdict : world.verdicts()) {
            if (verdict.commitment().customerIfKnown().isPresent()) {
                histories.put(verdict.item().key(), world.etaHistory(verdict.item().key()));
            }
        }
        return histories;
    }

    private List<DeliveredCommitment> deliveries() {
        return DemoDeliveries.of(world.issues(), today());
    }

    /** The clock's day, which is the scenario's today in every team's zone (see {@link WorkbenchWorld}). */
    private LocalDate today() {
        return LocalDate.now(world.clock());
    }
}
