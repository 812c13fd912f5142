package net.java.ao;

/**
 * Compile-only declaration of Active Objects' SELECT query builder: the factory, the WHERE clause, the LIMIT and their
 * getters, nothing else. It is a class in Active Objects, so unit tests run this copy's code: it keeps what was asked for, as
 * the real one does, so that a test double can answer it (docs/jira-api-surface.md).
 */
public class Query {
    private String whereClause;
    private Object[] whereParams;
    private int limit = -1;

    private Query() {
    }

    /** A query for the entity's rows, selecting the primary key. */
    public static Query select() {
        return new Query();
    }

    public Query where(String clause, Object... params) {
        this.whereClause = clause;
        this.whereParams = params;
        return this;
    }

    /** At most this many rows; the real query renders it as each database writes a limit. */
    public Query limit(int limit) {
        this.limit = limit;
        return this;
    }

    /** The limit asked for; -1 for none. */
    public int getLimit() {
        return limit;
    }

    public String getWhereClause() {
        return whereClause;
    }

    public Object[] getWhereParams() {
        return whereParams;
    }
}
