package io.promisedesk.panel;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.eta.UpdateEtaCommand;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a technician submitted in the ETA form, exactly as typed, so that a refused form can show it again unchanged.
 *
 * @param eta         the date input's value, ISO {@code yyyy-MM-dd} as a browser's date input sends it
 * @param reason      the reason as typed; the command trims it
 * @param expectedEta the hidden ETA the form was shown with, ISO, or empty when the issue had none
 */
public record EtaFormInput(String eta, String reason, String expectedEta) {
    /** The form's parameter names; the template's inputs carry the same names. */
    public static final String ETA = "eta";
    public static final String REASON = "reason";
    public static final String EXPECTED_ETA = "expectedEta";

    public EtaFormInput {
        Require.present(eta, ETA);
        Require.present(reason, REASON);
        Require.present(expectedEta, EXPECTED_ETA);
    }

    /** The input of a submitted form by the parameter names above; a missing parameter reads as empty. */
    public static EtaFormInput of(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return new EtaFormInput(first(parameters, ETA), first(parameters, REASON), first(parameters, EXPECTED_ETA));
    }

    /**
     * The update this input asks for; a missing or malformed date is an {@link InvalidValueException} for the
     * field it was typed in, so the form can show it there.
     */
    public UpdateEtaCommand toCommand(Team team, IssueKey issue, String author) {
        LocalDate date = date(ETA, eta).orElseThrow(() -> new InvalidValueException(ETA,
                "promisedesk.panel.eta.error.required", "is required"));
        return new UpdateEtaCommand(team, issue, author, date(EXPECTED_ETA, expectedEta), date, Optional.of(reason));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** ISO dates only: a date input sends them whatever the reader's language, so anything else was not typed there. */
    private static Optional<LocalDate> date(String field, String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException notADate) {
            throw new InvalidValueException(field, "promisedesk.panel.eta.error.date",
                    "must be a date like 2026-03-13, was \"" + value + "\"", value);
        }
    }
}
