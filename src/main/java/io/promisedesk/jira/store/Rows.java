package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * Values per {@code IN} list of {@link #in}: well under the 1,000 expressions Oracle allows in one and the 2,100
     * parameters of a SQL Server statement.
     */
    static final int VALUES_PER_QUERY = 500;

    /**
     * Rows whose {@code column} is one of {@code values}, {@value #VALUES_PER_QUERY} values a query
     * ({@code "COLUMN IN (?, ?)"}, a form whose column name AO quotes as it does before {@code =}); no query for no
     * values. The caller runs it in one transaction.
     */
    static <T extends RawEntity<K>, K> List<T> in(ActiveObjects ao, Class<T> type, String column, List<?> values) {
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < values.size(); from += VALUES_PER_QUERY) {
            List<?> some = values.subList(from, Math.min(values.size(), from + VALUES_PER_QUERY));
            String marks = String.join(", ", Collections.nCopies(some.size(), "?"));
            rows.addAll(List.of(ao.find(type, Query.select().where(column + " IN (" + marks + ")", some.toArray()))));
        }
        return rows;
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

    /**
     * Rows whose instant column (ISO-8601 text) falls in the whole seconds from {@code after}'s to {@code upTo}'s: a
     * little more than (after, upTo], for the caller to cut exactly. The texts of instants sort as the instants only
     * to the second (".5Z" sorts before "Z"), so the database compares with second-long prefixes, in which every
     * character has its place and every database orders them alike.
     */
    static <T extends RawEntity<K>, K> List<T> withinSeconds(ActiveObjects ao, Class<T> type, String column,
                                                             Instant after, Instant upTo) {
        return where(ao, type, column + " >= ? AND " + column + " < ?", secondOf(after), secondOf(upTo.plusSeconds(1)));
    }

    /**
     * The instant's second as text, "2025-03-04T09:00:00": a prefix of the text of every instant in that second, so
     * the texts before it are exactly those of instants in earlier seconds.
     */
    static String secondOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString().substring(0, "yyyy-MM-ddTHH:mm:ss".length());
    }

    /** Whether the instant lies after {@code after} and at or before {@code upTo}. */
    static boolean within(Instant instant, Instant after, Instant upTo) {
        return instant.isAfter(after) && !instant.isAfter(upTo);
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
