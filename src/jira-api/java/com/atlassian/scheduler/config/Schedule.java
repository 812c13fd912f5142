package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * Compile-only declaration of a job's schedule: only the interval factory, with equality by interval and first run
 * as the real final class has. Unit tests run this copy's code (docs/jira-api-surface.md). Never packaged.
 */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule that && intervalInMillis == that.intervalInMillis
                && Objects.equals(firstRunTime, that.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intervalInMillis, firstRunTime);
    }

    @Override
    public String toString() {
        return "Schedule[interval=" + intervalInMillis + ",firstRunTime=" + firstRunTime + "]";
    }
}
