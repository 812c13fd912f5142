package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Compile-only declaration of the key a job runner is registered under: the factory and equality by key, as the real
 * final class has. Unit tests run this copy's code (docs/jira-api-surface.md). Never packaged.
 */
public final class JobRunnerKey {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
