package io.promisedesk.jira.field;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.common.Require;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a Sales Commitment field: the promised day, and the customer it was promised to and a short note
 * with it. It is a {@link Timestamp} at the start of the day, as Jira's own date field values are, because Jira's
 * date range searcher indexes only dates and has cast them to {@code Timestamp}; equal only to a commitment with the
 * same day, customer and note, so that Jira saves a change of customer or note alone. A value from the field's edit
 * form also carries the e-mail addresses typed there when they differ from those the form showed: they are not
 * stored in the field (they live in Promise Desk's commitment store), but make the value unequal to the stored one,
 * so that Jira saves a change of addresses alone and fires the issue event that records it.
 */
public final class CommitmentDate extends Timestamp {
    /** A note is one short line. */
    public static final int MAX_NOTE = 255;
    private static final long serialVersionUID = 1L;

    private final LocalDate day;
    private final String customer;
    private final String note;
    private final InformedAddresses typedAddresses;

    CommitmentDate(LocalDate day, Optional<String> customer, Optional<String> note, FieldDates dates) {
        this(day, customer, note, Optional.empty(), dates);
    }

    /** @param typedAddresses the addresses typed on the edit form, only when they differ from those it showed */
    CommitmentDate(LocalDate day, Optional<String> customer, Optional<String> note,
                   Optional<InformedAddresses> typedAddresses, FieldDates dates) {
        super(dates.startOfDay(Require.present(day, "commitment")));
        this.day = day;
        this.customer = Require.present(customer, "customer").map(CommitmentDate::oneLine)
                .filter(name -> !name.isEmpty()).map(name -> new Customer(name).name()).orElse(null);
        this.note = Require.optionalText(Require.present(note, "note").map(CommitmentDate::oneLine), "note", MAX_NOTE)
                .orElse(null);
        this.typedAddresses = Require.present(typedAddresses, "typedAddresses").orElse(null);
    }

    public LocalDate day() {
        return day;
    }

    public Optional<String> customer() {
        return Optional.ofNullable(customer);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The addresses typed on the edit form when they changed there; empty from the store, REST and imports. */
    public Optional<InformedAddresses> typedAddresses() {
        return Optional.ofNullable(typedAddresses);
    }

    /** The promise in the engine's terms; the note is for people only. */
    public Commitment commitment() {
        return Commitment.of(day, customer);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommitmentDate that && day.equals(that.day) && getTime() == that.getTime()
                && Objects.equals(customer, that.customer) && Objects.equals(note, that.note)
                && Objects.equals(typedAddresses, that.typedAddresses);
    }

    /** Timestamp's own overload, which Jira may call when both sides are typed as timestamps. */
    @Override
    public boolean equals(Timestamp other) {
        return equals((Object) other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, customer, note, typedAddresses);
    }

    /** Line breaks would end the stored text's line; a customer's name or a short note needs none. */
    private static String oneLine(String text) {
        return text.replaceAll("\\R+", " ").strip();
    }
}
