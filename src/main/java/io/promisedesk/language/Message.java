package io.promisedesk.language;

import io.promisedesk.common.InvalidValueException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One i18n message not yet turned into text: a bundle key and the arguments for its placeholders, in order.
 *
 * <p>Arguments are limited to immutable values the renderer knows how to show in a reader's language:
 * strings, whole and decimal numbers, dates and other messages.
 */
public record Message(String key, List<Object> arguments) {
    private static final Pattern KEY = Pattern.compile("promisedesk(\\.[A-Za-z0-9_]+)+");
    private static final List<Class<?>> ARGUMENT_TYPES =
            List.of(String.class, Integer.class, Long.class, BigDecimal.class, LocalDate.class, Message.class);

    public Message {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("message key must look like promisedesk.feature.element, was \"" + key + "\"");
        }
        Objects.requireNonNull(arguments, "arguments");
        arguments = List.copyOf(arguments);
        for (int index = 0; index < arguments.size(); index++) {
            Object argument = arguments.get(index);
            if (!ARGUMENT_TYPES.contains(argument.getClass())) {
                throw new IllegalArgumentException("argument " + index + " of " + key + " must be a String, Integer, Long,"
                        + " BigDecimal, LocalDate or Message, was a " + argument.getClass().getName());
            }
        }
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /**
     * This message with every argument equal to {@code value} shown as {@code typed}: a number quoted as the person
     * wrote it ("1,5", "99999999999999999999"), not reformatted in the reader's language.
     */
    public Message quoting(Object value, String typed) {
        return new Message(key, arguments.stream().map(argument -> argument.equals(value) ? typed : argument).toList());
    }

    /** The message a person reads for a broken value: the exception's key with the values it carries. */
    public static Message ofError(InvalidValueException error) {
        return new Message(error.i18nKey(), error.arguments());
    }
}
