package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.workload.IssueVerdict;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The customers that have a review: every customer of an open commitment or of a delivery, with how many of each,
 * by name ignoring case as the review matches them; the first spelling met names the customer.
 */
public final class CustomerIndex {
    private final List<Entry> entries;

    /** One customer with its open commitments and its deliveries within {@link DeliveryRecord}'s window. */
    public record Entry(Customer customer, int open, int delivered) {
        public Entry {
            Require.present(customer, "customer");
        }
    }

    private CustomerIndex(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * The customers of the {@code teams}' open commitments and of the {@code deliveries}; a customer delivered to only
     * before the window is still listed (its page exists), with no delivery counted, as its page counts.
     */
    public static CustomerIndex of(Collection<TeamCommitments> teams, Collection<DeliveredCommitment> deliveries,
                                   LocalDate today) {
        Require.present(teams, "teams");
        Require.present(deliveries, "deliveries");
        Require.present(today, "today");
        Map<String, Counts> counts = new TreeMap<>();
        for (TeamCommitments team : teams) {
            for (IssueVerdict verdict : team.verdicts()) {
                verdict.commitment().customerIfKnown().ifPresent(customer -> count(counts, customer).open++);
            }
        }
        for (DeliveredCommitment delivery : deliveries) {
            Counts count = count(counts, delivery.customer());
            if (DeliveryRecord.deliveredWithinWindow(delivery, today)) {
                count.delivered++;
            }
        }
        return new CustomerIndex(counts.values().stream()
                .map(count -> new Entry(count.customer, count.open, count.delivered)).toList());
    }

    /** By name ignoring case. */
    public List<Entry> entries() {
        return entries;
    }

    /** The customer {@code asked} names, as the commitments spell it; empty for a customer nobody promised to. */
    public Optional<Customer> find(Customer asked) {
        Require.present(asked, "asked");
        return entries.stream().map(Entry::customer).filter(known -> CustomerReview.sameCustomer(known, asked))
                .findFirst();
    }

    /** Whether {@code one} and {@code other} are the same account: the same name ignoring case. */
    public static boolean sameCustomer(Customer one, Customer other) {
        return CustomerReview.sameCustomer(Require.present(one, "one"), Require.present(other, "other"));
    }

    private static Counts count(Map<String, Counts> counts, Customer customer) {
        return counts.computeIfAbsent(customer.name().toLowerCase(Locale.ROOT), name -> new Counts(customer));
    }

    private static final class Counts {
        private final Customer customer;
        private int open;
        private int delivered;

        private Counts(Customer customer) {
            this.customer = customer;
        }
    }
}
