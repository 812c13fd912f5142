package io.promisedesk.jira.field;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values Jira hands a field type for one field, by key, first value of each: the null key is the input named
 * like the field ({@code customfield_10100}), {@code "reason"} the input {@code customfield_10100:reason}. Jira drops
 * inputs submitted empty, so a missing key and an empty input read the same.
 */
final class FieldParams {
    private final Map<String, Object> firstValues;

    private FieldParams(Map<String, Object> firstValues) {
        this.firstValues = firstValues;
    }

    /** From Jira's key-to-values map; values may be collections, arrays or single objects. */
    static FieldParams of(Map<?, ?> keysAndValues) {
        Map<String, Object> first = new HashMap<>();
        if (keysAndValues != null) {
            keysAndValues.forEach((key, values) -> first(values)
                    .ifPresent(value -> first.put(key == null ? null : key.toString(), value)));
        }
        return new FieldParams(first);
    }

    /** The value of the input named like the field: a string from a form, or the value itself from an issue. */
    Optional<Object> main() {
        return Optional.ofNullable(firstValues.get(null));
    }

    Optional<String> text(String key) {
        return Optional.ofNullable(firstValues.get(key)).map(Object::toString);
    }

    boolean has(String key) {
        return firstValues.containsKey(key);
    }

    private static Optional<Object> first(Object values) {
        if (values instanceof Collection<?> collection) {
            return collection.stream().filter(value -> value != null).findFirst().map(Object.class::cast);
        }
        if (values instanceof Object[] array) {
            return array.length == 0 ? Optional.empty() : Optional.ofNullable(array[0]);
        }
        return Optional.ofNullable(values);
    }
}
