package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.IssueVerdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the review page and its CSV show of one customer, computed once so the two cannot disagree: the open
 * commitments in promise order, those delivered in the window newest first, and the delivery record.
 */
record CustomerReview(Customer customer, LocalDate today, List<Open> open, List<DeliveredCommitment> delivered,
                      DeliveryRecord record) {

    /** An open commitment with its risk and its ETA slips, newest first, and the working days they added. */
    record Open(IssueVerdict verdict, SalesRisk risk, List<EtaChange> slips, long slipWorkingDays) {
        IssueKey key() {
            return verdict.item().key();
        }
    }

    static CustomerReview of(Customer customer, Collection<TeamCommitments> teams, Map<IssueKey, EtaHistory> histories,
                             Collection<DeliveredCommitment> deliveries, LocalDate today) {
        Require.present(customer, "customer");
        Require.present(teams, "teams");
        Require.present(histories, "histories");
        Require.present(deliveries, "deliveries");
        Require.present(today, "today");
        histories.forEach(CustomerReview::requireHistoryOf);

        Set<IssueKey> seen = new HashSet<>();
        List<Open> open = new ArrayList<>();
        for (TeamCommitments team : teams) {
            for (IssueVerdict verdict : Require.present(team, "teams").verdicts()) {
                IssueKey key = verdict.item().key();
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("each issue must come once, " + key + " came twice");
                }
                if (verdict.commitment().customerIfKnown().filter(known -> sameCustomer(known, customer)).isPresent()) {
                    EtaHistory history = histories.getOrDefault(key, EtaHistory.empty(key));
                    open.add(new Open(verdict, SalesRisk.of(verdict), newestFirst(slips(history)),
                            history.totalSlipInWorkingDays(team.workingDays())));
                }
            }
        }
        open.sort(Comparator.comparing((Open entry) -> entry.verdict().commitmentDate()).thenComparing(Open::key));

        List<DeliveredCommitment> mine = new ArrayList<>();
        for (DeliveredCommitment delivery : deliveries) {
            if (sameCustomer(Require.present(delivery, "deliveries").customer(), customer)) {
                mine.add(delivery);
            }
        }
        List<DeliveredCommitment> recent = new ArrayList<>(mine.stream()
                .filter(delivery -> DeliveryRecord.deliveredWithinWindow(delivery, today)).toList());
        recent.sort(Comparator.comparing(DeliveredCommitment::delivered).reversed()
                .thenComparing(DeliveredCommitment::issue));
        return new CustomerReview(customer, today, List.copyOf(open), List.copyOf(recent),
                DeliveryRecord.of(mine, today));
    }

    /** As the sales list filters customers: sales types "acme" for "ACME", and Jira stores what each person typed. */
    static boolean sameCustomer(Customer one, Customer other) {
        return one.name().toLowerCase(Locale.ROOT).equals(other.name().toLowerCase(Locale.ROOT));
    }

    private static void requireHistoryOf(IssueKey key, EtaHistory history) {
        Require.present(key, "histories");
        if (!Require.present(history, "histories").issue().equals(key)) {
            throw new IllegalArgumentException("the history under " + key + " must be " + key + "'s, was "
                    + history.issue() + "'s");
        }
    }

    private static List<EtaChange> slips(EtaHistory history) {
        return history.changes().stream().filter(EtaChange::isSlip).toList();
    }

    private static List<EtaChange> newestFirst(List<EtaChange> oldestFirst) {
        List<EtaChange> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }
}
