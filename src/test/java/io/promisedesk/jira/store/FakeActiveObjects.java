package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Active Objects in memory, for the stores' tests: entity interfaces become dynamic proxies over rows (maps from
 * column to value), and it answers exactly the forms the stores use. The stores get it as Jira's interface through
 * {@link #jira()}, a proxy, so that this fake compiles against the real, much larger {@code ActiveObjects} too. Its limits are in docs/architecture.md
 * ("Storage"): no SQL, no isolation between threads (one lock), no types beyond what the stores write.
 *
 * <ul>
 *   <li>{@code create(type, columns)}: checks every column exists, {@code @NotNull} columns are given, strings fit
 *   their length (255 unless {@code @StringLength}) and {@code @Unique} columns stay unique, as the database would;
 *   </li>
 *   <li>{@code find(type, Query.select().where("A = ? AND B >= ? AND C < ?", a, b, c))},
 *   {@code find(type, Query.select().where("A IN (?, ?)", a1, a2))} and {@code find(type, Query.select())}, each
 *   with or without {@code .limit(n)} (the first n rows in insertion order);
 *   {@code >=} and {@code <} compare texts as Java does, and never match NULL, as SQL does; every {@code find} is
 *   counted ({@link #finds()});</li>
 *   <li>{@code deleteWithSQL(type, "A = ? AND B = ?", a, b)} and {@code deleteWithSQL(type, null)} (every row);</li>
 *   <li>{@code executeInTransaction}: a failure thrown out of the callback rolls every table back; nested calls join
 *   the outer transaction.</li>
 *   <li>{@code count(type)}: the table's rows (the health check's read).</li>
 * </ul>
 *
 * <p>Public for the health check's storage probe ({@code io.promisedesk.jira.health}), which tries every table.
 */
public final class FakeActiveObjects {
    private static final Pattern CONDITION = Pattern.compile("([A-Z][A-Z0-9_]*) (=|>=|<) \\?");
    private static final Pattern IN_CONDITION = Pattern.compile("([A-Z][A-Z0-9_]*) IN \\((\\?(?:, \\?)*)\\)");
    private static final int DEFAULT_STRING_LENGTH = 255;

    private final Object lock = new Object();
    private Map<Class<?>, List<Map<String, Object>>> tables = new HashMap<>();
    private Map<Class<?>, Integer> lastIds = new HashMap<>();
    /** The tables as the current transaction found them: what a rollback returns to. */
    private Map<Class<?>, List<Map<String, Object>>> committed = new HashMap<>();
    private int depth;
    private int transactions;
    private int finds;
    private Class<?> failingType;
    private Class<?> unreadableType;
    private Class<?> interruptedType;
    private Runnable interruption;

    /** This fake as Jira's service: calls of the members the stores use reach this class; any other fails the test. */
    public ActiveObjects jira() {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, arguments) -> {
                    Method answer;
                    try {
                        answer = FakeActiveObjects.class.getMethod(method.getName(), method.getParameterTypes());
                    } catch (NoSuchMethodException e) {
                        throw new AssertionError("the fake does not answer ActiveObjects#" + method.getName());
                    }
                    try {
                        return answer.invoke(this, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    /** The next create of a row of {@code type} fails, as a database error would, halfway through a write. */
    public void failNextCreateOf(Class<?> type) {
        failingType = type;
    }

    /** The next count of {@code type}'s rows fails, as a table the database lost would. */
    public void failNextCountOf(Class<?> type) {
        unreadableType = type;
    }

    /**
     * Just before the next create or delete of a row of {@code type}, {@code otherWriter} commits its own write, as
     * another node would between this transaction's read and its write; it writes with {@link #committedInsert} and
     * {@link #committedDelete}.
     */
    void interruptNextWriteTo(Class<?> type, Runnable otherWriter) {
        interruptedType = type;
        interruption = otherWriter;
    }

    /** Another transaction's committed row: this one sees it now, and a rollback keeps it. */
    void committedInsert(Class<?> type, Map<String, Object> columns) {
        Map<String, Object> row = new LinkedHashMap<>(columns);
        row.put("ID", lastIds.merge(type, 1, Integer::sum));
        table(type).add(row);
        if (depth > 0) {
            committed.computeIfAbsent(type, ignored -> new ArrayList<>()).add(new LinkedHashMap<>(row));
        }
    }

    /** Another transaction's committed delete of the rows whose column has this value. */
    void committedDelete(Class<?> type, String column, Object value) {
        table(type).removeIf(row -> same(row.get(column), value));
        committed.getOrDefault(type, new ArrayList<>()).removeIf(row -> same(row.get(column), value));
    }

    /** How many queries ({@code find}) ran: a read of many issues should not be one per issue. */
    int finds() {
        synchronized (lock) {
            return finds;
        }
    }

    /** How many outermost transactions ran: each store call should be one. */
    int transactions() {
        return transactions;
    }

    /** The rows of one table as they are now, for assertions. */
    public List<Map<String, Object>> rows(Class<?> type) {
        synchronized (lock) {
            return table(type).stream().map(row -> Map.copyOf(row)).toList();
        }
    }

    public <K> int count(Class<? extends RawEntity<K>> type) {
        synchronized (lock) {
            if (type.equals(unreadableType)) {
                unreadableType = null;
                throw new FakeSqlException("injected failure counting the rows of " + type.getSimpleName());
            }
            return table(type).size();
        }
    }

    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        synchronized (lock) {
            if (depth > 0) {
                return callback.doInTransaction();
            }
            transactions++;
            committed = copy(tables);
            depth++;
            try {
                return callback.doInTransaction();
            } catch (RuntimeException | Error failure) {
                // Like a database sequence, the ids taken stay taken.
                tables = committed;
                throw failure;
            } finally {
                depth--;
            }
        }
    }

    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        synchronized (lock) {
            requireTransaction();
            interruptIfAsked(type);
            if (type.equals(failingType)) {
                failingType = null;
                throw new FakeSqlException("injected failure creating a row of " + type.getSimpleName());
            }
            Map<String, Method> columns = columns(type);
            Map<String, Object> row = new LinkedHashMap<>();
            for (Map.Entry<String, Object> param : params.entrySet()) {
                Method getter = columns.get(param.getKey());
                if (getter == null) {
                    throw new FakeSqlException(type.getSimpleName() + " has no column " + param.getKey());
                }
                requireFits(type, getter, param.getKey(), param.getValue());
                row.put(param.getKey(), param.getValue());
            }
            for (Map.Entry<String, Method> column : columns.entrySet()) {
                Method getter = column.getValue();
                if (getter.isAnnotationPresent(NotNull.class) && !row.containsKey(column.getKey())) {
                    throw new FakeSqlException(type.getSimpleName() + "." + column.getKey() + " must not be NULL");
                }
                if (getter.isAnnotationPresent(Unique.class) && row.containsKey(column.getKey())
                        && table(type).stream().anyMatch(other -> same(other.get(column.getKey()),
                        row.get(column.getKey())))) {
                    throw new FakeSqlException("unique constraint on " + type.getSimpleName() + "."
                            + column.getKey() + " refused " + row.get(column.getKey()));
                }
            }
            int id = lastIds.merge(type, 1, Integer::sum);
            row.put("ID", id);
            table(type).add(row);
            return entity(type, row);
        }
    }

    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        synchronized (lock) {
            finds++;
            List<Map<String, Object>> matching = matching(type, query.getWhereClause(), query.getWhereParams());
            if (query.getLimit() >= 0 && matching.size() > query.getLimit()) {
                matching = matching.subList(0, query.getLimit());
            }
            @SuppressWarnings("unchecked")
            T[] found = (T[]) Array.newInstance(type, matching.size());
            for (int i = 0; i < found.length; i++) {
                found[i] = entity(type, matching.get(i));
            }
            return found;
        }
    }

    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        synchronized (lock) {
            requireTransaction();
            interruptIfAsked(type);
            List<Map<String, Object>> doomed = matching(type, criteria, parameters);
            table(type).removeAll(doomed);
            return doomed.size();
        }
    }

    private void interruptIfAsked(Class<?> type) {
        if (type.equals(interruptedType)) {
            Runnable otherWriter = interruption;
            interruptedType = null;
            interruption = null;
            otherWriter.run();
        }
    }

    private void requireTransaction() {
        // The stores write only inside executeInTransaction; a write outside one would not be all or nothing.
        if (depth == 0) {
            throw new IllegalStateException("a write outside executeInTransaction");
        }
    }

    private List<Map<String, Object>> matching(Class<?> type, String where, Object[] params) {
        if (where == null) {
            return new ArrayList<>(table(type));
        }
        Map<String, Method> columns = columns(type);
        String[] conditions = where.split(" AND ");
        int needed = 0;
        for (String condition : conditions) {
            Matcher in = IN_CONDITION.matcher(condition);
            needed += in.matches() ? in.group(2).split(",").length : 1;
        }
        if (params == null || needed != params.length) {
            throw new FakeSqlException("\"" + where + "\" needs " + needed + " parameters");
        }
        List<Predicate<Map<String, Object>>> wanted = new ArrayList<>();
        int next = 0;
        for (String text : conditions) {
            Matcher in = IN_CONDITION.matcher(text);
            Matcher condition = CONDITION.matcher(text);
            String column;
            if (in.matches()) {
                column = in.group(1);
                int count = in.group(2).split(",").length;
                List<Object> values = List.of(params).subList(next, next + count);
                Set<Object> texts = new HashSet<>(values);
                next += count;
                wanted.add(row -> row.get(column) instanceof String stored ? texts.contains(stored)
                        : values.stream().anyMatch(value -> same(row.get(column), value)));
            } else if (condition.matches()) {
                column = condition.group(1);
                Object param = params[next++];
                wanted.add(switch (condition.group(2)) {
                    case "=" -> row -> same(row.get(column), param);
                    case ">=" -> row -> row.get(column) instanceof String value && value.compareTo((String) param) >= 0;
                    default -> row -> row.get(column) instanceof String value && value.compareTo((String) param) < 0;
                });
            } else {
                throw new UnsupportedOperationException("the fake answers only \"COLUMN = ?\", \"COLUMN >= ?\", "
                        + "\"COLUMN < ?\" and \"COLUMN IN (?, ?)\", not: " + text);
            }
            if (!columns.containsKey(column) && !column.equals("ID")) {
                throw new FakeSqlException(type.getSimpleName() + " has no column " + column);
            }
        }
        return table(type).stream()
                .filter(row -> wanted.stream().allMatch(test -> test.test(row)))
                .toList();
    }

    private static void requireFits(Class<?> type, Method getter, String column, Object value) {
        if (value instanceof String text) {
            StringLength length = getter.getAnnotation(StringLength.class);
            int limit = length == null ? DEFAULT_STRING_LENGTH : length.value();
            if (limit != StringLength.UNLIMITED && text.length() > limit) {
                throw new FakeSqlException(type.getSimpleName() + "." + column + " holds " + limit
                        + " characters, was given " + text.length());
            }
        }
    }

    /** Numbers compare by value, as SQL does: an int column matches a long parameter. */
    private static boolean same(Object stored, Object wanted) {
        if (stored instanceof Number a && wanted instanceof Number b) {
            return a.longValue() == b.longValue();
        }
        return Objects.equals(stored, wanted);
    }

    private List<Map<String, Object>> table(Class<?> type) {
        return tables.computeIfAbsent(type, ignored -> new ArrayList<>());
    }

    /** Column name to getter, by Active Objects' naming: getIssueKey is ISSUE_KEY. */
    static Map<String, Method> columns(Class<?> type) {
        Map<String, Method> columns = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getName().startsWith("get")
                    && !method.getName().equals("getID")) {
                columns.put(columnName(method.getName().substring(3)), method);
            }
        }
        return columns;
    }

    static String columnName(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private <T> T entity(Class<T> type, Map<String, Object> row) {
        Map<String, Object> values = new HashMap<>(row);
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String name = method.getName();
            return switch (name) {
                case "getID" -> values.get("ID");
                case "toString" -> type.getSimpleName() + values;
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> {
                    if (!name.startsWith("get") || method.getParameterCount() != 0) {
                        throw new UnsupportedOperationException("the fake does not answer " + name);
                    }
                    yield value(method.getReturnType(), values.get(columnName(name.substring(3))));
                }
            };
        });
        return type.cast(proxy);
    }

    /** The column's value in the getter's type; NULL in a primitive column reads as 0, as JDBC gives it. */
    private static Object value(Class<?> type, Object stored) {
        if (stored == null && type == long.class) {
            return 0L;
        }
        if (stored == null && type == int.class) {
            return 0;
        }
        if (stored == null) {
            return null;
        }
        if (type == long.class || type == Long.class) {
            return ((Number) stored).longValue();
        }
        if (type == int.class || type == Integer.class) {
            return Math.toIntExact(((Number) stored).longValue());
        }
        if (type == boolean.class) {
            return (Boolean) stored;
        }
        return type.cast(stored);
    }

    private static Map<Class<?>, List<Map<String, Object>>> copy(Map<Class<?>, List<Map<String, Object>>> tables) {
        Map<Class<?>, List<Map<String, Object>>> copy = new HashMap<>();
        tables.forEach((type, rows) -> {
            List<Map<String, Object>> rowsCopy = new ArrayList<>();
            rows.forEach(row -> rowsCopy.add(new LinkedHashMap<>(row)));
            copy.put(type, rowsCopy);
        });
        return copy;
    }

    /** What the database would refuse; Active Objects wraps such an SQLException in a RuntimeException too. */
    static final class FakeSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FakeSqlException(String message) {
            super(message);
        }
    }
}
