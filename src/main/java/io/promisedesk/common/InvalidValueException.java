package io.promisedesk.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A value that breaks one of Promise Desk's rules, carrying the field, the i18n key and the offending values. */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String i18nKey;
    private final String reason;
    private final transient List<Object> arguments;

    /**
     * @param field     the name of the offending field, as the scenario format and the forms name it
     * @param i18nKey   the key of the message shown to a person
     * @param reason    an English sentence starting with what the value must be, e.g. "must be >= 0, was -3"
     * @param arguments the values the message needs, in the order of the key's placeholders
     */
    public InvalidValueException(String field, String i18nKey, String reason, Object... arguments) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field, "field");
        this.i18nKey = Objects.requireNonNull(i18nKey, "i18nKey");
        this.reason = Objects.requireNonNull(reason, "reason");
        // A null argument is a value someone got wrong; reporting it must not fail.
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String field() {
        return field;
    }

    public String i18nKey() {
        return i18nKey;
    }

    /** The message without the field name, for callers that prefix their own path to the field. */
    public String reason() {
        return reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
