package io.promisedesk.jira.health;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.status.JobDetails;
import io.promisedesk.common.Require;
import io.promisedesk.health.DigestJobProbe;
import io.promisedesk.jira.digest.DigestJobSchedule;

import java.util.Date;
import java.util.Optional;

/** The digest job as Atlassian Scheduler holds it: scheduled under its id, its runner on this node, its next run. */
public final class JiraDigestJobProbe implements DigestJobProbe {
    private final SchedulerService scheduler;

    public JiraDigestJobProbe(SchedulerService scheduler) {
        this.scheduler = Require.present(scheduler, "scheduler");
    }

    @Override
    public DigestJob job() {
        JobDetails details = scheduler.getJobDetails(DigestJobSchedule.JOB);
        boolean runner = scheduler.getRegisteredJobRunnerKeys().contains(DigestJobSchedule.RUNNER);
        Optional<Date> next = Optional.ofNullable(details).map(JobDetails::getNextRunTime);
        return new DigestJob(DigestJobSchedule.JOB.toString(), details != null, runner, next.map(Date::toInstant));
    }
}
