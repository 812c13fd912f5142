package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Compile-only declaration of a job's configuration: the factory (run once per cluster, run once now, as the real
 * one), the two withers we use, and equality as the real final class has. Unit tests run this copy's code
 * (docs/jira-api-surface.md). Never packaged.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode == null ? RunMode.RUN_ONCE_PER_CLUSTER : runMode;
        this.schedule = schedule == null ? Schedule.forInterval(0L, null) : schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobConfig that && jobRunnerKey.equals(that.jobRunnerKey) && runMode == that.runMode
                && schedule.equals(that.schedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule);
    }

    @Override
    public String toString() {
        return "JobConfig[jobRunnerKey=" + jobRunnerKey + ",runMode=" + runMode + ",schedule=" + schedule + "]";
    }
}
