package io.promisedesk.team;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class MemberTest {

    @Test
    public void moreThan168WeeklyHours_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new Member("anna", Hours.of(168.001)));

        assertEquals("weeklyHours: must be at most 168, was 168.001", error.getMessage());
    }

    @Test
    public void exactly168WeeklyHours_isAccepted() {
        Member member = new Member("anna", Hours.of(168));

        assertEquals(Hours.of(168), member.weeklyHours());
    }

    @Test
    public void blankUser_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new Member(" ", Hours.of(40)));

        assertEquals("user: must not be blank", error.getMessage());
    }

    @Test
    public void missingWeeklyHours_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new Member("anna", null));

        assertEquals("weeklyHours: is required", error.getMessage());
    }

    @Test
    public void member_isAbsentOnlyOnTheirAbsenceDates() {
        Member member = new Member("anna", Hours.of(40), Set.of(LocalDate.parse("2026-03-09")));

        boolean awayOnNinth = member.isAbsentOn(LocalDate.parse("2026-03-09"));
        boolean awayOnTenth = member.isAbsentOn(LocalDate.parse("2026-03-10"));

        assertTrue(awayOnNinth);
        assertFalse(awayOnTenth);
    }
}
