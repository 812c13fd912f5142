package io.promisedesk.workbench;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.review.DeliveredCommitment;
import io.promisedesk.work.WorkItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The workbench's delivery history, invented demo data: a scenario has no resolution dates, and its done issues'
 * commitment dates lie ahead, so each done issue with a customer is given a delivery day in the 120 days up to
 * today and a promised day around it, one in four late, from a {@link Random} seeded by its key (the same on every
 * run). Jira's adapter reads resolution dates instead.
 */
final class DemoDeliveries {
    static final int HISTORY_DAYS = 120;

    private DemoDeliveries() {
    }

    /** The deliveries of the done, committed issues among {@code issues} that name a customer, in their order. */
    static List<DeliveredCommitment> of(Collection<WorkItem> issues, LocalDate today) {
        List<DeliveredCommitment> deliveries = new ArrayList<>();
        for (WorkItem issue : issues) {
            Optional<Customer> customer = issue.commitment().flatMap(Commitment::customerIfKnown);
            if (issue.isResolved() && customer.isPresent()) {
                // String.hashCode is specified, so the seed and the dates are the same on every JDK.
                Random random = new Random(issue.key().toString().hashCode());
                LocalDate delivered = today.minusDays(random.nextInt(HISTORY_DAYS));
                LocalDate promised = random.nextInt(4) == 0 ? delivered.minusDays(1 + random.nextInt(6))
                        : delivered.plusDays(random.nextInt(8));
                deliveries.add(new DeliveredCommitment(issue.key(), issue.summary(), customer.get(), promised,
                        delivered));
            }
        }
        return List.copyOf(deliveries);
    }
}
