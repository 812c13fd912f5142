package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Compile-only declaration of the id of one scheduled job: the factory and equality by id, as the real final class
 * has. Unit tests run this copy's code (docs/jira-api-surface.md). Never packaged.
 */
public final class JobId {
    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
