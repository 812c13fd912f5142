package io.promisedesk.inbox.view;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.inbox.AskForEtaCommand;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.WorkItem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a salesperson submitted in the "ask for an ETA" form, exactly as typed, so that a refused form shows it again.
 *
 * @param urgency  the chosen urgency's form value ({@code today}, {@code this-week}, {@code no-rush}), empty if none
 * @param customer the customer as typed; the command trims it
 * @param question the question as typed; the command trims it, and a blank one is none
 */
public record AskFormInput(String urgency, String customer, String question) {
    /** The form's parameter names; the template's inputs carry the same names. */
    public static final String URGENCY = "urgency";
    public static final String CUSTOMER = "customer";
    public static final String QUESTION = "question";

    public AskFormInput {
        Require.present(urgency, URGENCY);
        Require.present(customer, CUSTOMER);
        Require.present(question, QUESTION);
    }

    /** The input of a submitted form by the parameter names above; a missing parameter reads as empty. */
    public static AskFormInput of(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return new AskFormInput(first(parameters, URGENCY), first(parameters, CUSTOMER), first(parameters, QUESTION));
    }

    /**
     * The ask this input makes for {@code issue} of {@code team}, carrying the issue's commitment date; a missing or
     * unknown urgency, a missing or too long customer and a too long question are {@link InvalidValueException}s for
     * the field they were typed in, so the form can show them there.
     */
    public AskForEtaCommand toCommand(WorkItem issue, TeamKey team, String requester) {
        Require.present(issue, "issue");
        Urgency chosen = chosenUrgency();
        if (customer.isBlank()) {
            throw new InvalidValueException(CUSTOMER, "promisedesk.inbox.ask.error.customer", "is required");
        }
        return new AskForEtaCommand(issue.key(), team, requester, new Customer(customer), chosen,
                Optional.of(question), issue.commitment().map(Commitment::date));
    }

    private Urgency chosenUrgency() {
        if (urgency.isBlank()) {
            throw new InvalidValueException(URGENCY, "promisedesk.inbox.ask.error.urgency", "is required");
        }
        for (Urgency each : Urgency.values()) {
            if (InboxWords.value(each).equals(urgency)) {
                return each;
            }
        }
        throw new InvalidValueException(URGENCY, "promisedesk.inbox.ask.error.urgency.unknown",
                "must be one of today, this-week, no-rush, was \"" + urgency + "\"", urgency);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
