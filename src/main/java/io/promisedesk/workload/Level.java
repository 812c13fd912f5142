package io.promisedesk.workload;

/** How loaded a team is at a commitment date, from comfortable to beyond what it can deliver. */
public enum Level {
    OK,
    WARNING,
    OVERCOMMITTED;

    public Level worst(Level other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isAtRisk() {
        return this != OK;
    }
}
