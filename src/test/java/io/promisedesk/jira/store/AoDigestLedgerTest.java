package io.promisedesk.jira.store;

import io.promisedesk.digest.DigestLedger;
import io.promisedesk.digest.DigestLedgerContract;
import io.promisedesk.digest.DigestMark;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

/**
 * The Active Objects digest ledger keeps the ledger contract, and the database itself refuses the loser of two runs
 * claiming the same period.
 */
public class AoDigestLedgerTest extends DigestLedgerContract {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected DigestLedger newLedger() {
        return new AoDigestLedger(ao.jira());
    }

    @Test
    public void aMark_isOneRowWithIsoText() {
        ledger.move("sam", Optional.empty(), MONDAY);
        ledger.move("sam", Optional.of(MONDAY), TUESDAY);

        assertEquals(List.of(Map.of("ID", 2, DigestMarkEntity.USER_NAME, "sam",
                DigestMarkEntity.COVERED_UP_TO, "2025-03-04T07:00:00Z")), ao.rows(DigestMarkEntity.class));
    }

    @Test
    public void anotherRunMovingTheMarkBetweenThisRunsReadAndItsWrite_winsAlone() {
        ledger.move("sam", Optional.empty(), MONDAY);
        ao.interruptNextWriteTo(DigestMarkEntity.class, () -> {
            ao.committedDelete(DigestMarkEntity.class, DigestMarkEntity.USER_NAME, "sam");
            ao.committedInsert(DigestMarkEntity.class, Map.of(DigestMarkEntity.USER_NAME, "sam",
                    DigestMarkEntity.COVERED_UP_TO, WEDNESDAY.toString()));
        });

        boolean moved = ledger.move("sam", Optional.of(MONDAY), TUESDAY);

        assertFalse(moved);
        assertEquals(Optional.of(new DigestMark("sam", WEDNESDAY)), ledger.markOf("sam"));
    }

    @Test
    public void anotherRunGivingTheFirstMarkFirst_makesThisFirstMoveFail_andKeepsTheirs() {
        ao.interruptNextWriteTo(DigestMarkEntity.class, () -> ao.committedInsert(DigestMarkEntity.class,
                Map.of(DigestMarkEntity.USER_NAME, "sam", DigestMarkEntity.COVERED_UP_TO, WEDNESDAY.toString())));

        boolean moved = ledger.move("sam", Optional.empty(), TUESDAY);

        assertFalse(moved);
        assertEquals(Optional.of(new DigestMark("sam", WEDNESDAY)), ledger.markOf("sam"));
    }

    @Test
    public void aDatabaseFailure_isNotMistakenForALostRace_andLeavesTheMarkWhereItWas() {
        ledger.move("sam", Optional.empty(), MONDAY);
        ao.failNextCreateOf(DigestMarkEntity.class);

        assertThrows(FakeActiveObjects.FakeSqlException.class,
                () -> ledger.move("sam", Optional.of(MONDAY), TUESDAY));

        assertEquals(Optional.of(new DigestMark("sam", MONDAY)), ledger.markOf("sam"));
    }
}
