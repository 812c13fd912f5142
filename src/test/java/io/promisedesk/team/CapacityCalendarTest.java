package io.promisedesk.team;

import io.promisedesk.common.Hours;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class CapacityCalendarTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final Team ANNA_FULL_TIME = aTeam().withMember("anna", 40).build();

    @Test
    public void capacityOverAWeekend_countsOnlyWorkingDays() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        String throughFriday = hoursThrough(calendar, "2026-03-06");
        String throughSunday = hoursThrough(calendar, "2026-03-08");
        String throughMonday = hoursThrough(calendar, "2026-03-09");

        assertEquals("40", throughFriday);
        assertEquals("40", throughSunday);
        assertEquals("48", throughMonday);
    }

    @Test
    public void capacityFromToday_includesTodayAndTheDateAskedFor() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        String throughToday = hoursThrough(calendar, "2026-03-02");

        assertEquals("8", throughToday);
    }

    @Test
    public void capacityAcrossATeamNonWorkingDate_leavesThatDayOut() {
        Team team = aTeam().nonWorking("2026-03-04").withMember("anna", 40).build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        String throughTuesday = hoursThrough(calendar, "2026-03-03");
        String throughWednesday = hoursThrough(calendar, "2026-03-04");
        String throughFriday = hoursThrough(calendar, "2026-03-06");

        assertEquals("16", throughTuesday);
        assertEquals("16", throughWednesday);
        assertEquals("32", throughFriday);
    }

    @Test
    public void memberAbsence_removesOnlyThatMembersHoursThatDay() {
        Team team = aTeam().withMember("anna", 40, "2026-03-03").withMember("bram", 20).build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        String throughTuesday = hoursThrough(calendar, "2026-03-03");

        assertEquals("16", throughTuesday);
    }

    @Test
    public void absenceOnATeamNonWorkingDate_isNotSubtractedTwice() {
        Team team = aTeam().nonWorking("2026-03-04")
                .withMember("anna", 40, "2026-03-04")
                .withMember("bram", 20)
                .build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        String throughFriday = hoursThrough(calendar, "2026-03-06");

        assertEquals("48", throughFriday);
    }

    @Test
    public void absenceOnAWeekend_removesNothing() {
        Team team = aTeam().withMember("anna", 40, "2026-03-07").withMember("bram", 20).build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        String throughSunday = hoursThrough(calendar, "2026-03-08");

        assertEquals("60", throughSunday);
    }

    @Test
    public void focusFactor_scalesEveryMembersHours() {
        Team team = aTeam().focus(0.7).withMember("anna", 40).withMember("bram", 32).build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        String throughFriday = hoursThrough(calendar, "2026-03-06");

        assertEquals("50.4", throughFriday);
    }

    @Test
    public void tenWeeklyHoursOverThreeWorkingDays_addUpToExactlyTenByTheThirdDay() {
        CapacityCalendar calendar = CapacityCalendar.of(mondayWednesdayFriday(10), TODAY);

        long monday = calendar.capacityThrough(LocalDate.parse("2026-03-02"));
        long friday = calendar.capacityThrough(LocalDate.parse("2026-03-06"));

        assertEquals(calendar.toUnits(Hours.of(10)), 3 * monday);
        assertEquals(calendar.toUnits(Hours.of(10)), friday);
        assertEquals("3.3333", calendar.toHours(monday, 4).toPlainString());
    }

    @Test
    public void aThousandthOfAnHourMoreThanAThird_isReachedOnTheNextWorkingDay() {
        CapacityCalendar calendar = CapacityCalendar.of(mondayWednesdayFriday(10), TODAY);

        Optional<LocalDate> justOverOneDay = calendar.firstDateReaching(calendar.toUnits(Hours.of(3.334)));
        Optional<LocalDate> justOverTwoDays = calendar.firstDateReaching(calendar.toUnits(Hours.of(6.667)));
        Optional<LocalDate> justUnderOneDay = calendar.firstDateReaching(calendar.toUnits(Hours.of(3.333)));

        assertEquals(Optional.of(LocalDate.parse("2026-03-04")), justOverOneDay);
        assertEquals(Optional.of(LocalDate.parse("2026-03-06")), justOverTwoDays);
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")), justUnderOneDay);
    }

    @Test
    public void membersWithZeroWeeklyHours_giveNoCapacityUntilTheHorizon() {
        Team team = aTeam().withMember("anna", 0).withMember("bram", 0).build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        long capacity = calendar.capacityThrough(calendar.horizon());
        Optional<LocalDate> firstHour = calendar.firstDateReaching(calendar.toUnits(Hours.of(0.001)));

        assertEquals(0, capacity);
        assertEquals(Optional.empty(), firstHour);
    }

    @Test
    public void everyoneAbsentOnAWorkingDay_addsNoCapacityThatDay() {
        Team team = aTeam().withMember("anna", 40, "2026-03-03").withMember("bram", 20, "2026-03-03").build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        String throughMonday = hoursThrough(calendar, "2026-03-02");
        String throughTuesday = hoursThrough(calendar, "2026-03-03");

        assertEquals("12", throughMonday);
        assertEquals("12", throughTuesday);
    }

    @Test
    public void weeksAroundTheMarchSummerTimeChangeInAmsterdam_haveTheSameCapacity() {
        Team team = aTeam().zone("Europe/Amsterdam").withMember("anna", 40).build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        String weekBefore = hoursInWeekFrom(calendar, "2026-03-16");
        String weekOfTheChange = hoursInWeekFrom(calendar, "2026-03-23");
        String weekAfter = hoursInWeekFrom(calendar, "2026-03-30");

        assertEquals("40", weekBefore);
        assertEquals("40", weekOfTheChange);
        assertEquals("40", weekAfter);
    }

    @Test
    public void weeksAroundTheOctoberSummerTimeChangeInAmsterdam_haveTheSameCapacity() {
        Team team = aTeam().zone("Europe/Amsterdam").withMember("anna", 40).build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);

        String weekBefore = hoursInWeekFrom(calendar, "2026-10-12");
        String weekOfTheChange = hoursInWeekFrom(calendar, "2026-10-19");
        String weekAfter = hoursInWeekFrom(calendar, "2026-10-26");

        assertEquals("40", weekBefore);
        assertEquals("40", weekOfTheChange);
        assertEquals("40", weekAfter);
    }

    @Test
    public void firstDateReachingZero_isToday() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        Optional<LocalDate> date = calendar.firstDateReaching(0);

        assertEquals(Optional.of(TODAY), date);
    }

    @Test
    public void firstDateReachingZeroOnASaturday_isThatSaturday() {
        LocalDate saturday = LocalDate.parse("2026-03-07");
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, saturday);

        Optional<LocalDate> date = calendar.firstDateReaching(0);

        assertEquals(Optional.of(saturday), date);
    }

    @Test
    public void firstDateReachingExactlyTwoDaysOfCapacity_isTheSecondDay() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        Optional<LocalDate> date = calendar.firstDateReaching(calendar.toUnits(Hours.of(16)));

        assertEquals(Optional.of(LocalDate.parse("2026-03-03")), date);
    }

    @Test
    public void firstDateReachingOneUnitMoreThanTwoDays_isTheThirdDay() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        Optional<LocalDate> date = calendar.firstDateReaching(calendar.toUnits(Hours.of(16)) + 1);

        assertEquals(Optional.of(LocalDate.parse("2026-03-04")), date);
    }

    @Test
    public void firstDateReachingAFridaysCapacity_skipsTheWeekendToMonday() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        Optional<LocalDate> date = calendar.firstDateReaching(calendar.toUnits(Hours.of(40.001)));

        assertEquals(Optional.of(LocalDate.parse("2026-03-09")), date);
    }

    @Test
    public void firstDateReachingAllCapacityUpToTheHorizon_isTheLastWorkingDayBeforeIt() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        Optional<LocalDate> date = calendar.firstDateReaching(calendar.capacityThrough(calendar.horizon()));

        assertEquals(LocalDate.parse("2031-03-02"), calendar.horizon());
        assertEquals(Optional.of(LocalDate.parse("2031-02-28")), date);
    }

    @Test
    public void firstDateReachingMoreThanTheHorizonsCapacity_isEmpty() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);
        long beyondHorizon = calendar.capacityThrough(calendar.horizon()) + 1;

        Optional<LocalDate> date = calendar.firstDateReaching(beyondHorizon);

        assertEquals(Optional.empty(), date);
    }

    @Test
    public void capacityThroughADateBeforeToday_isZero() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        long capacity = calendar.capacityThrough(LocalDate.parse("2026-02-27"));

        assertEquals(0, capacity);
    }

    @Test
    public void capacityThroughADateAfterTheHorizon_countsItsWorkingDays() {
        LocalDate later = LocalDate.parse("2033-01-03");
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);
        long workingDays = new WorkingDays(ANNA_FULL_TIME).countIn(TODAY, later);

        long capacity = calendar.capacityThrough(later);

        assertEquals(workingDays * calendar.toUnits(Hours.of(8)), capacity);
        assertEquals(LocalDate.parse("2031-03-02"), calendar.horizon());
    }

    @Test
    public void capacityThroughADateAfterTheHorizon_leavesOutTheHolidaysAndAbsencesBeforeIt() {
        Team team = aTeam().withMember("anna", 40, "2040-05-08", "2040-05-09", "2040-05-12", "2040-06-01")
                .withMember("bram", 20, "2040-05-08")
                .nonWorking("2040-05-09", "2040-05-13", "2040-06-01").build();
        CapacityCalendar calendar = CapacityCalendar.of(team, TODAY);
        LocalDate asked = LocalDate.parse("2040-05-31");

        long capacity = calendar.capacityThrough(asked);

        assertEquals(dayByDay(team, calendar, asked), capacity);
        assertEquals(dayByDay(team, calendar, asked.plusDays(1)), calendar.capacityThrough(asked.plusDays(1)));
    }

    @Test
    public void capacityThroughTheLastDateThereIs_staysAtTheMostAnyDateCounts() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        long capacity = calendar.capacityThrough(LocalDate.MAX);

        assertEquals(CapacityCalendar.MAX_UNITS, capacity);
    }

    /** The capacity through {@code last} as the domain defines it, one day after the other. */
    private static long dayByDay(Team team, CapacityCalendar calendar, LocalDate last) {
        long total = 0;
        for (LocalDate day = TODAY; !day.isAfter(last); day = day.plusDays(1)) {
            if (team.isWorkingDay(day)) {
                for (Member member : team.members()) {
                    if (!member.isAbsentOn(day)) {
                        total += calendar.toUnits(member.weeklyHours()) / team.workingWeek().daysPerWeek();
                    }
                }
            }
        }
        return total;
    }

    @Test
    public void firstDateAboveTwoDaysOfCapacity_isTheThirdDay() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        Optional<LocalDate> date = calendar.firstDateAbove(calendar.toUnits(Hours.of(16)),
                TODAY, LocalDate.parse("2026-03-06"));

        assertEquals(Optional.of(LocalDate.parse("2026-03-04")), date);
    }

    @Test
    public void firstDateAboveCapacityNotReachedWithinTheRange_isEmpty() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        Optional<LocalDate> date = calendar.firstDateAbove(calendar.toUnits(Hours.of(40)),
                TODAY, LocalDate.parse("2026-03-08"));

        assertEquals(Optional.empty(), date);
    }

    @Test
    public void firstDateAboveInAnEmptyRange_isEmpty() {
        CapacityCalendar calendar = CapacityCalendar.of(ANNA_FULL_TIME, TODAY);

        Optional<LocalDate> date = calendar.firstDateAbove(0, LocalDate.parse("2026-03-06"), TODAY);

        assertEquals(Optional.empty(), date);
    }

    private static Team mondayWednesdayFriday(double weeklyHours) {
        return aTeam()
                .workingDays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)
                .withMember("anna", weeklyHours)
                .build();
    }

    private static String hoursThrough(CapacityCalendar calendar, String date) {
        return calendar.toHours(calendar.capacityThrough(LocalDate.parse(date)), 4).toPlainString();
    }

    /** Capacity of the seven days starting on {@code monday}. */
    private static String hoursInWeekFrom(CapacityCalendar calendar, String monday) {
        LocalDate start = LocalDate.parse(monday);
        long week = calendar.capacityThrough(start.plusDays(6)) - calendar.capacityThrough(start.minusDays(1));
        return calendar.toHours(week, 4).toPlainString();
    }
}
