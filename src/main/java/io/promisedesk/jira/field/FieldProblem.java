package io.promisedesk.jira.field;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;

import java.util.List;

/** Why a typed value is refused, as an i18n key and the values for its placeholders; Jira shows it beside the field. */
record FieldProblem(String i18nKey, List<Object> arguments) {
    FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(InvalidValueException invalid) {
        return new FieldProblem(invalid.i18nKey(), invalid.arguments().stream().map(String::valueOf)
                .map(Object.class::cast).toList());
    }

    static FieldProblem of(Rejected rejected) {
        return new FieldProblem(rejected.i18nKey(), rejected.arguments());
    }

    String text(FieldTexts texts) {
        return texts.text(i18nKey, arguments);
    }
}
