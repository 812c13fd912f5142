package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.status.JobDetails;

import java.util.Set;

/**
 * Compile-only declaration of Atlassian Scheduler's service, with only the members the digest job's registration
 * and the health check call. Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    /** The keys of the job runners registered on this node. */
    Set<JobRunnerKey> getRegisteredJobRunnerKeys();

    /** The job of that id, or null when none is scheduled. */
    JobDetails getJobDetails(JobId jobId);
}
