package io.promisedesk.jira.digest;

import com.atlassian.scheduler.JobRunnerResponse;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.digest.DigestNotSentException;
import io.promisedesk.digest.DigestRecipients;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.DigestSender;
import io.promisedesk.digest.InMemoryDigestLedger;
import io.promisedesk.digest.InMemoryDigestPreferenceStore;
import io.promisedesk.digest.Recipient;
import io.promisedesk.digest.SendDigests;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The scheduler's view of a digest run: success with the counts when every digest was handed over, failed when one
 * was not or the run stopped, so that Jira's scheduler administration shows it.
 */
public class DigestJobTest {
    private final InMemoryEtaHistoryStore changes = new InMemoryEtaHistoryStore();
    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    private final InMemoryDigestLedger ledger = new InMemoryDigestLedger();
    /** Tuesday 4 March 2025, after Tuesday's 07:00 UTC daily period has ended and settled. */
    private final MutableClock clock = MutableClock.at("2025-03-04T08:00:00Z");
    private final List<String> sentTo = new ArrayList<>();

    @Test
    public void aRunThatHandsOverEveryDigest_succeeds_withItsCounts() {
        commitmentOf("OPS-1", "sam");
        changes.save(anEtaChange().on("OPS-1").to("2025-03-20").at("2025-03-03T12:00:00Z").build());

        JobRunnerResponse response = job(recipients(), (recipient, digest) -> sentTo.add(recipient.email()))
                .runJob(null);

        assertEquals(JobRunnerResponse.success("sent 1, without news 0, unreachable 0, not sent 0"), response);
        assertEquals(List.of("sam@example.com"), sentTo);
    }

    @Test
    public void aRunWithNothingToSend_succeeds() {
        assertEquals(JobRunnerResponse.success("sent 0, without news 0, unreachable 0, not sent 0"),
                job(recipients(), (recipient, digest) -> sentTo.add(recipient.email())).runJob(null));
    }

    @Test
    public void aDigestNotHandedOver_failsTheRun_namingWhoWaits_andReleasesTheClaim() {
        commitmentOf("OPS-1", "sam");
        changes.save(anEtaChange().on("OPS-1").to("2025-03-20").at("2025-03-03T12:00:00Z").build());

        JobRunnerResponse response = job(recipients(), (recipient, digest) -> {
            throw new DigestNotSentException("mail queue refused", null);
        }).runJob(null);

        assertEquals(JobRunnerResponse.failed(
                "sent 0, without news 0, unreachable 0, not sent 1; sam: mail queue refused"), response);
        assertEquals(Optional.of(Instant.parse("2025-03-03T07:00:00Z")),
                ledger.markOf("sam").map(mark -> mark.coveredUpTo()));
    }

    @Test
    public void aRunThatStops_fails_insteadOfThrowingAtTheScheduler() {
        commitmentOf("OPS-1", "sam");
        changes.save(anEtaChange().on("OPS-1").to("2025-03-20").at("2025-03-03T12:00:00Z").build());

        JobRunnerResponse response = job(user -> {
            throw new IllegalStateException("user directory down");
        }, (recipient, digest) -> sentTo.add(recipient.email())).runJob(null);

        assertEquals(JobRunnerResponse.failed("run stopped: java.lang.IllegalStateException: user directory down"),
                response);
        assertEquals(List.of(), sentTo);
    }

    @Test
    public void aLongFailureMessage_isCutToWhatTheSchedulerKeeps() {
        for (int number = 1; number <= 12; number++) {
            commitmentOf("OPS-" + number, "salesperson-" + number);
            changes.save(anEtaChange().on("OPS-" + number).to("2025-03-20").at("2025-03-03T12:00:00Z").build());
        }

        JobRunnerResponse response = job(recipients(), (recipient, digest) -> {
            throw new DigestNotSentException("the mail queue refused the digest of " + recipient.user(), null);
        }).runJob(null);

        assertEquals(DigestJob.MAX_MESSAGE, response.getMessage().length());
        assertTrue(response.getMessage().startsWith("sent 0, without news 0, unreachable 0, not sent 12; "));
    }

    private DigestJob job(DigestRecipients recipients, DigestSender sender) {
        return new DigestJob(new SendDigests(changes, new InMemoryEtaRequestStore(), commitments,
                new InMemoryDigestPreferenceStore(), ledger, recipients, (user, issue) -> true, issue -> Optional.empty(), sender,
                DigestSchedule.in(ZoneOffset.UTC), clock), addressDigests());
    }

    private io.promisedesk.addressmail.SendAddressDigests addressDigests() {
        return new io.promisedesk.addressmail.SendAddressDigests(changes, commitments, ledger, (user, issue) -> true,
                issue -> Optional.empty(), new io.promisedesk.addressmail.InMemoryAddressSubscriptions(),
                address -> io.promisedesk.commitment.AddressState.MAILED, (digest, token) -> { },
                DigestSchedule.in(ZoneOffset.UTC), clock);
    }

    private static DigestRecipients recipients() {
        return user -> Optional.of(new Recipient(user, user, user + "@example.com", Locale.ENGLISH));
    }

    private void commitmentOf(String issue, String author) {
        commitments.save(new StoredCommitment(IssueKey.parse(issue), Commitment.of(LocalDate.parse("2025-03-21"),
                "ACME"), Optional.empty(), author, Instant.parse("2025-03-01T09:00:00Z")),
                commitments.load(IssueKey.parse(issue)).map(SavedCommitment::current));
    }
}
