package io.promisedesk.team;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class TeamTest {

    private static final Clock HALF_PAST_ELEVEN_UTC =
            Clock.fixed(Instant.parse("2026-03-02T23:30:00Z"), ZoneOffset.UTC);
    private static final Clock THREE_AM_UTC = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @Test
    public void teamWithoutMembers_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> aTeam().build());

        assertEquals("members: must name at least one member", error.getMessage());
    }

    @Test
    public void teamNamingAUserTwice_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> aTeam().withMember("anna", 40).withMember("anna", 20).build());

        assertEquals("members: must name each user once, \"anna\" is there twice", error.getMessage());
    }

    @Test
    public void teamNamingAUserTwiceWithSurroundingSpace_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> aTeam().withMember("anna", 40).withMember(" anna ", 20).build());

        assertEquals("members: must name each user once, \"anna\" is there twice", error.getMessage());
    }

    @Test
    public void teamWithOnlyKeyAndMembers_getsTheDocumentedDefaults() {
        Team team = new Team(new TeamKey("platform"), null, null, null, null, null, null, null,
                List.of(new Member("anna", Hours.of(40))));

        assertEquals("platform", team.name());
        assertEquals(ZoneOffset.UTC, team.timeZone());
        assertEquals(WorkingWeek.MONDAY_TO_FRIDAY, team.workingWeek());
        assertEquals(FocusFactor.FULL, team.focusFactor());
        assertEquals(Thresholds.DEFAULT, team.thresholds());
        assertEquals(Hours.of(8), team.defaultEstimate());
    }

    @Test
    public void todayAtHalfPastElevenUtc_isTheNextDayInTokyo() {
        Team team = aTeam().zone("Asia/Tokyo").withMember("anna", 40).build();

        LocalDate today = team.today(HALF_PAST_ELEVEN_UTC);

        assertEquals(LocalDate.parse("2026-03-03"), today);
    }

    @Test
    public void todayAtHalfPastElevenUtc_isTheSameDayInUtc() {
        Team team = aTeam().zone("UTC").withMember("anna", 40).build();

        LocalDate today = team.today(HALF_PAST_ELEVEN_UTC);

        assertEquals(LocalDate.parse("2026-03-02"), today);
    }

    @Test
    public void todayAtThreeAmUtc_isTheDayBeforeInLosAngeles() {
        Team team = aTeam().zone("America/Los_Angeles").withMember("anna", 40).build();

        LocalDate today = team.today(THREE_AM_UTC);

        assertEquals(LocalDate.parse("2026-03-01"), today);
    }

    @Test
    public void todayDependsOnTheTeamsZoneNotTheClocksZone() {
        Team team = aTeam().zone("Asia/Tokyo").withMember("anna", 40).build();
        Clock sameInstantInLosAngeles = HALF_PAST_ELEVEN_UTC.withZone(ZoneId.of("America/Los_Angeles"));

        LocalDate today = team.today(sameInstantInLosAngeles);

        assertEquals(LocalDate.parse("2026-03-03"), today);
    }

    @Test
    public void todayOnTheNightSummerTimeEndsInAmsterdam_usesSummerTimeOffset() {
        Team team = aTeam().zone("Europe/Amsterdam").withMember("anna", 40).build();
        Clock halfPastTenUtc = Clock.fixed(Instant.parse("2026-10-24T22:30:00Z"), ZoneOffset.UTC);

        LocalDate today = team.today(halfPastTenUtc);

        assertEquals(LocalDate.parse("2026-10-25"), today);
    }

    @Test
    public void teamNonWorkingDate_isNotAWorkingDay() {
        Team team = aTeam().nonWorking("2026-04-06").withMember("anna", 40).build();

        boolean easterMonday = team.isWorkingDay(LocalDate.parse("2026-04-06"));
        boolean tuesdayAfter = team.isWorkingDay(LocalDate.parse("2026-04-07"));

        assertFalse(easterMonday);
        assertTrue(tuesdayAfter);
    }
}
