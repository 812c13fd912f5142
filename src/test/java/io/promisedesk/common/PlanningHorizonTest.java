package io.promisedesk.common;

import org.junit.Test;

import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class PlanningHorizonTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    @Test
    public void theLastDate_isFiveYearsFromToday_andAllowed() {
        assertEquals(LocalDate.parse("2031-03-02"), PlanningHorizon.lastDate(TODAY));
        assertTrue(PlanningHorizon.allows(LocalDate.parse("2031-03-02"), TODAY));
        assertFalse(PlanningHorizon.allows(LocalDate.parse("2031-03-03"), TODAY));
    }

    @Test
    public void aLeapDay_endsOnTheLastDayOfFebruaryFiveYearsOn() {
        assertEquals(LocalDate.parse("2033-02-28"), PlanningHorizon.lastDate(LocalDate.parse("2028-02-29")));
    }

    @Test
    public void nearTheEndOfTheCalendar_theLastDateIsTheLastDateThereIs() {
        assertEquals(LocalDate.MAX, PlanningHorizon.lastDate(LocalDate.MAX.minusDays(3)));
    }

    @Test
    public void aDateBeyond_isRefusedNamingTheFieldAndBothDatesInIsoForm() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> PlanningHorizon.require(LocalDate.parse("+99999-01-01"), TODAY, "eta"));

        assertEquals("eta: must be on or before 2031-03-02, 5 years from today 2026-03-02, was +99999-01-01",
                error.getMessage());
        assertEquals("promisedesk.error.date.beyondHorizon", error.i18nKey());
    }
}
