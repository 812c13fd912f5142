package io.promisedesk.workload;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.PlatformScenario.TODAY;
import static io.promisedesk.fixtures.PlatformScenario.platformIssues;
import static io.promisedesk.fixtures.PlatformScenario.platformTeam;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class PromiseCheckTest {

    /** Anna alone, 40 hours Monday to Friday at full focus: 8 hours a day from Monday 2026-03-02. */
    private static final Team ANNA_FULL_TIME = aTeam().withMember("anna", 40).build();
    private static final TeamAssessment EMPTY_QUEUE = TeamAssessment.assess(ANNA_FULL_TIME, List.of(), TODAY);

    @Test
    public void scenario_24HoursByMarchFourth_isNotFeasibleAndEarliestOnMarchEighteenth() {
        TeamAssessment assessment = TeamAssessment.assess(platformTeam(), platformIssues(), TODAY);

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(24), date("2026-03-04"));

        assertFalse(answer.feasible());
        assertEquals(Optional.of(date("2026-03-18")), answer.earliest());
    }

    @Test
    public void scenario_24HoursByMarchThirtieth_isFeasible() {
        TeamAssessment assessment = TeamAssessment.assess(platformTeam(), platformIssues(), TODAY);

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(24), date("2026-03-30"));

        assertTrue(answer.feasible());
        assertEquals(Optional.of(date("2026-03-30")), answer.earliest());
    }

    @Test
    public void promiseOfZeroHours_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> PromiseCheck.check(EMPTY_QUEUE, Hours.ZERO, date("2026-03-06")));

        assertEquals("hours: must be > 0, was 0", error.getMessage());
        assertEquals("promisedesk.error.promise.hours", error.i18nKey());
    }

    @Test
    public void promiseWishedBeforeToday_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> PromiseCheck.check(EMPTY_QUEUE, Hours.of(8), date("2026-03-01")));

        assertEquals("wished: must not be before today 2026-03-02, was 2026-03-01", error.getMessage());
        assertEquals("promisedesk.error.promise.past", error.i18nKey());
    }

    @Test
    public void promiseBelowTheCapacityOfAnEmptyQueue_isFeasible() {
        PromiseAnswer answer = PromiseCheck.check(EMPTY_QUEUE, Hours.of(15.999), date("2026-03-03"));

        assertTrue(answer.feasible());
        assertEquals(Optional.of(date("2026-03-03")), answer.earliest());
    }

    @Test
    public void promiseFillingAnEmptyQueueExactlyToCritical_isNotFeasibleAndEarliestTheNextWorkingDay() {
        PromiseAnswer answer = PromiseCheck.check(EMPTY_QUEUE, Hours.of(16), date("2026-03-03"));

        assertFalse(answer.feasible());
        assertEquals(Optional.of(date("2026-03-04")), answer.earliest());
    }

    @Test
    public void promiseForToday_fitsOnlyBelowOneDaysCapacity() {
        PromiseAnswer below = PromiseCheck.check(EMPTY_QUEUE, Hours.of(7.999), TODAY);
        PromiseAnswer full = PromiseCheck.check(EMPTY_QUEUE, Hours.of(8), TODAY);

        assertTrue(below.feasible());
        assertFalse(full.feasible());
        assertEquals(Optional.of(date("2026-03-03")), full.earliest());
    }

    @Test
    public void promiseOfMoreWorkThanFiveYearsHold_hasNoEarliestDate() {
        PromiseAnswer answer = PromiseCheck.check(EMPTY_QUEUE, Hours.of(100_000), date("2026-03-06"));

        assertFalse(answer.feasible());
        assertEquals(Optional.empty(), answer.earliest());
    }

    @Test
    public void promiseToATeamWithoutHours_hasNoEarliestDate() {
        Team team = aTeam().withMember("anna", 0).build();
        TeamAssessment assessment = TeamAssessment.assess(team, List.of(), TODAY);

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(1), date("2026-03-06"));

        assertFalse(answer.feasible());
        assertEquals(Optional.empty(), answer.earliest());
    }

    @Test
    public void promiseWishedOnASaturdayWithinFridaysCapacity_isFeasibleOnThatSaturday() {
        PromiseAnswer answer = PromiseCheck.check(EMPTY_QUEUE, Hours.of(39), date("2026-03-07"));

        assertTrue(answer.feasible());
        assertEquals(Optional.of(date("2026-03-07")), answer.earliest());
    }

    @Test
    public void promiseWishedOnASaturdayBeyondFridaysCapacity_isEarliestOnMonday() {
        PromiseAnswer answer = PromiseCheck.check(EMPTY_QUEUE, Hours.of(45), date("2026-03-07"));

        assertFalse(answer.feasible());
        assertEquals(Optional.of(date("2026-03-09")), answer.earliest());
    }

    @Test
    public void promiseThatFitsByItsDateButPushesALaterCommitmentOverCritical_isRefused() {
        TeamAssessment assessment = assessWith(anIssue("OPS-1").remaining(30).committedTo("2026-03-06").build());

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(12), date("2026-03-03"));

        assertFalse(answer.feasible());
        assertEquals(Optional.of(date("2026-03-09")), answer.earliest());
    }

    @Test
    public void promiseThatKeepsALaterCommitmentJustBelowCritical_isFeasible() {
        TeamAssessment assessment = assessWith(anIssue("OPS-1").remaining(30).committedTo("2026-03-06").build());

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(9.999), date("2026-03-03"));

        assertTrue(answer.feasible());
    }

    @Test
    public void promiseOnACommitmentDate_countsTheWorkDueThatDay() {
        TeamAssessment assessment = assessWith(anIssue("OPS-1").remaining(30).committedTo("2026-03-06").build());

        PromiseAnswer justBelow = PromiseCheck.check(assessment, Hours.of(9.999), date("2026-03-06"));
        PromiseAnswer atCritical = PromiseCheck.check(assessment, Hours.of(10), date("2026-03-06"));

        assertTrue(justBelow.feasible());
        assertFalse(atCritical.feasible());
        assertEquals(Optional.of(date("2026-03-09")), atCritical.earliest());
    }

    @Test
    public void promise_countsOverdueWorkAlreadyLate() {
        TeamAssessment assessment = assessWith(anIssue("OPS-1").remaining(16).committedTo("2026-02-27").build());

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(8), date("2026-03-03"));

        assertFalse(answer.feasible());
        assertEquals(Optional.of(date("2026-03-05")), answer.earliest());
    }

    @Test
    public void promiseAfterAnOverloadedCommitment_isNotHeldBackByIt() {
        TeamAssessment assessment = assessWith(anIssue("OPS-1").remaining(40).committedTo("2026-03-03").build());

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(8), date("2026-03-10"));

        assertTrue(answer.feasible());
    }

    @Test
    public void promiseBeforeAnOverloadedCommitment_isEarliestOnceThatCommitmentIsPast() {
        TeamAssessment assessment = assessWith(anIssue("OPS-1").remaining(40).committedTo("2026-03-04").build());

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(1), date("2026-03-02"));

        assertFalse(answer.feasible());
        assertEquals(Optional.of(date("2026-03-09")), answer.earliest());
    }

    @Test
    public void promiseWishedBeyondTheFiveYearHorizon_isFeasibleWhenTheCapacityIsThere() {
        PromiseAnswer answer = PromiseCheck.check(EMPTY_QUEUE, Hours.of(8), date("2032-03-02"));

        assertTrue(answer.feasible());
        assertEquals(Optional.of(date("2032-03-02")), answer.earliest());
    }

    @Test
    public void promiseWishedBeyondTheFiveYearHorizonThatDoesNotFit_hasNoEarliestDate() {
        PromiseAnswer answer = PromiseCheck.check(EMPTY_QUEUE, Hours.of(100_000), date("2032-03-02"));

        assertFalse(answer.feasible());
        assertEquals(Optional.empty(), answer.earliest());
    }

    @Test
    public void promiseWishedOnTheLastDateThereIs_isAnsweredWithoutACalendarThatLong() {
        TeamAssessment assessment = assessWith(anIssue("OPS-1").remaining(40).committedTo("+999999999-12-31").build());

        PromiseAnswer answer = PromiseCheck.check(assessment, Hours.of(8), LocalDate.MAX);

        assertTrue(answer.feasible());
        assertEquals(Optional.of(LocalDate.MAX), answer.earliest());
    }

    private static TeamAssessment assessWith(WorkItem... items) {
        return TeamAssessment.assess(ANNA_FULL_TIME, List.of(items), TODAY);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
