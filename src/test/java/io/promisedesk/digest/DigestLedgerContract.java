package io.promisedesk.digest;

import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What every {@link DigestLedger} does, whatever keeps the marks: run against each implementation. */
public abstract class DigestLedgerContract {
    protected static final Instant MONDAY = Instant.parse("2025-03-03T07:00:00Z");
    protected static final Instant TUESDAY = Instant.parse("2025-03-04T07:00:00Z");
    protected static final Instant WEDNESDAY = Instant.parse("2025-03-05T07:00:00Z");

    protected DigestLedger ledger;

    protected abstract DigestLedger newLedger();

    @Before
    public void createLedger() {
        ledger = newLedger();
    }

    @Test
    public void aSalespersonNeverSentADigest_hasNoMark() {
        assertEquals(Optional.empty(), ledger.markOf("sam"));
        assertEquals(List.of(), ledger.marks());
    }

    @Test
    public void aFirstMove_fromNoMark_setsTheMark() {
        assertTrue(ledger.move("sam", Optional.empty(), MONDAY));

        assertEquals(Optional.of(new DigestMark("sam", MONDAY)), ledger.markOf("sam"));
    }

    @Test
    public void aMoveFromWhereTheMarkStands_movesIt_andMovingBackReleasesIt() {
        ledger.move("sam", Optional.empty(), MONDAY);

        assertTrue(ledger.move("sam", Optional.of(MONDAY), TUESDAY));
        assertEquals(Optional.of(new DigestMark("sam", TUESDAY)), ledger.markOf("sam"));
        assertTrue(ledger.move("sam", Optional.of(TUESDAY), MONDAY));
        assertEquals(Optional.of(new DigestMark("sam", MONDAY)), ledger.markOf("sam"));
    }

    @Test
    public void aMoveFromWhereTheMarkNoLongerStands_changesNothing() {
        ledger.move("sam", Optional.empty(), MONDAY);
        ledger.move("sam", Optional.of(MONDAY), TUESDAY);

        assertFalse(ledger.move("sam", Optional.of(MONDAY), WEDNESDAY));
        assertFalse(ledger.move("sam", Optional.empty(), WEDNESDAY));
        assertEquals(Optional.of(new DigestMark("sam", TUESDAY)), ledger.markOf("sam"));
    }

    @Test
    public void aMoveExpectingAMark_whenThereIsNone_changesNothing() {
        assertFalse(ledger.move("sam", Optional.of(MONDAY), TUESDAY));

        assertEquals(Optional.empty(), ledger.markOf("sam"));
    }

    @Test
    public void marksOfSeveralSalespeople_stayApart_andAreListedByName() {
        ledger.move("sam", Optional.empty(), MONDAY);
        ledger.move("kim", Optional.empty(), TUESDAY);
        ledger.move("sam", Optional.of(MONDAY), WEDNESDAY);

        assertEquals(List.of(new DigestMark("kim", TUESDAY), new DigestMark("sam", WEDNESDAY)), ledger.marks());
    }

    @Test
    public void marksToTheNanosecond_areKeptExactly() {
        Instant odd = Instant.parse("2025-03-03T07:00:00.123456789Z");
        ledger.move("sam", Optional.empty(), odd);

        assertTrue(ledger.move("sam", Optional.of(odd), TUESDAY));
    }

    @Test
    public void aBlankUser_isRefused() {
        assertThrows(RuntimeException.class, () -> ledger.move(" ", Optional.empty(), MONDAY));
        assertThrows(RuntimeException.class, () -> ledger.markOf(""));
    }
}
