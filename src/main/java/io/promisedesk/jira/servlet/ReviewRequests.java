package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.review.CustomerIndex;
import io.promisedesk.review.CustomerListView;
import io.promisedesk.review.CustomerReviewCsv;
import io.promisedesk.review.CustomerReviewView;
import io.promisedesk.review.DeliveredCommitment;
import io.promisedesk.review.DeliveredCommitments;
import io.promisedesk.review.DeliveryRecord;
import io.promisedesk.review.ReviewLinks;
import io.promisedesk.review.TeamCommitments;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.WorkingDays;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.TeamSnapshot;
import io.promisedesk.workload.TeamSnapshots;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer reviews without Jira: the list of customers at {@value ReviewLinks#PATH}, one customer's review at
 * {@value ReviewLinks#PATH}{@code ?customer=NAME} and its CSV at {@value ReviewLinks#CSV_PATH}{@code ?customer=NAME}.
 * Sales and technicians read a review together, so nobody logged in goes to the login page, and members of the sales
 * groups, Jira administrators and technicians (who may edit at least one committed issue of a configured team) get
 * in; anyone else is refused. Only issues the reader may browse are counted or shown, on the list, the page and in
 * the CSV alike, and a customer with none of them is not found, exactly as an unknown one.
 */
public final class ReviewRequests {
    static final String CSV_TYPE = "text/csv; charset=UTF-8";

    private final Access access;
    private final TeamDirectory teams;
    private final TeamSnapshots snapshots;
    private final EtaHistoryStore histories;
    private final DeliveredCommitments deliveries;
    private final Clock clock;

    public ReviewRequests(Access access, TeamDirectory teams, TeamSnapshots snapshots, EtaHistoryStore histories,
                          DeliveredCommitments deliveries, Clock clock) {
        this.access = Require.present(access, "access");
        this.teams = Require.present(teams, "teams");
        this.snapshots = Require.present(snapshots, "snapshots");
        this.histories = Require.present(histories, "histories");
        this.deliveries = Require.present(deliveries, "deliveries");
        this.clock = Require.present(clock, "clock");
    }

    /** The list, a customer's page or its CSV; a bad or unknown customer, or any other path, is not found. */
    public PageAnswer get(PageRequest request) {
        if (access.user().isEmpty()) {
            return new PageAnswer.Login();
        }
        Visible seen = visibleCommitments();
        List<TeamCommitments> visible = seen.teams();
        if (!access.isSales() && !access.isAdministrator() && !editsACommittedIssue(visible)) {
            return MessagePages.forbidden("promisedesk.page.forbidden.review", request.locale());
        }
        String path = request.path();
        boolean csv = path.equals(ReviewLinks.CSV_PATH);
        if (!csv && !path.equals(ReviewLinks.PATH) && !path.equals(ReviewLinks.PATH + "/")) {
            return MessagePages.notFound(request.locale());
        }
        LocalDate today = LocalDate.now(clock);
        List<DeliveredCommitment> delivered = visibleDeliveries(today);
        CustomerIndex index = CustomerIndex.of(visible, delivered, today);
        if (!csv && !ReviewLinks.asksForCustomer(request.parameters())) {
            return list(request, index, seen.staleFor());
        }
        Optional<Customer> customer = ReviewLinks.customer(request.parameters()).flatMap(index::find);
        if (customer.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        Map<IssueKey, EtaHistory> slips = historiesOf(customer.get(), visible);
        if (csv) {
            return new PageAnswer.Download(CSV_TYPE, ReviewLinks.csvFileName(customer.get(), today),
                    new CustomerReviewCsv().bytes(customer.get(), visible, slips, delivered, today));
        }
        return review(request, customer.get(), visible, slips, delivered, today, seen.staleFor());
    }

    private Page list(PageRequest request, CustomerIndex index, Duration staleFor) {
        String title = new MessageRenderer(request.locale()).render("promisedesk.page.reviews.title");
        return new Page(200, title, "promisedesk-reviews-page", false, List.of(
                new Section(CustomerListView.TEMPLATE, new CustomerListView(request.baseUrl()).context(index,
                        request.locale())),
                FreshnessSection.of(staleFor, request.locale())));
    }

    private Page review(PageRequest request, Customer customer, List<TeamCommitments> visible,
                        Map<IssueKey, EtaHistory> slips, List<DeliveredCommitment> delivered, LocalDate today,
                        Duration staleFor) {
        MessageRenderer texts = new MessageRenderer(request.locale());
        Map<String, Object> back = new LinkedHashMap<>();
        back.put("href", new ReviewLinks(request.baseUrl()).customers());
        back.put("label", texts.render("promisedesk.page.review.back"));
        Map<String, Object> view = new CustomerReviewView(request.baseUrl()).context(customer, visible, slips, delivered,
                request.locale(), today);
        return new Page(200, texts.render("promisedesk.page.review.title", customer.name()), "promisedesk-review-page",
                false, List.of(new Section(EtaRequests.TEMPLATE_BACK, back), new Section(CustomerReviewView.TEMPLATE, view),
                FreshnessSection.of(staleFor, request.locale())));
    }

    /**
     * Every configured team's cached verdicts, without the issues the reader may not browse, and how long the oldest
     * of their figures have been known to miss a change.
     */
    private Visible visibleCommitments() {
        List<TeamCommitments> visible = new ArrayList<>();
        Duration staleFor = Duration.ZERO;
        for (Team team : teams.teams()) {
            Optional<TeamSnapshot> snapshot = snapshots.snapshot(team.key());
            if (snapshot.isEmpty()) {
                continue;
            }
            TeamAssessment assessment = snapshot.get().assessment();
            visible.add(new TeamCommitments(new WorkingDays(assessment.team()), assessment.verdicts().stream()
                    .filter(verdict -> access.canBrowse(verdict.item().key())).toList()));
            staleFor = FreshnessSection.oldest(staleFor, snapshot.get().staleFor());
        }
        return new Visible(visible, staleFor);
    }

    /** The teams' commitments a reader may see, and how old the oldest team's figures are. */
    private record Visible(List<TeamCommitments> teams, Duration staleFor) {
    }

    /** A technician is whoever may change the ETA of some committed issue, as the overcommit panel's reader is. */
    private boolean editsACommittedIssue(List<TeamCommitments> visible) {
        return visible.stream().flatMap(team -> team.verdicts().stream())
                .anyMatch(verdict -> access.canEdit(verdict.item().key()));
    }

    /** The deliveries within the record's window the reader may browse. */
    private List<DeliveredCommitment> visibleDeliveries(LocalDate today) {
        LocalDate firstDay = DeliveryRecord.firstExcludedDay(today).plusDays(1);
        return deliveries.deliveredSince(firstDay).stream()
                .filter(delivery -> access.canBrowse(delivery.issue())).toList();
    }

    /** The ETA histories of the customer's own open commitments only, read from the store together. */
    private Map<IssueKey, EtaHistory> historiesOf(Customer customer, List<TeamCommitments> visible) {
        List<IssueKey> wanted = new ArrayList<>();
        for (TeamCommitments team : visible) {
            for (IssueVerdict verdict : team.verdicts()) {
                if (verdict.commitment().customerIfKnown()
                        .filter(known -> CustomerIndex.sameCustomer(known, customer)).isPresent()) {
                    wanted.add(verdict.item().key());
                }
            }
        }
        return histories.historiesOf(wanted);
    }
}
