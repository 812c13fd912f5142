package com.atlassian.scheduler.config;

/** Compile-only declaration of where a job runs (docs/jira-api-surface.md); never packaged. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
