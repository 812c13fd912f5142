package io.promisedesk.eta;

import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** An ETA set in the issue's field outside our pages is appended to its history once, and only when it differs. */
public class RecordFieldEtaTest {
    private static final IssueKey OPS_1 = IssueKey.parse("OPS-1");
    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");
    private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate MARCH_14 = LocalDate.of(2025, 3, 14);

    private final InMemoryEtaHistoryStore store = new InMemoryEtaHistoryStore();
    private final RecordFieldEta record = new RecordFieldEta(store);

    @Test
    public void theSameDayAsTheHistory_appendsNothing() {
        given(MARCH_10);

        assertEquals(RecordFieldEta.Outcome.ALREADY_RECORDED,
                record.record(field(Optional.of(MARCH_10), Optional.of("ignored"), TUESDAY)));

        assertEquals(1, store.load(OPS_1).changes().size());
    }

    @Test
    public void aLaterDayWithAReason_isASlipByTheEditor_withThatReason() {
        given(MARCH_10);

        assertEquals(RecordFieldEta.Outcome.RECORDED,
                record.record(field(Optional.of(MARCH_14), Optional.of("Supplier late"), TUESDAY)));

        EtaChange recorded = store.load(OPS_1).lastChange().orElseThrow();
        assertEquals(new EtaChange(OPS_1, "tina", TUESDAY, Optional.of(MARCH_10), MARCH_14, Optional.of("Supplier late")),
                recorded);
        assertTrue(recorded.isSlip());
        assertEquals(1, store.load(OPS_1).slipCount());
    }

    @Test
    public void aDayWithoutAReason_isRecordedWithoutOne() {
        given(MARCH_14);

        record.record(field(Optional.of(MARCH_10), Optional.empty(), TUESDAY));

        assertEquals(new EtaChange(OPS_1, "tina", TUESDAY, Optional.of(MARCH_14), MARCH_10, Optional.empty()),
                store.load(OPS_1).lastChange().orElseThrow());
    }

    @Test
    public void anEmptyHistory_getsTheFieldsDayAsItsFirstEta() {
        assertEquals(RecordFieldEta.Outcome.RECORDED, record.record(field(Optional.of(MARCH_10), Optional.empty(), MONDAY)));

        assertEquals(List.of(new EtaChange(OPS_1, "tina", MONDAY, Optional.empty(), MARCH_10, Optional.empty())),
                store.load(OPS_1).changes());
    }

    @Test
    public void aClearedField_appendsNothing_sinceAHistoryHasNoClearedState() {
        given(MARCH_10);

        assertEquals(RecordFieldEta.Outcome.NO_ETA, record.record(field(Optional.empty(), Optional.empty(), TUESDAY)));

        assertEquals(Optional.of(MARCH_10), store.load(OPS_1).currentEta());
    }

    @Test
    public void aChangeSeenBeforeTheHistorysLast_isDatedAtTheLast_soTheHistoryStaysInOrder() {
        store.save(new EtaChange(OPS_1, "anna", TUESDAY, Optional.empty(), MARCH_10, Optional.empty()));

        record.record(field(Optional.of(MARCH_14), Optional.of("late"), MONDAY));

        assertEquals(TUESDAY, store.load(OPS_1).lastChange().orElseThrow().when());
    }

    @Test
    public void aLostRace_toTheSameDay_isAlreadyRecorded() {
        RacingStore racing = new RacingStore(store, List.of(MARCH_14));
        given(MARCH_10);

        assertEquals(RecordFieldEta.Outcome.ALREADY_RECORDED,
                new RecordFieldEta(racing).record(field(Optional.of(MARCH_14), Optional.of("late"), TUESDAY)));

        assertEquals(List.of("anna", "rival"), authors());
        assertEquals(2, racing.loads);
    }

    @Test
    public void aLostRace_toAnotherDay_isComparedAgain_andRecordedFromThatDay() {
        RacingStore racing = new RacingStore(store, List.of(MARCH_14));
        given(MARCH_10);

        assertEquals(RecordFieldEta.Outcome.RECORDED, new RecordFieldEta(racing)
                .record(field(Optional.of(LocalDate.of(2025, 3, 21)), Optional.of("late"), TUESDAY)));

        EtaChange recorded = store.load(OPS_1).lastChange().orElseThrow();
        assertEquals(Optional.of(MARCH_14), recorded.oldEta());
        assertEquals("tina", recorded.author());
    }

    @Test
    public void twoLostRaces_giveUp_leavingTheHistoryToTheWinners() {
        RacingStore racing = new RacingStore(store, List.of(MARCH_14, LocalDate.of(2025, 3, 17)));
        given(MARCH_10);

        assertEquals(RecordFieldEta.Outcome.GAVE_UP, new RecordFieldEta(racing)
                .record(field(Optional.of(LocalDate.of(2025, 3, 21)), Optional.of("late"), TUESDAY)));

        assertEquals(List.of("anna", "rival", "rival"), authors());
        assertEquals(2, racing.saves);
    }

    @Test
    public void badInput_isRefused() {
        assertThrows(RuntimeException.class, () -> new RecordFieldEta(null));
        assertThrows(RuntimeException.class, () -> record.record(null));
        assertThrows(RuntimeException.class, () -> new FieldEta(OPS_1, Optional.of(MARCH_10), Optional.empty(), " ",
                MONDAY));
        assertThrows(RuntimeException.class, () -> new FieldEta(OPS_1, Optional.of(MARCH_10),
                Optional.of("x".repeat(EtaChange.MAX_REASON + 1)), "tina", MONDAY));
        assertThrows(RuntimeException.class, () -> new FieldEta(OPS_1, null, Optional.empty(), "tina", MONDAY));
        assertThrows(RuntimeException.class, () -> new FieldEta(OPS_1, Optional.empty(), Optional.empty(), "tina", null));
    }

    private void given(LocalDate eta) {
        EtaHistory history = store.load(OPS_1);
        store.save(new EtaChange(OPS_1, "anna", MONDAY, history.currentEta(), eta, Optional.empty()));
    }

    private List<String> authors() {
        return store.load(OPS_1).changes().stream().map(EtaChange::author).toList();
    }

    private static FieldEta field(Optional<LocalDate> eta, Optional<String> reason, Instant seen) {
        return new FieldEta(OPS_1, eta, reason, "tina", seen);
    }

    /** Before each save, a rival saves the next of its days first, as another node or page would. */
    private static final class RacingStore implements EtaHistoryStore {
        private final EtaHistoryStore stored;
        private final List<LocalDate> rivals;
        int loads;
        int saves;

        RacingStore(EtaHistoryStore stored, List<LocalDate> rivals) {
            this.stored = stored;
            this.rivals = new ArrayList<>(rivals);
        }

        @Override
        public EtaHistory load(IssueKey issue) {
            loads++;
            return stored.load(issue);
        }

        @Override
        public boolean save(EtaChange change) {
            saves++;
            if (!rivals.isEmpty()) {
                EtaHistory history = stored.load(change.issue());
                stored.save(new EtaChange(change.issue(), "rival", change.when(), history.currentEta(), rivals.remove(0),
                        Optional.empty()));
            }
            return stored.save(change);
        }
    }
}
