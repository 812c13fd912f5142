package com.atlassian.scheduler;

/**
 * Compile-only declaration of Atlassian Scheduler's checked exception (docs/jira-api-surface.md); never packaged.
 */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
