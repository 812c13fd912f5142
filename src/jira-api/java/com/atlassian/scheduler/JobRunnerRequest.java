package com.atlassian.scheduler;

/**
 * Compile-only declaration of what the scheduler hands a job's run; we read none of its members
 * (docs/jira-api-surface.md). Never packaged.
 */
public interface JobRunnerRequest {
}
