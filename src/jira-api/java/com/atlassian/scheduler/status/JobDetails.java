package com.atlassian.scheduler.status;

import java.util.Date;

/**
 * Compile-only declaration of what the scheduler holds about one job, only its next run time. Jira provides the real
 * type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface JobDetails {

    /** When the job runs next, or null when the scheduler will not run it. */
    Date getNextRunTime();
}
