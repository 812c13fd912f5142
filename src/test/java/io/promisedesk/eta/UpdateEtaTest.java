package io.promisedesk.eta;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaUpdateOutcome.Accepted;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;
import io.promisedesk.team.WorkingDays;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.UpdateEtaCommandBuilder.anEtaUpdate;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class UpdateEtaTest {
    private static final IssueKey OPS_1 = IssueKey.parse("OPS-1");
    /** Monday 3 March 2025, 09:00 UTC. */
    private static final String MONDAY_MORNING = "2025-03-03T09:00:00Z";

    private final InMemoryEtaHistoryStore store = new InMemoryEtaHistoryStore();

    @Test
    public void firstEta_isAcceptedAndRecorded() {
        EtaUpdateOutcome outcome = updateAt(MONDAY_MORNING).update(anEtaUpdate().to("2025-03-10").build());

        EtaChange expected = anEtaChange().by("anna").at(MONDAY_MORNING).to("2025-03-10").build();
        assertEquals(new Accepted(expected), outcome);
        assertEquals(List.of(expected), store.load(OPS_1).changes());
    }

    @Test
    public void movingEarlier_needsNoReason() {
        givenEta("2025-03-10");

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:00:00Z")
                .update(anEtaUpdate().expecting("2025-03-10").to("2025-03-07").build());

        assertEquals(new Accepted(anEtaChange().at("2025-03-04T09:00:00Z").from("2025-03-10").to("2025-03-07").build()),
                outcome);
        assertEquals(Optional.of(LocalDate.parse("2025-03-07")), store.load(OPS_1).currentEta());
    }

    @Test
    public void slipWithoutReason_isRejected() {
        givenEta("2025-03-10");

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:00:00Z")
                .update(anEtaUpdate().expecting("2025-03-10").to("2025-03-12").build());

        assertEquals(new Rejected(EtaRejection.SLIP_WITHOUT_REASON, "promisedesk.eta.rejected.slipWithoutReason",
                List.of(LocalDate.parse("2025-03-10"), LocalDate.parse("2025-03-12")),
                Optional.of(LocalDate.parse("2025-03-10"))), outcome);
    }

    @Test
    public void slipWithBlankReason_isRejected() {
        givenEta("2025-03-10");

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:00:00Z")
                .update(anEtaUpdate().expecting("2025-03-10").to("2025-03-12").because("   ").build());

        assertEquals(EtaRejection.SLIP_WITHOUT_REASON, ((Rejected) outcome).reason());
    }

    @Test
    public void rejectedUpdate_leavesTheHistoryAsItWas() {
        givenEta("2025-03-10");
        EtaHistory before = store.load(OPS_1);

        updateAt("2025-03-04T09:00:00Z").update(anEtaUpdate().expecting("2025-03-10").to("2025-03-12").build());

        assertEquals(before, store.load(OPS_1));
    }

    @Test
    public void slipWithReason_isAcceptedAndCountedAsSlip() {
        givenEta("2025-03-10");

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:00:00Z").update(
                anEtaUpdate().expecting("2025-03-10").to("2025-03-12").because(" vendor delivers late ").build());

        assertEquals(new Accepted(anEtaChange().at("2025-03-04T09:00:00Z").from("2025-03-10").to("2025-03-12")
                .because("vendor delivers late").build()), outcome);
        EtaHistory history = store.load(OPS_1);
        assertEquals(1, history.slipCount());
        assertEquals(2, history.totalSlipInWorkingDays(new WorkingDays(
                aTeam().withMember("anna", 40).build())));
    }

    @Test
    public void etaBeforeToday_isRejected() {
        givenEta("2025-03-10");

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:00:00Z")
                .update(anEtaUpdate().expecting("2025-03-10").to("2025-03-03").build());

        assertEquals(new Rejected(EtaRejection.IN_THE_PAST, "promisedesk.eta.rejected.past",
                List.of(LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-04")),
                Optional.of(LocalDate.parse("2025-03-10"))), outcome);
    }

    @Test
    public void etaBeyondTheHorizon_isRejectedNamingTheLastDateAllowed() {
        EtaUpdateOutcome outcome = updateAt(MONDAY_MORNING).update(anEtaUpdate().to("+99999-01-01").build());

        assertEquals(new Rejected(EtaRejection.BEYOND_HORIZON, "promisedesk.eta.rejected.beyondHorizon",
                List.of("+99999-01-01", "2030-03-03", 5), Optional.empty()), outcome);
    }

    @Test
    public void etaOnTheLastDayOfTheHorizon_isAccepted() {
        EtaUpdateOutcome outcome = updateAt(MONDAY_MORNING).update(anEtaUpdate().to("2030-03-03").build());

        assertEquals(new Accepted(anEtaChange().at(MONDAY_MORNING).to("2030-03-03").build()), outcome);
    }

    @Test
    public void etaOfToday_isAccepted() {
        EtaUpdateOutcome outcome = updateAt(MONDAY_MORNING).update(anEtaUpdate().to("2025-03-03").build());

        assertEquals(new Accepted(anEtaChange().at(MONDAY_MORNING).to("2025-03-03").build()), outcome);
    }

    @Test
    public void today_isTheDateInTheTeamsTimeZone() {
        // 23:30 UTC on Monday is already Tuesday in Amsterdam: Monday is in the past there.
        EtaUpdateOutcome outcome = updateAt("2025-03-03T23:30:00Z").update(anEtaUpdate()
                .forTeam(aTeam().zone("Europe/Amsterdam").withMember("anna", 40).build())
                .to("2025-03-03").build());

        assertEquals(new Rejected(EtaRejection.IN_THE_PAST, "promisedesk.eta.rejected.past",
                List.of(LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-04")), Optional.empty()), outcome);
    }

    @Test
    public void sameEtaAgain_isRejectedAsUnchanged() {
        givenEta("2025-03-10");

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:00:00Z")
                .update(anEtaUpdate().expecting("2025-03-10").to("2025-03-10").because("still true").build());

        assertEquals(new Rejected(EtaRejection.UNCHANGED, "promisedesk.eta.rejected.unchanged",
                List.of(LocalDate.parse("2025-03-10")), Optional.of(LocalDate.parse("2025-03-10"))), outcome);
    }

    @Test
    public void staleExpectedEta_isRejectedWithTheCurrentEta() {
        givenEta("2025-03-10");
        updateAt("2025-03-04T09:00:00Z").update(anEtaUpdate().expecting("2025-03-10").to("2025-03-07").build());

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:05:00Z").update(
                anEtaUpdate().by("bob").expecting("2025-03-10").to("2025-03-14").because("more tests").build());

        assertEquals(new Rejected(EtaRejection.STALE, "promisedesk.eta.rejected.stale", List.of(),
                Optional.of(LocalDate.parse("2025-03-07"))), outcome);
        assertEquals(Optional.of(LocalDate.parse("2025-03-07")), store.load(OPS_1).currentEta());
    }

    @Test
    public void expectingNoEtaWhenOneIsSet_isStale() {
        givenEta("2025-03-10");

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:00:00Z").update(anEtaUpdate().to("2025-03-07").build());

        assertEquals(new Rejected(EtaRejection.STALE, "promisedesk.eta.rejected.stale", List.of(),
                Optional.of(LocalDate.parse("2025-03-10"))), outcome);
    }

    @Test
    public void staleness_isReportedBeforeAnyOtherRule() {
        givenEta("2025-03-10");

        EtaUpdateOutcome outcome = updateAt("2025-03-04T09:00:00Z")
                .update(anEtaUpdate().expecting("2025-03-05").to("2025-03-10").build());

        assertEquals(EtaRejection.STALE, ((Rejected) outcome).reason());
    }

    @Test
    public void changeSavedByAnotherBetweenReadingAndSaving_isStaleWithTheirEta() {
        givenEta("2025-03-10");
        EtaChange theirs = anEtaChange().by("bob").at("2025-03-04T09:00:00Z").from("2025-03-10").to("2025-03-06").build();
        UpdateEta update = new UpdateEta(new SavesFirst(store, theirs),
                Clock.fixed(Instant.parse("2025-03-04T09:00:00Z"), ZoneOffset.UTC));

        EtaUpdateOutcome outcome = update.update(anEtaUpdate().expecting("2025-03-10").to("2025-03-07").build());

        assertEquals(new Rejected(EtaRejection.STALE, "promisedesk.eta.rejected.stale", List.of(),
                Optional.of(LocalDate.parse("2025-03-06"))), outcome);
        assertEquals(Optional.of(theirs), store.load(OPS_1).lastChange());
    }

    @Test
    public void concurrentUpdatesFromTheSameEta_acceptOnlyOne() throws Exception {
        int technicians = 8;
        UpdateEta update = updateAt(MONDAY_MORNING);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<EtaUpdateOutcome>> tasks = new ArrayList<>();
        for (int i = 0; i < technicians; i++) {
            String eta = LocalDate.parse("2025-03-10").plusDays(i).toString();
            tasks.add(() -> {
                start.await();
                return update.update(anEtaUpdate().to(eta).because("first guess").build());
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(technicians);
        List<EtaUpdateOutcome> outcomes = new ArrayList<>();
        try {
            List<Future<EtaUpdateOutcome>> futures = new ArrayList<>();
            for (Callable<EtaUpdateOutcome> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<EtaUpdateOutcome> future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        long accepted = outcomes.stream().filter(Accepted.class::isInstance).count();
        long stale = outcomes.stream()
                .filter(outcome -> outcome instanceof Rejected rejected && rejected.reason() == EtaRejection.STALE)
                .count();
        assertEquals(1, accepted);
        assertEquals(technicians - 1, stale);
        assertEquals(1, store.load(OPS_1).changes().size());
    }

    @Test
    public void blankAuthor_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> anEtaUpdate().by(" ").build());

        assertEquals("author: must not be blank", error.getMessage());
        assertEquals("promisedesk.error.blank", error.i18nKey());
    }

    @Test
    public void missingEta_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new UpdateEtaCommand(
                aTeam().withMember("anna", 40).build(), OPS_1, "anna", Optional.empty(), null, Optional.empty()));

        assertEquals("eta: is required", error.getMessage());
        assertEquals("promisedesk.error.required", error.i18nKey());
    }

    private UpdateEta updateAt(String instant) {
        return new UpdateEta(store, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private void givenEta(String date) {
        EtaUpdateOutcome outcome = updateAt(MONDAY_MORNING).update(anEtaUpdate().to(date).build());
        if (!(outcome instanceof Accepted)) {
            throw new AssertionError("could not set the first ETA: " + outcome);
        }
    }

    /** A store where another technician's change lands just before ours is saved. */
    private static final class SavesFirst implements EtaHistoryStore {
        private final EtaHistoryStore store;
        private final EtaChange theirs;

        SavesFirst(EtaHistoryStore store, EtaChange theirs) {
            this.store = store;
            this.theirs = theirs;
        }

        @Override
        public EtaHistory load(IssueKey issue) {
            return store.load(issue);
        }

        @Override
        public boolean save(EtaChange change) {
            store.save(theirs);
            return store.save(change);
        }
    }
}
