package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every store does with Active Objects rows: find them, write them, and read our values back out of text. */
final class Rows {
    private Rows() {
    }

    /** Rows whose columns equal the values: {@code where} is "COLUMN = ?" joined by " AND ", the form AO quotes. */
    static <T extends RawEntity<K>, K> List<T> where(ActiveObjects ao, Class<T> type, String where, Object... values) {
        return List.of(ao.find(type, Query.select().where(where, values)));
    }

    static <T extends RawEntity<K>, K> List<T> all(ActiveObjects ao, Class<T> type) {
        return List.of(ao.find(type, Query.select()));
    }

    /** Column values for a new row; null values are left out, so the column stays NULL. */
    static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return columns;
    }

    static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }

    static Optional<String> optional(String text) {
        return Optional.ofNullable(text);
    }

    static Optional<LocalDate> date(String text) {
        return Optional.ofNullable(text).map(LocalDate::parse);
    }

    static Instant instant(String text) {
        return Instant.parse(text);
    }
}
