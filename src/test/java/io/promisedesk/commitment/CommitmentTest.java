package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class CommitmentTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final Customer ACME = new Customer("ACME");

    @Test
    public void promiseForToday_isMade() {
        Commitment commitment = Commitment.make(TODAY, ACME, TODAY);

        assertEquals(TODAY, commitment.date());
        assertEquals(Optional.of(ACME), commitment.customerIfKnown());
    }

    @Test
    public void promiseForADateAlreadyGone_isRefused() {
        InvalidValueException thrown = assertThrows(InvalidValueException.class,
                () -> Commitment.make(TODAY.minusDays(1), ACME, TODAY));

        assertEquals("commitment", thrown.field());
        assertEquals("promisedesk.error.commitment.past", thrown.i18nKey());
        assertEquals("must not be before today 2026-03-02, was 2026-03-01", thrown.reason());
    }

    @Test
    public void promiseForTheLastDayOfTheHorizon_isMade() {
        Commitment commitment = Commitment.make(LocalDate.parse("2031-03-02"), ACME, TODAY);

        assertEquals(LocalDate.parse("2031-03-02"), commitment.date());
    }

    @Test
    public void promiseBeyondTheHorizon_isRefusedNamingTheLastDateAllowed() {
        InvalidValueException thrown = assertThrows(InvalidValueException.class,
                () -> Commitment.make(LocalDate.parse("+99999-01-01"), ACME, TODAY));

        assertEquals("commitment", thrown.field());
        assertEquals("promisedesk.error.date.beyondHorizon", thrown.i18nKey());
        assertEquals("must be on or before 2031-03-02, 5 years from today 2026-03-02, was +99999-01-01", thrown.reason());
        assertEquals(List.of("+99999-01-01", "2031-03-02", 5), thrown.arguments());
    }

    @Test
    public void newPromise_needsACustomer() {
        InvalidValueException thrown = assertThrows(InvalidValueException.class,
                () -> Commitment.make(TODAY, null, TODAY));

        assertEquals("customer: is required", thrown.getMessage());
    }

    @Test
    public void storedCommitmentInThePast_isStillAValue() {
        Commitment late = Commitment.of(TODAY.minusDays(10), null);

        assertEquals(Optional.empty(), late.customerIfKnown());
    }
}
