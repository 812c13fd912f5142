package io.promisedesk.jira.field;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static io.promisedesk.jira.field.FieldFixtures.AMSTERDAM;
import static io.promisedesk.jira.field.FieldFixtures.DATES;
import static org.junit.Assert.assertEquals;

public class FieldValuesTest {
    private static final IssueKey ISSUE = IssueKey.parse("SUP-7");
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private final FieldValues values = new FieldValues(AMSTERDAM);

    @Test
    public void aSavedEta_becomesTheFieldsDayAtMidnightInTheServerZone_withItsReason() {
        EtaChange slip = new EtaChange(ISSUE, "tess", NOW, Optional.of(LocalDate.of(2026, 3, 13)),
                LocalDate.of(2026, 3, 20), Optional.of("waiting for parts"));

        EtaValue value = values.eta(slip);

        assertEquals(LocalDate.of(2026, 3, 20), value.day());
        assertEquals(Optional.of("waiting for parts"), value.reason());
        assertEquals(DATES.startOfDay(LocalDate.of(2026, 3, 20)), value.getTime());
    }

    @Test
    public void aFirstEtaWithoutReason_hasNoReason() {
        EtaChange first = new EtaChange(ISSUE, "tess", NOW, Optional.empty(), LocalDate.of(2026, 3, 13),
                Optional.empty());

        assertEquals(Optional.empty(), values.eta(first).reason());
    }

    @Test
    public void aSavedCommitment_becomesTheFieldsDayCustomerAndNote() {
        StoredCommitment stored = new StoredCommitment(ISSUE, Commitment.of(LocalDate.of(2026, 4, 1), "Acme"),
                Optional.of("promised on the phone"), "sam", NOW);

        CommitmentDate value = values.commitment(stored);

        assertEquals(LocalDate.of(2026, 4, 1), value.day());
        assertEquals(Optional.of("Acme"), value.customer());
        assertEquals(Optional.of("promised on the phone"), value.note());
        assertEquals(DATES.startOfDay(LocalDate.of(2026, 4, 1)), value.getTime());
    }

    @Test
    public void aCommitmentWithoutCustomerOrNote_leavesThemEmpty() {
        StoredCommitment stored = new StoredCommitment(ISSUE, Commitment.of(LocalDate.of(2026, 4, 1), null),
                Optional.empty(), "sam", NOW);

        CommitmentDate value = values.commitment(stored);

        assertEquals(Optional.empty(), value.customer());
        assertEquals(Optional.empty(), value.note());
    }

    @Test
    public void aNoteLongerThanTheFieldKeeps_isShortenedToOneLineOfTheFieldsLength() {
        String note = "x".repeat(300) + "\n" + "y".repeat(100);
        StoredCommitment stored = new StoredCommitment(ISSUE, Commitment.of(LocalDate.of(2026, 4, 1), "Acme"),
                Optional.of(note), "sam", NOW);

        assertEquals(Optional.of("x".repeat(CommitmentDate.MAX_NOTE)), values.commitment(stored).note());
    }
}
