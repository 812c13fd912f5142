package io.promisedesk.jira.field;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.promisedesk.jira.field.FieldFixtures.AMSTERDAM;
import static io.promisedesk.jira.field.FieldFixtures.DATES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

/** How a Sales Commitment is kept as one text, and how it stays a date for Jira's date searcher. */
public class CommitmentTextTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    public void dayCustomerAndNote_surviveTheTextRoundTrip() {
        CommitmentDate commitment = new CommitmentDate(DAY, Optional.of("Globex"), Optional.of("Rollout before X-mas"), DATES);

        String text = CommitmentText.encode(commitment);

        assertEquals("2026-12-01\nGlobex\nRollout before X-mas", text);
        assertEquals(Optional.of(commitment), CommitmentText.decode(text, DATES));
    }

    @Test
    public void aNoteWithoutCustomer_keepsAnEmptyCustomerLine() {
        CommitmentDate commitment = new CommitmentDate(DAY, Optional.empty(), Optional.of("call first"), DATES);

        assertEquals("2026-12-01\n\ncall first", CommitmentText.encode(commitment));
        assertEquals(Optional.of(commitment), CommitmentText.decode("2026-12-01\n\ncall first", DATES));
    }

    @Test
    public void aBareDay_isACommitmentToAnUnknownCustomer() {
        CommitmentDate commitment = CommitmentText.decode("2026-12-01", DATES).orElseThrow();

        assertEquals(DAY, commitment.day());
        assertEquals(Optional.empty(), commitment.customer());
        assertEquals(Optional.empty(), commitment.commitment().customerIfKnown());
        assertEquals("2026-12-01", CommitmentText.encode(commitment));
    }

    @Test
    public void theValueIsTheStartOfTheDayInTheServersZone_asJirasDateSearcherIndexesIt() {
        CommitmentDate commitment = new CommitmentDate(DAY, Optional.of("Globex"), Optional.empty(), DATES);

        assertEquals(DAY.atStartOfDay(AMSTERDAM).toInstant(), commitment.toInstant());
        assertEquals(DAY, DATES.day(commitment));
    }

    @Test
    public void commitmentsDifferingOnlyInCustomerOrNote_areDifferentValues_soJiraSavesTheChange() {
        CommitmentDate globex = new CommitmentDate(DAY, Optional.of("Globex"), Optional.empty(), DATES);

        assertNotEquals(globex, new CommitmentDate(DAY, Optional.of("Initech"), Optional.empty(), DATES));
        assertNotEquals(globex, new CommitmentDate(DAY, Optional.of("Globex"), Optional.of("late"), DATES));
        assertEquals(globex, new CommitmentDate(DAY, Optional.of(" Globex "), Optional.of("  "), DATES));
        assertEquals(globex.hashCode(), new CommitmentDate(DAY, Optional.of("Globex"), Optional.empty(), DATES).hashCode());
    }

    @Test
    public void lineBreaksInCustomerOrNote_becomeSpaces_soTheTextKeepsItsThreeLines() {
        CommitmentDate commitment = new CommitmentDate(DAY, Optional.of("Glo\nbex"), Optional.of("a\r\nb"), DATES);

        assertEquals(Optional.of("Glo bex"), commitment.customer());
        assertEquals(Optional.of("a b"), commitment.note());
        assertEquals(Optional.of(commitment), CommitmentText.decode(CommitmentText.encode(commitment), DATES));
    }

    @Test
    public void blankText_isNoCommitment() {
        assertEquals(Optional.empty(), CommitmentText.decode("", DATES));
        assertEquals(Optional.empty(), CommitmentText.decode(null, DATES));
    }

    @Test
    public void brokenTexts_areRefusedWithTheFieldsMessage() {
        InvalidValueException notADay = assertThrows(InvalidValueException.class,
                () -> CommitmentText.decode("1 December\nGlobex", DATES));
        assertEquals("promisedesk.field.error.date", notADay.i18nKey());

        InvalidValueException noDay = assertThrows(InvalidValueException.class,
                () -> CommitmentText.decode("\nGlobex", DATES));
        assertEquals("promisedesk.error.required", noDay.i18nKey());
    }

    @Test
    public void tooLongCustomerOrNote_isRefused() {
        assertThrows(InvalidValueException.class,
                () -> new CommitmentDate(DAY, Optional.of("C".repeat(256)), Optional.empty(), DATES));
        assertThrows(InvalidValueException.class,
                () -> new CommitmentDate(DAY, Optional.empty(), Optional.of("n".repeat(CommitmentDate.MAX_NOTE + 1)), DATES));
    }
}
