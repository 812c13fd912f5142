package io.promisedesk.commitment;

import io.promisedesk.common.Require;

import java.time.LocalDate;
import java.util.Optional;

/** A date promised to a customer for an issue; the customer may be unknown for commitments made before Promise Desk. */
public record Commitment(LocalDate date, Customer customer) {
    public Commitment {
        Require.present(date, "commitment");
    }

    public static Commitment of(LocalDate date, String customer) {
        return new Commitment(date, customer == null ? null : new Customer(customer));
    }

    public Optional<Customer> customerIfKnown() {
        return Optional.ofNullable(customer);
    }
}
