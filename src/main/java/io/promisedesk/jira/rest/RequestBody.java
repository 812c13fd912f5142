package io.promisedesk.jira.rest;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.language.Message;
import io.promisedesk.scenario.Json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object posted to a resource, read member by member; every member that cannot be read leaves a message
 * under its name, so that one answer lists every field error at once.
 */
final class RequestBody {
    private final Map<?, ?> members;
    private final Map<String, Message> errors = new LinkedHashMap<>();

    private RequestBody(Map<?, ?> members) {
        this.members = members;
    }

    /** The body as a JSON object; empty when it is not JSON or not an object. */
    static Optional<RequestBody> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Json.parse(text) instanceof Map<?, ?> object ? Optional.of(new RequestBody(object)) : Optional.empty();
        } catch (Json.SyntaxException notJson) {
            return Optional.empty();
        }
    }

    /** Whether the member is there, even as null. */
    boolean has(String name) {
        return members.containsKey(name);
    }

    /** A member as parsed (maps, lists, BigDecimal, String, Boolean), null when absent or null. */
    Object value(String name) {
        return members.get(name);
    }

    /** A string member; empty when absent or null. */
    Optional<String> text(String name) {
        Object value = members.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            error(name, Message.of("promisedesk.rest.error.text", Json.write(value)));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** An ISO date member such as "2026-03-13"; empty when absent, null or unreadable (then with an error). */
    Optional<LocalDate> date(String name) {
        Object value = members.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String typed = value instanceof String text ? text : Json.write(value);
        try {
            return Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException notADate) {
            error(name, Message.of("promisedesk.rest.error.date", typed));
            return Optional.empty();
        }
    }

    /** A number of hours; empty when absent, null or not a valid amount (then with an error). */
    Optional<Hours> hours(String name) {
        Object value = members.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof BigDecimal number)) {
            error(name, Message.of("promisedesk.error.hours.notANumber", Json.write(value)));
            return Optional.empty();
        }
        try {
            return Optional.of(Hours.of(number));
        } catch (InvalidValueException invalid) {
            error(name, Message.ofError(invalid));
            return Optional.empty();
        }
    }

    /** Records a message for the field; the first one for a field is kept, as it is the one to fix first. */
    void error(String field, Message message) {
        errors.putIfAbsent(field, message);
    }

    Map<String, Message> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }
}
