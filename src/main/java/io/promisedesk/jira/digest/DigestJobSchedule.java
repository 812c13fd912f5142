package io.promisedesk.jira.digest;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;

/**
 * Puts the digest job on Jira's scheduler once Jira has started and the plugin is enabled (SAL calls
 * {@link #onStart()}), as one hourly job run once per cluster; takes the runner away when the plugin stops. The job
 * itself stays scheduled: it is the cluster's, and without a runner the scheduler just skips it.
 */
public final class DigestJobSchedule implements LifecycleAware {
    public static final JobRunnerKey RUNNER = JobRunnerKey.of("io.promisedesk.promise-desk:digest-job");
    /** Fixed, so every node's start schedules the same job again instead of adding one. */
    public static final JobId JOB = JobId.of("io.promisedesk.promise-desk:digest-job:hourly");
    /** Periods end on the hour; a run each hour sends a digest within the hour after its period settled. */
    static final Duration INTERVAL = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(DigestJobSchedule.class);

    private final SchedulerService scheduler;
    private final DigestJob job;

    public DigestJobSchedule(SchedulerService scheduler, DigestJob job) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.job = Objects.requireNonNull(job, "job");
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, job);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), null)));
        } catch (SchedulerServiceException failure) {
            LOG.error("Promise Desk digests: the hourly job could not be scheduled, no digest is sent until the "
                    + "plugin is enabled again", failure);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }
}
