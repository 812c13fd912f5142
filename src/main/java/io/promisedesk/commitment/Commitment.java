package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.PlanningHorizon;
import io.promisedesk.common.Require;

import java.time.LocalDate;
import java.util.Optional;

/** A date promised to a customer for an issue; the customer may be unknown for commitments made before Promise Desk. */
public record Commitment(LocalDate date, Customer customer) {
    public Commitment {
        Require.present(date, "commitment");
    }

    /**
     * A commitment sales makes now: a promise for a date already gone is refused, although a stored commitment
     * may of course lie in the past later on, and so is one beyond the {@link PlanningHorizon}.
     */
    public static Commitment make(LocalDate date, Customer customer, LocalDate today) {
        Require.present(date, "commitment");
        if (date.isBefore(today)) {
            throw new InvalidValueException("commitment", "promisedesk.error.commitment.past",
                    "must not be before today " + today + ", was " + date, date, today);
        }
        PlanningHorizon.require(date, today, "commitment");
        return new Commitment(date, Require.present(customer, "customer"));
    }

    public static Commitment of(LocalDate date, String customer) {
        return new Commitment(date, customer == null ? null : new Customer(customer));
    }

    public Optional<Customer> customerIfKnown() {
        return Optional.ofNullable(customer);
    }
}
