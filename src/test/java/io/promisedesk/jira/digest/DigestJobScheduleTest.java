package io.promisedesk.jira.digest;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.InMemoryDigestLedger;
import io.promisedesk.digest.InMemoryDigestPreferenceStore;
import io.promisedesk.digest.SendDigests;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.JiraFakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

/**
 * On start the digest job's runner is registered and one hourly job, run once per cluster, is scheduled under a fixed
 * id; on stop only the runner is taken away.
 */
public class DigestJobScheduleTest {
    private final List<String> calls = new ArrayList<>();
    private Object registered;
    private final DigestJob job = new DigestJob(new SendDigests(new InMemoryEtaHistoryStore(),
            new InMemoryEtaRequestStore(), new InMemoryCommitmentStore(), new InMemoryDigestPreferenceStore(),
            new InMemoryDigestLedger(), user -> Optional.empty(), (user, issue) -> true, issue -> Optional.empty(),
            (recipient, digest) -> { },
            DigestSchedule.in(ZoneOffset.UTC), MutableClock.at("2025-03-04T08:00:00Z")),
            new io.promisedesk.addressmail.SendAddressDigests(new InMemoryEtaHistoryStore(),
                    new InMemoryCommitmentStore(), new InMemoryDigestLedger(), (user, issue) -> true,
                    issue -> Optional.empty(), new io.promisedesk.addressmail.InMemoryAddressSubscriptions(),
                    address -> io.promisedesk.commitment.AddressState.MAILED, (digest, token) -> { },
                    DigestSchedule.in(ZoneOffset.UTC), MutableClock.at("2025-03-04T08:00:00Z")));

    @Test
    public void onStart_registersTheRunner_andSchedulesOneHourlyJobRunOncePerCluster() {
        new DigestJobSchedule(scheduler(false), job).onStart();

        JobRunnerKey runner = JobRunnerKey.of("io.promisedesk.promise-desk:digest-job");
        assertEquals(List.of(
                "register " + runner,
                "schedule " + JobId.of("io.promisedesk.promise-desk:digest-job:hourly") + " " + JobConfig
                        .forJobRunnerKey(runner)
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forInterval(3_600_000L, null))), calls);
        assertSame(job, registered);
    }

    @Test
    public void everyStart_schedulesTheSameJobId_soANodeRestartAddsNoSecondJob() {
        new DigestJobSchedule(scheduler(false), job).onStart();
        new DigestJobSchedule(scheduler(false), job).onStart();

        assertEquals(calls.get(1), calls.get(3));
    }

    @Test
    public void aSchedulerRefusingTheJob_leavesTheRunnerRegistered_andDoesNotFailTheStart() {
        new DigestJobSchedule(scheduler(true), job).onStart();

        assertEquals(List.of("register io.promisedesk.promise-desk:digest-job"), calls);
        assertSame(job, registered);
    }

    @Test
    public void onStop_unregistersTheRunner_butLeavesTheClustersJobScheduled() {
        new DigestJobSchedule(scheduler(false), job).onStop();

        assertEquals(List.of("unregister io.promisedesk.promise-desk:digest-job"), calls);
    }

    private SchedulerService scheduler(boolean refuse) {
        return fake(SchedulerService.class, Map.of(
                "registerJobRunner", arguments -> {
                    calls.add("register " + arguments[0]);
                    registered = arguments[1];
                    return null;
                },
                "scheduleJob", arguments -> {
                    if (refuse) {
                        throw sneaky(new SchedulerServiceException("no cluster lock"));
                    }
                    calls.add("schedule " + arguments[0] + " " + arguments[1]);
                    return null;
                },
                "unregisterJobRunner", arguments -> {
                    calls.add("unregister " + arguments[0]);
                    return null;
                }));
    }

    /** Throws a checked exception through the fake's answer, as the real scheduleJob declares it. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable failure) throws E {
        throw (E) failure;
    }
}
