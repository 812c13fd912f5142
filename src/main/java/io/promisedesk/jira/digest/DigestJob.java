package io.promisedesk.jira.digest;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.promisedesk.addressmail.SendAddressDigests;
import io.promisedesk.digest.DigestRun;
import io.promisedesk.digest.SendDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The digest job as Atlassian Scheduler runs it: one run of {@link SendDigests} and of {@link SendAddressDigests}, its counts logged and reported to the
 * scheduler, which shows a run with a digest not handed over as failed (the next run sends it).
 */
public final class DigestJob implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
    /** What the scheduler keeps of a run's message; Atlassian's own failure messages stop here too. */
    static final int MAX_MESSAGE = 255;

    private final SendDigests sendDigests;
    private final SendAddressDigests sendAddressDigests;

    public DigestJob(SendDigests sendDigests, SendAddressDigests sendAddressDigests) {
        this.sendDigests = Objects.requireNonNull(sendDigests, "sendDigests");
        this.sendAddressDigests = Objects.requireNonNull(sendAddressDigests, "sendAddressDigests");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        DigestRun run;
        try {
            // Salespeople first, then the addresses their commitments keep informed; one run's counts for both.
            run = sendDigests.run().and(sendAddressDigests.run());
        } catch (RuntimeException failure) {
            // A store or Jira failing mid-run: every claim made so far stays, the rest waits for the next run.
            LOG.warn("Promise Desk digests: the run stopped, the next run goes on from here", failure);
            return JobRunnerResponse.failed(cut("run stopped: " + failure));
        }
        String counts = counts(run);
        if (run.failed() == 0) {
            LOG.info("Promise Desk digests: {}", counts);
            return JobRunnerResponse.success(counts);
        }
        run.failures().forEach(failure ->
                LOG.warn("Promise Desk digest not handed to Jira's mail queue, the next run sends it: {}", failure));
        LOG.info("Promise Desk digests: {}", counts);
        return JobRunnerResponse.failed(cut(counts + "; " + String.join("; ", run.failures())));
    }

    static String counts(DigestRun run) {
        return "sent " + run.sent() + ", without news " + run.withoutNews() + ", unreachable " + run.unreachable()
                + ", not sent " + run.failed();
    }

    private static String cut(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
