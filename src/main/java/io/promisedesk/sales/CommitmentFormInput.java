package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.SetCommitmentCommand;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a salesperson submitted in the commitment form, exactly as typed, so that a refused or checked form shows it
 * again unchanged.
 *
 * @param date             the date input's value, ISO {@code yyyy-MM-dd} as a browser's date input sends it
 * @param customer         the customer as typed; the command trims it
 * @param note             the note as typed; the command trims it
 * @param expectedDate     the hidden date of the commitment the form was shown with, ISO, or empty when it had none
 * @param expectedCustomer the hidden customer of that commitment, or empty when it had none or the customer is unknown
 * @param addresses        the e-mail addresses to keep informed as typed, separated by commas, spaces or lines
 * @param addressLanguage  the language tag of their digests ({@code en}, {@code nl}); English when empty
 */
public record CommitmentFormInput(String date, String customer, String note, String expectedDate,
                                  String expectedCustomer, String addresses, String addressLanguage) {
    /** The form's parameter names; the template's inputs and buttons carry the same names. */
    public static final String DATE = "date";
    public static final String CUSTOMER = "customer";
    public static final String NOTE = "note";
    public static final String EXPECTED_DATE = "expectedDate";
    public static final String EXPECTED_CUSTOMER = "expectedCustomer";
    public static final String ADDRESSES = "addresses";
    public static final String ADDRESS_LANGUAGE = "addressLanguage";
    public static final String ACTION = "action";

    /** The form's two buttons: ask the promise check, or save. */
    public enum Action {
        CHECK, SAVE;

        /** The button's value, {@code check} or {@code save}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CommitmentFormInput {
        Require.present(date, DATE);
        Require.present(customer, CUSTOMER);
        Require.present(note, NOTE);
        Require.present(expectedDate, EXPECTED_DATE);
        Require.present(expectedCustomer, EXPECTED_CUSTOMER);
        Require.present(addresses, ADDRESSES);
        Require.present(addressLanguage, ADDRESS_LANGUAGE);
    }

    /** Input that names no address to keep informed. */
    public CommitmentFormInput(String date, String customer, String note, String expectedDate, String expectedCustomer) {
        this(date, customer, note, expectedDate, expectedCustomer, "", "");
    }

    /**
     * The input of a submitted form by the parameter names above; a missing parameter reads as empty, so a form
     * without the hidden commitment (one opened before they existed) expects none and is refused if there is one.
     */
    public static CommitmentFormInput of(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return new CommitmentFormInput(first(parameters, DATE), first(parameters, CUSTOMER), first(parameters, NOTE),
                first(parameters, EXPECTED_DATE), first(parameters, EXPECTED_CUSTOMER), first(parameters, ADDRESSES),
                first(parameters, ADDRESS_LANGUAGE));
    }

    /** What the form shows before anything is typed: the issue's commitment, in the fields and as the one expected. */
    public static CommitmentFormInput showing(Optional<Commitment> commitment, Optional<String> note) {
        return showing(commitment, note, InformedAddresses.none(), Locale.ENGLISH);
    }

    /**
     * What the form shows before anything is typed: the issue's commitment, note and addresses, the addresses'
     * language that of the first address, or {@code language} (the reader's) when there is none.
     */
    public static CommitmentFormInput showing(Optional<Commitment> commitment, Optional<String> note,
                                              InformedAddresses informed, Locale language) {
        Require.present(commitment, "commitment");
        String date = commitment.map(promise -> promise.date().toString()).orElse("");
        String customer = commitment.flatMap(Commitment::customerIfKnown).map(Customer::name).orElse("");
        Locale shownLanguage = Require.present(informed, "informed").all().stream().findFirst()
                .map(InformedAddress::language).orElse(Require.present(language, "language"));
        return new CommitmentFormInput(date, customer, Require.present(note, "note").orElse(""), date, customer,
                informed.typed(), shownLanguage.getLanguage());
    }

    /** The same values typed, now expecting {@code commitment}: the one the salesperson has been shown since. */
    public CommitmentFormInput expecting(Optional<Commitment> commitment) {
        CommitmentFormInput shown = showing(commitment, Optional.empty());
        return new CommitmentFormInput(date, customer, note, shown.expectedDate(), shown.expectedCustomer(),
                addresses, addressLanguage);
    }

    /** Which button was pressed; anything but "save" only checks, so that nothing is saved by accident. */
    public static Action action(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return first(parameters, ACTION).equals(Action.SAVE.value()) ? Action.SAVE : Action.CHECK;
    }

    /**
     * The commitment this input asks for; a missing or malformed date and a missing customer are
     * {@link InvalidValueException}s for the field they were typed in, so the form can show them there, and an
     * unreadable hidden commitment one for {@value #EXPECTED_DATE}.
     */
    public SetCommitmentCommand toCommand(Team team, WorkItem issue, String author) {
        Optional<Commitment> expected = expected();
        LocalDate promised = promisedDate();
        if (customer.isBlank()) {
            throw new InvalidValueException(CUSTOMER, "promisedesk.sales.commitment.error.customer", "is required");
        }
        Locale language = addressLanguage.isBlank() ? Locale.ENGLISH : InformedAddress.language(addressLanguage);
        return new SetCommitmentCommand(team, issue, author, expected, promised, new Customer(customer),
                Optional.of(note), Optional.of(InformedAddresses.parse(Optional.of(addresses), language)));
    }

    /**
     * The commitment the form was shown with. Hidden values nobody types can only be broken by tampering or a bad
     * proxy; any such is refused for {@value #EXPECTED_DATE}, the form's own field.
     */
    private Optional<Commitment> expected() {
        String day = expectedDate.strip();
        if (day.isEmpty()) {
            if (!expectedCustomer.isBlank()) {
                throw unreadableExpected("a customer without a date");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(Commitment.of(LocalDate.parse(day), expectedCustomer.isBlank() ? null : expectedCustomer));
        } catch (DateTimeParseException | InvalidValueException unreadable) {
            throw unreadableExpected("\"" + expectedDate + "\" / \"" + expectedCustomer + "\"");
        }
    }

    private static InvalidValueException unreadableExpected(String what) {
        return new InvalidValueException(EXPECTED_DATE, "promisedesk.sales.commitment.error.form",
                "must be the commitment the form was shown with, was " + what);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** ISO dates only: a date input sends them whatever the reader's language, so anything else was not typed there. */
    private LocalDate promisedDate() {
        String trimmed = date.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(DATE, "promisedesk.sales.commitment.error.date.required", "is required");
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException notADate) {
            throw new InvalidValueException(DATE, "promisedesk.sales.error.date",
                    "must be a date like 2026-03-13, was \"" + date + "\"", date);
        }
    }
}
