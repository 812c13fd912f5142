package io.promisedesk.settings;

import io.promisedesk.language.Message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What was wrong with a submitted settings form: at most one message per field, by the form's field name. */
public record FormErrors(Map<String, Message> byField) {
    /** The name under which an error about the whole form, not one field, is kept. */
    public static final String FORM = "form";

    public FormErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
        if (byField.isEmpty()) {
            throw new IllegalArgumentException("a refused form has at least one error");
        }
    }
}
