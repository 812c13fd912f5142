package io.promisedesk.sales;

import io.promisedesk.commitment.Customer;
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
 * @param date     the date input's value, ISO {@code yyyy-MM-dd} as a browser's date input sends it
 * @param customer the customer as typed; the command trims it
 * @param note     the note as typed; the command trims it
 */
public record CommitmentFormInput(String date, String customer, String note) {
    /** The form's parameter names; the template's inputs and buttons carry the same names. */
    public static final String DATE = "date";
    public static final String CUSTOMER = "customer";
    public static final String NOTE = "note";
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
    }

    /** The input of a submitted form by the parameter names above; a missing parameter reads as empty. */
    public static CommitmentFormInput of(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return new CommitmentFormInput(first(parameters, DATE), first(parameters, CUSTOMER), first(parameters, NOTE));
    }

    /** Which button was pressed; anything but "save" only checks, so that nothing is saved by accident. */
    public static Action action(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return first(parameters, ACTION).equals(Action.SAVE.value()) ? Action.SAVE : Action.CHECK;
    }

    /**
     * The commitment this input asks for; a missing or malformed date and a missing customer are
     * {@link InvalidValueException}s for the field they were typed in, so the form can show them there.
     */
    public SetCommitmentCommand toCommand(Team team, WorkItem issue, String author) {
        LocalDate promised = promisedDate();
        if (customer.isBlank()) {
            throw new InvalidValueException(CUSTOMER, "promisedesk.sales.commitment.error.customer", "is required");
        }
        return new SetCommitmentCommand(team, issue, author, promised, new Customer(customer), Optional.of(note));
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
