package io.promisedesk.jira.field;

import io.promisedesk.eta.EtaChange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The template context of an ETA field: plain strings and booleans, texts already translated. The view and column
 * templates read the stored ETA from here; the edit template also reads Jira's {@code $value}, the map
 * {@link EtaForm#shown()} gives.
 */
final class EtaFieldView {
    static final String VIEW = "templates/field/eta-view.vm";
    static final String COLUMN = "templates/field/eta-column.vm";
    static final String EDIT = "templates/field/eta-edit.vm";

    private final FieldTexts texts;

    EtaFieldView(FieldTexts texts) {
        this.texts = texts;
    }

    Map<String, Object> view(Optional<EtaValue> eta) {
        Map<String, Object> context = new HashMap<>();
        context.put("hasEta", eta.isPresent());
        context.put("eta", eta.map(value -> value.day().toString()).orElse(""));
        return context;
    }

    Map<String, Object> edit(String fieldId) {
        Map<String, Object> context = new HashMap<>();
        context.put("fieldId", fieldId);
        context.put("reasonInput", fieldId + ":" + EtaForm.REASON);
        context.put("shownInput", fieldId + ":" + EtaForm.SHOWN);
        context.put("formInput", fieldId + ":" + EtaForm.FORM);
        context.put("labels", Map.of("date", texts.text("promisedesk.field.eta.date"),
                "reason", texts.text("promisedesk.field.eta.reason")));
        context.put("reasonHint", texts.text("promisedesk.field.eta.reason.hint"));
        context.put("reasonMaxLength", EtaChange.MAX_REASON);
        return context;
    }
}
