package com.atlassian.scheduler;

/** Compile-only declaration of a scheduled job's body (docs/jira-api-surface.md); never packaged. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
