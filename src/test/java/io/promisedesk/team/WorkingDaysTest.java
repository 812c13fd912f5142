package io.promisedesk.team;

import org.junit.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static org.junit.Assert.assertEquals;

public class WorkingDaysTest {

    private static final WorkingDays MONDAY_TO_FRIDAY = new WorkingDays(aTeam().withMember("anna", 40).build());

    @Test
    public void mondayToFridayOfOneWeek_isFourWorkingDaysForward() {
        long days = MONDAY_TO_FRIDAY.between(date("2026-03-02"), date("2026-03-06"));

        assertEquals(4, days);
    }

    @Test
    public void fridayToMonday_isOneWorkingDayAcrossTheWeekend() {
        long days = MONDAY_TO_FRIDAY.between(date("2026-03-06"), date("2026-03-09"));

        assertEquals(1, days);
    }

    @Test
    public void mondayBackToFriday_isMinusOneWorkingDay() {
        long days = MONDAY_TO_FRIDAY.between(date("2026-03-09"), date("2026-03-06"));

        assertEquals(-1, days);
    }

    @Test
    public void fridayBackToMondayOfTheSameWeek_isMinusFourWorkingDays() {
        long days = MONDAY_TO_FRIDAY.between(date("2026-03-06"), date("2026-03-02"));

        assertEquals(-4, days);
    }

    @Test
    public void aDateToItself_isZeroWorkingDays() {
        long days = MONDAY_TO_FRIDAY.between(date("2026-03-04"), date("2026-03-04"));

        assertEquals(0, days);
    }

    @Test
    public void saturdayToSunday_isZeroWorkingDays() {
        long days = MONDAY_TO_FRIDAY.between(date("2026-03-07"), date("2026-03-08"));

        assertEquals(0, days);
    }

    @Test
    public void aYearOfFiftyTwoWeeks_is260WorkingDays() {
        long days = MONDAY_TO_FRIDAY.between(date("2026-03-02"), date("2027-03-01"));

        assertEquals(260, days);
    }

    @Test
    public void acrossATeamNonWorkingDate_leavesItOut() {
        WorkingDays workingDays = new WorkingDays(aTeam().nonWorking("2026-04-06").withMember("anna", 40).build());

        long days = workingDays.between(date("2026-04-03"), date("2026-04-07"));

        assertEquals(1, days);
    }

    @Test
    public void backwardAcrossATeamNonWorkingDate_leavesItOut() {
        WorkingDays workingDays = new WorkingDays(aTeam().nonWorking("2026-04-06").withMember("anna", 40).build());

        long days = workingDays.between(date("2026-04-07"), date("2026-04-03"));

        assertEquals(-1, days);
    }

    @Test
    public void toATeamNonWorkingDate_doesNotCountIt() {
        WorkingDays workingDays = new WorkingDays(aTeam().nonWorking("2026-04-06").withMember("anna", 40).build());

        long days = workingDays.between(date("2026-04-03"), date("2026-04-06"));

        assertEquals(0, days);
    }

    @Test
    public void nonWorkingDateOnAWeekend_isNotSubtractedTwice() {
        WorkingDays workingDays = new WorkingDays(aTeam().nonWorking("2026-04-04").withMember("anna", 40).build());

        long days = workingDays.between(date("2026-04-03"), date("2026-04-10"));

        assertEquals(5, days);
    }

    @Test
    public void nonWorkingDatesOnTheStartDate_areOutsideTheHalfOpenRange() {
        WorkingDays workingDays = new WorkingDays(aTeam().nonWorking("2026-03-02").withMember("anna", 40).build());

        long days = workingDays.between(date("2026-03-02"), date("2026-03-06"));

        assertEquals(4, days);
    }

    @Test
    public void threeDayWeekOverTwoWeeks_countsSixWorkingDays() {
        WorkingDays workingDays = new WorkingDays(aTeam()
                .workingDays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)
                .withMember("anna", 24)
                .build());

        long days = workingDays.between(date("2026-03-01"), date("2026-03-15"));

        assertEquals(6, days);
    }

    @Test
    public void workingDaysInclusiveCount_includesBothEnds() {
        long days = MONDAY_TO_FRIDAY.countIn(date("2026-03-02"), date("2026-03-06"));

        assertEquals(5, days);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
