package io.promisedesk.digest;

import io.promisedesk.eta.EtaChange;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class SendDigestsTest {
    // Tuesday 18 March 2025; periods end at 07:00 UTC and count as ended from 07:05.
    private final DigestWorld world = new DigestWorld("2025-03-18T07:05:00Z")
            .committed("OPS-1", "sam", "2025-03-28")
            .committed("OPS-2", "kim", "2025-03-28");

    @Test
    public void anEtaChangeOnACommittedIssue_reachesItsSalespersonInTheNextDailyDigest() {
        EtaChange slip = world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");

        DigestRun run = world.job().run();

        assertEquals(1, run.sent());
        DigestWorld.Sent mail = world.sent.get(0);
        assertEquals("sam@example.com", mail.recipient().email());
        assertEquals(DigestFrequency.DAILY, mail.digest().frequency());
        assertEquals(Instant.parse("2025-03-17T07:00:00Z"), mail.digest().after());
        assertEquals(Instant.parse("2025-03-18T07:00:00Z"), mail.digest().upTo());
        assertEquals(List.of(slip), mail.digest().entries().stream().map(DigestEntry::change).toList());
        assertEquals("sam", mail.digest().entries().get(0).commitment().orElseThrow().author());
    }

    @Test
    public void theSameChange_isNeverSentTwice() {
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.job().run();

        DigestRun again = world.job().run();
        world.at("2025-03-19T07:05:00Z");
        DigestRun nextDay = world.job().run();

        assertEquals(0, again.sent());
        assertEquals(0, nextDay.sent());
        assertEquals(1, world.sent.size());
    }

    @Test
    public void noChange_noMail_andTheMarkMovesOn() {
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.job().run();
        world.at("2025-03-19T07:05:00Z");

        DigestRun quiet = world.job().run();

        assertEquals(0, quiet.sent());
        assertEquals(1, quiet.withoutNews());
        assertEquals(Instant.parse("2025-03-19T07:00:00Z"), world.ledger.markOf("sam").orElseThrow().coveredUpTo());
    }

    @Test
    public void aFailedSend_isRetriedByTheNextRun_withTheNewsThatCameSince() {
        EtaChange first = world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.mailDown = true;

        DigestRun failed = world.job().run();

        assertEquals(1, failed.failed());
        assertTrue(failed.failures().get(0).startsWith("sam: "));
        assertEquals(Optional.of(Instant.parse("2025-03-17T07:00:00Z")),
                world.ledger.markOf("sam").map(DigestMark::coveredUpTo));

        world.mailDown = false;
        EtaChange second = world.etaMoved("OPS-1", "2025-03-18T12:00:00Z", "2025-03-25", "2025-03-27");
        world.at("2025-03-19T07:05:00Z");
        DigestRun retried = world.job().run();

        assertEquals(1, retried.sent());
        assertEquals(List.of(first, second),
                world.sent.get(0).digest().entries().stream().map(DigestEntry::change).toList());
    }

    @Test
    public void aRetryWithinTheSamePeriod_sendsWhatFailed_once() {
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.mailDown = true;
        world.job().run();
        world.mailDown = false;
        world.at("2025-03-18T08:05:00Z");

        world.job().run();
        world.job().run();

        assertEquals(1, world.sent.size());
    }

    @Test
    public void beforeThePeriodHasSettled_nothingIsSent() {
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.at("2025-03-18T07:04:59Z");

        world.job().run();

        assertEquals(List.of(), world.sent);
    }

    @Test
    public void aChangeAfterThePeriodEnd_waitsForTheNextDigest() {
        world.etaMoved("OPS-1", "2025-03-18T07:01:00Z", null, "2025-03-25");

        world.job().run();
        assertEquals(List.of(), world.sent);

        world.at("2025-03-19T07:05:00Z");
        world.job().run();
        assertEquals(1, world.sent.size());
    }

    @Test
    public void aWeeklyReader_getsTheWeeksNewsOnMonday_inOneMail() {
        world.preferences.choose("sam", DigestFrequency.WEEKLY);
        world.etaMoved("OPS-1", "2025-03-18T10:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-1", "2025-03-20T10:00:00Z", "2025-03-25", "2025-03-21");

        world.at("2025-03-21T07:05:00Z");
        world.job().run();
        assertEquals(List.of(), world.sent);

        world.at("2025-03-24T07:05:00Z");
        world.job().run();
        assertEquals(1, world.sent.size());
        assertEquals(2, world.sent.get(0).digest().entries().size());
        assertEquals(DigestFrequency.WEEKLY, world.sent.get(0).digest().frequency());
    }

    @Test
    public void anAnsweredRequest_reachesEveryoneWhoAsked_evenWithoutTheCommitment() {
        world.asked("OPS-2", "sam", "2025-03-17T09:00:00Z");
        world.asked("OPS-2", "kim", "2025-03-17T09:30:00Z");
        world.answered("OPS-2", "2025-03-17T11:00:00Z", null, "2025-03-26");

        world.job().run();

        assertEquals(List.of("kim", "sam"), world.sent.stream().map(mail -> mail.recipient().user()).toList());
        world.sent.forEach(mail -> {
            DigestEntry entry = mail.digest().entries().get(0);
            assertTrue(entry.answeredRequest().isPresent());
            assertEquals("kim", entry.commitment().orElseThrow().author());
        });
    }

    @Test
    public void aSalespersonWithoutAddress_getsNoMail_andOldNewsIsNotHeldForThem() {
        world.withoutAddress.add("sam");
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");

        DigestRun run = world.job().run();

        assertEquals(0, run.sent());
        assertEquals(1, run.unreachable());
        assertEquals(Optional.of(Instant.parse("2025-03-18T07:00:00Z")),
                world.ledger.markOf("sam").map(DigestMark::coveredUpTo));
    }

    @Test
    public void aPeriodAnotherRunClaimed_isNotSentAgain() {
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.ledger.move("sam", Optional.empty(), Instant.parse("2025-03-18T07:00:00Z"));

        DigestRun run = world.job().run();

        assertEquals(0, run.sent());
        assertEquals(List.of(), world.sent);
    }

    @Test
    public void changesOnIssuesNobodyCommittedOrAskedAbout_reachNobody() {
        world.etaMoved("OPS-9", "2025-03-17T15:00:00Z", null, "2025-03-25");

        DigestRun run = world.job().run();

        assertEquals(new DigestRun(0, 0, 0, List.of()), run);
    }

    @Test
    public void switchingFromWeeklyToDaily_sendsTheWholeStretchSinceTheLastDigestOnce() {
        world.preferences.choose("sam", DigestFrequency.WEEKLY);
        world.at("2025-03-17T07:05:00Z");
        world.job().run();
        world.etaMoved("OPS-1", "2025-03-17T08:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-1", "2025-03-19T08:00:00Z", "2025-03-25", "2025-03-26");
        world.at("2025-03-19T08:05:00Z");
        world.job().run(); // nothing yet: the week runs until Monday
        world.preferences.choose("sam", DigestFrequency.DAILY);

        world.at("2025-03-20T07:05:00Z");
        world.job().run();
        world.at("2025-03-21T07:05:00Z");
        world.job().run();

        assertEquals(1, world.sent.size());
        assertEquals(2, world.sent.get(0).digest().entries().size());
        assertEquals(Instant.parse("2025-03-17T07:00:00Z"), world.sent.get(0).digest().after());
    }

    @Test
    public void aChangeOnAnIssueTheSalespersonMayNoLongerBrowse_isLeftOutOfTheirDigest() {
        world.committed("OPS-3", "sam", "2025-03-28").hiddenFrom("sam", "OPS-3");
        EtaChange seen = world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-3", "2025-03-17T16:00:00Z", null, "2025-03-26");

        DigestRun run = world.job().run();

        assertEquals(1, run.sent());
        assertEquals(List.of(seen), world.sent.get(0).digest().entries().stream().map(DigestEntry::change).toList());
    }

    @Test
    public void anAnswerOnAHiddenIssue_reachesOnlyTheAskersWhoMayStillBrowseIt() {
        world.asked("OPS-2", "sam", "2025-03-17T09:00:00Z");
        world.asked("OPS-2", "lea", "2025-03-17T09:30:00Z");
        world.hiddenFrom("sam", "OPS-2");
        world.answered("OPS-2", "2025-03-17T11:00:00Z", null, "2025-03-26");

        world.job().run();

        assertEquals(List.of("kim", "lea"), world.sent.stream().map(mail -> mail.recipient().user()).toList());
    }

    @Test
    public void aPeriodWhoseOnlyNewsIsHidden_sendsNoMail_andItsMarkMovesOnSoTheNewsIsNeverSent() {
        world.hiddenFrom("sam", "OPS-1");
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");

        DigestRun run = world.job().run();

        assertEquals(new DigestRun(0, 1, 0, List.of()), run);
        assertEquals(List.of(), world.sent);
        assertEquals(Optional.of(Instant.parse("2025-03-18T07:00:00Z")),
                world.ledger.markOf("sam").map(DigestMark::coveredUpTo));

        world.hidden.clear(); // sam is back in the project's role
        world.at("2025-03-19T07:05:00Z");
        world.job().run();
        assertEquals(List.of(), world.sent);
    }

    @Test
    public void theBrowsePermission_isAskedOncePerSalespersonAndIssue_inARun() {
        world.asked("OPS-1", "kim", "2025-03-17T09:00:00Z");
        world.answered("OPS-1", "2025-03-17T11:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-1", "2025-03-17T12:00:00Z", "2025-03-25", "2025-03-26");
        world.etaMoved("OPS-1", "2025-03-17T13:00:00Z", "2025-03-26", "2025-03-27");
        world.etaMoved("OPS-2", "2025-03-17T14:00:00Z", null, "2025-03-28");

        world.job().run();

        assertEquals(List.of("kim OPS-1", "kim OPS-2", "sam OPS-1"), world.browseQuestions.stream().sorted().toList());
        assertEquals(2, world.sent.size());
    }

    @Test
    public void theBrowsePermission_isAskedAgainByTheNextRun_whenAPermissionWasTakenAway() {
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.job().run();
        world.etaMoved("OPS-1", "2025-03-18T15:00:00Z", "2025-03-25", "2025-03-27");
        world.hiddenFrom("sam", "OPS-1");

        world.at("2025-03-19T07:05:00Z");
        DigestRun run = world.job().run();

        assertEquals(1, world.sent.size());
        assertEquals(1, run.withoutNews());
    }

    @Test
    public void eachIssue_isNamedByItsSummary_readOncePerIssueInARun_howeverManyReadersAndChanges() {
        world.summarised("OPS-1", "Fibre link for the Delft office").summarised("OPS-2", "New router & <firewall>");
        world.asked("OPS-1", "kim", "2025-03-17T09:00:00Z");
        world.answered("OPS-1", "2025-03-17T11:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-1", "2025-03-17T12:00:00Z", "2025-03-25", "2025-03-26");
        world.etaMoved("OPS-2", "2025-03-17T14:00:00Z", null, "2025-03-28");

        world.job().run();

        assertEquals(List.of("OPS-1", "OPS-2"), world.summaryReads.stream().sorted().toList());
        Digest kims = world.sent.get(0).digest();
        assertEquals("kim", kims.user());
        assertEquals(Map.of(IssueKey.parse("OPS-1"), "Fibre link for the Delft office",
                IssueKey.parse("OPS-2"), "New router & <firewall>"), kims.summaries());
        Digest sams = world.sent.get(1).digest();
        assertEquals(Map.of(IssueKey.parse("OPS-1"), "Fibre link for the Delft office"), sams.summaries());
    }

    @Test
    public void anIssueWithoutSummary_asWhenDeletedMeanwhile_isNamedByItsKeyAlone() {
        world.summarised("OPS-1", "   ");
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-2", "2025-03-17T16:00:00Z", null, "2025-03-26");

        DigestRun run = world.job().run();

        assertEquals(2, run.sent());
        assertEquals(Optional.empty(), world.sent.get(0).digest().summaryOf(IssueKey.parse("OPS-2")));
        assertEquals(Optional.empty(), world.sent.get(1).digest().summaryOf(IssueKey.parse("OPS-1")));
    }

    @Test
    public void theSummaryOfAnIssueNoReaderMayBrowse_isNeverRead() {
        world.summarised("OPS-1", "Fibre link").summarised("OPS-3", "Secret merger").committed("OPS-3", "sam", "2025-03-28")
                .hiddenFrom("sam", "OPS-3");
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-3", "2025-03-17T16:00:00Z", null, "2025-03-26");

        world.job().run();

        assertEquals(List.of("OPS-1"), world.summaryReads);
        assertEquals(Map.of(IssueKey.parse("OPS-1"), "Fibre link"), world.sent.get(0).digest().summaries());
    }

    @Test
    public void aSummaryThatCannotBeRead_sendsNothing_andTheNextRunSendsTheDigestWithIt() {
        world.summarised("OPS-1", "Fibre link");
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.summariesDown = true;

        DigestRun failed = world.job().run();
        world.summariesDown = false;
        DigestRun retried = world.job().run();

        assertEquals(1, failed.failures().size());
        assertEquals(1, retried.sent());
        assertEquals(Optional.of("Fibre link"), world.sent.get(0).digest().summaryOf(IssueKey.parse("OPS-1")));
    }
}
