package io.promisedesk.commitment;

import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class RecordFieldCommitmentTest {
    private static final IssueKey OPS_30 = IssueKey.parse("OPS-30");
    private static final Instant SEEN = Instant.parse("2026-03-10T09:00:00Z");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final InformedAddresses JAN_IN_DUTCH = InformedAddresses.parse(Optional.of("jan@acme.example"),
            DUTCH);
    private static final StoredCommitment SAVED_BY_SALES = new StoredCommitment(OPS_30,
            Commitment.of(LocalDate.parse("2026-03-30"), "ACME"), Optional.of("confirmed\nby phone"), "sam",
            Instant.parse("2026-03-09T08:00:00Z"), JAN_IN_DUTCH);

    private final CountingStore store = new CountingStore(new InMemoryCommitmentStore());
    /** As the field holds a note: on one line (the real field also shortens it). */
    private final RecordFieldCommitment record = new RecordFieldCommitment(store,
            stored -> stored.note().map(note -> note.replaceAll("\\R+", " ")));

    @Test
    public void theFieldHoldingTheStoredCommitment_recordsNothing_asAfterASaveOfOurOwnPages() {
        store.save(SAVED_BY_SALES, Optional.empty());

        RecordFieldCommitment.Outcome outcome = record.record(field("2026-03-30", "ACME", "confirmed by phone",
                Optional.empty(), "kim"));

        assertEquals(RecordFieldCommitment.Outcome.ALREADY_RECORDED, outcome);
        assertEquals(1, store.saves.size());
    }

    @Test
    public void aDifferentDateOrNote_isSavedByTheEditor_keepingTheStoredAddresses() {
        store.save(SAVED_BY_SALES, Optional.empty());

        assertEquals(RecordFieldCommitment.Outcome.RECORDED, record.record(field("2026-04-02", "ACME",
                "moved by a week", Optional.empty(), "kim")));

        SavedCommitment saved = store.load(OPS_30).orElseThrow();
        assertEquals(new StoredCommitment(OPS_30, Commitment.of(LocalDate.parse("2026-04-02"), "ACME"),
                Optional.of("moved by a week"), "kim", SEEN, JAN_IN_DUTCH), saved.current());
        assertEquals(Optional.of(SAVED_BY_SALES), saved.previous());
    }

    @Test
    public void typedAddresses_alone_makeADifference_andRetypedOnesKeepTheirLanguage() {
        store.save(SAVED_BY_SALES, Optional.empty());
        InformedAddresses typed = InformedAddresses.parse(Optional.of("JAN@acme.example ann@acme.example"),
                Locale.ENGLISH);

        assertEquals(RecordFieldCommitment.Outcome.RECORDED, record.record(field("2026-03-30", "ACME",
                "confirmed by phone", Optional.of(typed), "kim")));

        InformedAddresses informed = store.load(OPS_30).orElseThrow().current().informed();
        assertEquals(List.of("jan@acme.example", "ann@acme.example"),
                informed.all().stream().map(address -> address.address().text()).toList());
        assertEquals(List.of(DUTCH, Locale.ENGLISH), informed.all().stream().map(InformedAddress::language).toList());
        // The same addresses typed again are no difference.
        assertEquals(RecordFieldCommitment.Outcome.ALREADY_RECORDED, record.record(field("2026-03-30", "ACME",
                "confirmed by phone", Optional.of(typed), "kim")));
    }

    @Test
    public void aFirstCommitmentSetInTheField_isRecorded_withTheTypedAddresses() {
        assertEquals(RecordFieldCommitment.Outcome.RECORDED, record.record(field("2026-03-30", "ACME", null,
                Optional.of(JAN_IN_DUTCH), "kim")));

        StoredCommitment current = store.load(OPS_30).orElseThrow().current();
        assertEquals(JAN_IN_DUTCH, current.informed());
        assertEquals("kim", current.author());
        assertEquals(Optional.empty(), current.note());
    }

    @Test
    public void aClearedField_orNobodySignedIn_recordsNothing() {
        store.save(SAVED_BY_SALES, Optional.empty());

        assertEquals(RecordFieldCommitment.Outcome.CLEARED, record.record(new FieldCommitment(OPS_30,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("kim"), SEEN)));
        assertEquals(RecordFieldCommitment.Outcome.NO_AUTHOR, record.record(field("2026-04-02", "ACME", null,
                Optional.empty(), " ")));
        assertEquals(RecordFieldCommitment.Outcome.NO_AUTHOR, record.record(new FieldCommitment(OPS_30,
                Optional.of(Commitment.of(LocalDate.parse("2026-04-02"), "ACME")), Optional.empty(), Optional.empty(),
                Optional.empty(), SEEN)));

        assertEquals(SAVED_BY_SALES, store.load(OPS_30).orElseThrow().current());
        assertEquals(1, store.saves.size());
    }

    @Test
    public void aSaveThatLosesToTheSameCommitment_stopsThere_andToAnotherOne_triesOnceMore() {
        StoredCommitment theirs = new StoredCommitment(OPS_30, Commitment.of(LocalDate.parse("2026-04-02"), "ACME"),
                Optional.empty(), "ann", Instant.parse("2026-03-10T09:00:01Z"));
        store.before = () -> store.inner.save(theirs, Optional.empty());

        assertEquals(RecordFieldCommitment.Outcome.ALREADY_RECORDED, record.record(field("2026-04-02", "ACME", null,
                Optional.empty(), "kim")));
        assertEquals(theirs, store.load(OPS_30).orElseThrow().current());

        StoredCommitment other = new StoredCommitment(OPS_30, Commitment.of(LocalDate.parse("2026-04-09"), "ACME"),
                Optional.empty(), "ann", Instant.parse("2026-03-10T09:00:02Z"));
        store.before = () -> store.inner.save(other, store.inner.load(OPS_30).map(SavedCommitment::current));

        assertEquals(RecordFieldCommitment.Outcome.RECORDED, record.record(field("2026-04-16", "ACME", null,
                Optional.empty(), "kim")));
        StoredCommitment recorded = store.load(OPS_30).orElseThrow().current();
        assertEquals(LocalDate.parse("2026-04-16"), recorded.commitment().date());
        // Dated no earlier than the commitment it replaces, so it stays the newest.
        assertEquals(other.at(), recorded.at());
    }

    @Test
    public void twoLostSaves_giveUp_leavingTheWinners() {
        store.losesEverySave = true;

        assertEquals(RecordFieldCommitment.Outcome.GAVE_UP, record.record(field("2026-04-02", "ACME", null,
                Optional.empty(), "kim")));
        assertEquals(2, store.saves.size());
    }

    @Test
    public void aMissingStore_orField_isRefused() {
        assertThrows(RuntimeException.class, () -> new RecordFieldCommitment(null, StoredCommitment::note));
        assertThrows(RuntimeException.class, () -> record.record(null));
    }

    private static FieldCommitment field(String day, String customer, String note, Optional<InformedAddresses> typed,
                                         String author) {
        return new FieldCommitment(OPS_30, Optional.of(Commitment.of(LocalDate.parse(day), customer)),
                Optional.ofNullable(note), typed, Optional.of(author), SEEN);
    }

    /** The in-memory store, counting the saves asked of it; one may be preceded by another node's save. */
    private static final class CountingStore implements CommitmentStore {
        private final InMemoryCommitmentStore inner;
        private final List<StoredCommitment> saves = new ArrayList<>();
        private Runnable before;
        private boolean losesEverySave;

        CountingStore(InMemoryCommitmentStore inner) {
            this.inner = inner;
        }

        @Override
        public Optional<SavedCommitment> load(IssueKey issue) {
            return inner.load(issue);
        }

        @Override
        public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
            saves.add(commitment);
            if (before != null) {
                Runnable once = before;
                before = null;
                once.run();
            }
            return losesEverySave ? Optional.empty() : inner.save(commitment, replacing);
        }
    }
}
