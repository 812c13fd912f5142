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
import java.util.function.Supplier;

/** What every store does with Active Objects rows: find them, write them, and read our values back out of text. */
final class Rows {
    private static final int MAX_READS = 3;

    private Rows() {
    }

    /**
     * What {@code read} gives, read again (at most three times) while the versions changed under it: each statement
     * of a transaction may see another writer's commit (read committed), so rows read one table at a time could
     * otherwise mix two saves.
     */
    static <T, V> T consistently(Supplier<T> read, Supplier<V> versions) {
        for (int attempt = 1; ; attempt++) {
            V before = versions.get();
            try {
                T result = read.get();
                if (before.equals(versions.get()) || attempt == MAX_READS) {
                    return result;
                }
            } catch (RuntimeException mixed) {
                if (before.equals(versions.get()) || attempt == MAX_READS) {
                    throw mixed;
                }
            }
        }
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
