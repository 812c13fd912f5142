package io.promisedesk.jira.field;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaFieldRules;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * What an ETA field received: from its edit form (the day in the input named like the field, {@code :reason}, the
 * hidden {@code :shown} ETA the form was shown with and the hidden {@code :form} marker), or one ISO day from an
 * issue, a default value or Jira's REST API.
 */
final class EtaForm {
    static final String REASON = "reason";
    static final String SHOWN = "shown";
    static final String FORM = "form";

    private final FieldParams params;
    private final FieldDates dates;

    EtaForm(FieldParams params, FieldDates dates) {
        this.params = params;
        this.dates = dates;
    }

    private boolean fromForm() {
        return params.has(FORM);
    }

    /**
     * The values to show in the edit form: what was typed when the form comes back refused, else the stored ETA,
     * which is then also the ETA the form is shown with.
     */
    Map<String, String> shown() {
        if (fromForm()) {
            return Map.of("date", mainText(), REASON, params.text(REASON).orElse(""),
                    SHOWN, params.text(SHOWN).orElse(""));
        }
        String stored;
        try {
            stored = value().map(eta -> eta.day().toString()).orElse("");
        } catch (InvalidValueException unreadable) {
            stored = mainText();
        }
        return Map.of("date", stored, REASON, "", SHOWN, stored);
    }

    /** The ETA received, with its reason; empty when cleared. */
    Optional<EtaValue> value() {
        Optional<Object> main = params.main();
        Optional<String> reason = params.text(REASON);
        if (main.isPresent() && main.get() instanceof Date date) {
            LocalDate day = date instanceof EtaValue eta ? eta.day() : dates.day(date);
            return Optional.of(new EtaValue(day, reason, dates));
        }
        return FieldDates.parse("eta", mainText()).map(day -> new EtaValue(day, reason, dates));
    }

    /** Why the ETA cannot be saved, if it cannot, judged against the ETA the form was shown with. */
    Optional<FieldProblem> problem(LocalDate today) {
        try {
            Optional<EtaValue> eta = value();
            if (eta.isEmpty()) {
                return Optional.empty();
            }
            LocalDate day = eta.get().day();
            if (!fromForm()) {
                return EtaFieldRules.firstBrokenUnseen(day, today).map(FieldProblem::of);
            }
            Optional<LocalDate> shown = FieldDates.parse(SHOWN, params.text(SHOWN).orElse(""));
            return EtaFieldRules.firstBroken(shown, day, eta.get().reason(), today).map(FieldProblem::of);
        } catch (InvalidValueException invalid) {
            return Optional.of(FieldProblem.of(invalid));
        }
    }

    private String mainText() {
        return params.main().map(Object::toString).orElse("");
    }
}
