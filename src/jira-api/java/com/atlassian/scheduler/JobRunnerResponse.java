package com.atlassian.scheduler;

import java.util.Objects;

/**
 * Compile-only declaration of a job run's outcome: the two factories we use, and equality by outcome and message as
 * the real final class has, so tests can compare. It is a class in Atlassian Scheduler, so unit tests run this copy's
 * code (docs/jira-api-surface.md). Never packaged.
 */
public final class JobRunnerResponse {
    private final String outcome;
    private final String message;

    private JobRunnerResponse(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS", message);
    }

    public static JobRunnerResponse failed(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as failed!");
        }
        return new JobRunnerResponse("FAILED", message);
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerResponse response && outcome.equals(response.outcome)
                && Objects.equals(message, response.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + outcome + ",message='" + message + "']";
    }
}
