package io.promisedesk.jira.rest;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.language.Message;
import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.OutOfRangeNumber;

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
    /** Longer typed text is cut short when a message quotes it. */
    private static final int SHOWN = 60;

    private final Map<?, ?> members;
    private final Map<String, Message> errors = new LinkedHashMap<>();

    private RequestBody(Map<?, ?> members) {
        this.members = members;
    }

    /**
     * The body as a JSON object; when it is none, a body without members whose one error says why: under the member
     * whose value is not well formed ({@code {"hours": NaN}}), or under {@code body}.
     */
    static RequestBody parse(String text) {
        if (text == null || text.isBlank()) {
            return refused("body", Message.of("promisedesk.rest.error.body.empty"));
        }
        Object document;
        try {
            document = Json.parse(text);
        } catch (Json.SyntaxException notJson) {
            String line = Integer.toString(notJson.line());
            String column = Integer.toString(notJson.column());
            return notJson.member()
                    .map(member -> refused(shown(member), Message.of("promisedesk.rest.error.json", shown(notJson.path()),
                            notJson.problem(), line, column)))
                    .orElseGet(() -> refused("body", Message.of("promisedesk.rest.error.body.json", notJson.problem(),
                            line, column)));
        }
        if (!(document instanceof Map<?, ?> object)) {
            return refused("body", Message.of("promisedesk.rest.error.body.notObject", Json.quote(document)));
        }
        return new RequestBody(object);
    }

    private static RequestBody refused(String field, Message message) {
        RequestBody body = new RequestBody(Map.of());
        body.error(field, message);
        return body;
    }

    /** The message for a number no field takes ({@code 1e308}, {@code 1e-200}), quoting it as typed. */
    static Message outOfRange(OutOfRangeNumber number) {
        return Message.of(number.tooLarge() ? "promisedesk.rest.error.number.large" : "promisedesk.rest.error.number.decimals",
                number.shown());
    }

    /** Typed text as a message quotes it: whole, or its start when it is long. */
    static String shown(String typed) {
        return typed.length() > SHOWN ? typed.substring(0, SHOWN) + "..." : typed;
    }

    /** Whether the member is there, even as null. */
    boolean has(String name) {
        return members.containsKey(name);
    }

    /** A member as parsed (maps, lists, BigDecimal, OutOfRangeNumber, String, Boolean), null when absent or null. */
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
            error(name, Message.of("promisedesk.rest.error.text", Json.quote(value)));
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
            error(name, Message.of("promisedesk.rest.error.date", shown(typed)));
            return Optional.empty();
        }
    }

    /** A number of hours; empty when absent, null or not a valid amount (then with an error). */
    Optional<Hours> hours(String name) {
        Object value = members.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof OutOfRangeNumber outOfRange) {
            error(name, outOfRange(outOfRange));
            return Optional.empty();
        }
        if (!(value instanceof BigDecimal number)) {
            error(name, Message.of("promisedesk.error.hours.notANumber", Json.quote(value)));
            return Optional.empty();
        }
        try {
            return Optional.of(Hours.of(number));
        } catch (InvalidValueException invalid) {
            // As typed: 200000, not the reader's 200,000.
            error(name, Message.ofError(invalid).quoting(number, number.toPlainString()));
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
