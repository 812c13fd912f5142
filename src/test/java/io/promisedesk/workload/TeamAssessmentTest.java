package io.promisedesk.workload;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.Team;
import io.promisedesk.team.WorkingDays;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static io.promisedesk.fixtures.PlatformScenario.TODAY;
import static io.promisedesk.fixtures.PlatformScenario.platformIssues;
import static io.promisedesk.fixtures.PlatformScenario.platformTeam;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class TeamAssessmentTest {

    /** Anna alone, 40 hours Monday to Friday at full focus: 8 hours a day, 40 by Friday 2026-03-06. */
    private static final Team ANNA_FULL_TIME = aTeam().withMember("anna", 40).build();

    // The worked example of scenario.md

    @Test
    public void scenario_listsCommittedUnresolvedIssuesEarliestDeadlineFirst() {
        TeamAssessment assessment = assessScenario();

        List<String> keys = keysOf(assessment);

        assertEquals(List.of("OPS-7", "OPS-9", "OPS-12"), keys);
    }

    @Test
    public void scenario_issuesDueOnMarchSixthAreOvercommittedAndOps12IsOk() {
        TeamAssessment assessment = assessScenario();

        assertEquals(Level.OVERCOMMITTED, verdict(assessment, "OPS-7").level());
        assertEquals(Level.OVERCOMMITTED, verdict(assessment, "OPS-9").level());
        assertEquals(Level.OK, verdict(assessment, "OPS-12").level());
    }

    @Test
    public void scenario_loadRatiosAre1746OnMarchSixthAnd07429OnMarchTwentieth() {
        TeamAssessment assessment = assessScenario();

        assertEquals(Optional.of("1.746"), rounded(verdict(assessment, "OPS-7").load()));
        assertEquals(Optional.of("1.746"), rounded(verdict(assessment, "OPS-9").load()));
        assertEquals(Optional.of("0.7429"), rounded(verdict(assessment, "OPS-12").load()));
    }

    @Test
    public void scenario_workDueIs88HoursByMarchSixthAnd104ByMarchTwentieth() {
        TeamAssessment assessment = assessScenario();

        assertEquals("88", verdict(assessment, "OPS-7").workDue().toPlainString());
        assertEquals("88", verdict(assessment, "OPS-9").workDue().toPlainString());
        assertEquals("104", verdict(assessment, "OPS-12").workDue().toPlainString());
    }

    @Test
    public void scenario_capacityIs50Point4HoursByMarchSixthAnd140ByMarchTwentieth() {
        TeamAssessment assessment = assessScenario();

        assertEquals("50.4", verdict(assessment, "OPS-7").capacity().toPlainString());
        assertEquals("50.4", verdict(assessment, "OPS-9").capacity().toPlainString());
        assertEquals("140", verdict(assessment, "OPS-12").capacity().toPlainString());
    }

    @Test
    public void scenario_forecastsAreMarchThirteenthAndSeventeenth() {
        TeamAssessment assessment = assessScenario();

        assertEquals(Optional.of(date("2026-03-13")), verdict(assessment, "OPS-7").forecast());
        assertEquals(Optional.of(date("2026-03-13")), verdict(assessment, "OPS-9").forecast());
        assertEquals(Optional.of(date("2026-03-17")), verdict(assessment, "OPS-12").forecast());
    }

    @Test
    public void scenario_forecastsAreFiveWorkingDaysLateAndThreeEarly() {
        TeamAssessment assessment = assessScenario();

        assertEquals(OptionalLong.of(5), verdict(assessment, "OPS-7").forecastVsCommitment());
        assertEquals(OptionalLong.of(5), verdict(assessment, "OPS-9").forecastVsCommitment());
        assertEquals(OptionalLong.of(-3), verdict(assessment, "OPS-12").forecastVsCommitment());
    }

    @Test
    public void scenario_etaOfOps12IsTwoWorkingDaysBeforeItsCommitmentAndTheOthersHaveNone() {
        TeamAssessment assessment = assessScenario();

        assertEquals(OptionalLong.empty(), verdict(assessment, "OPS-7").etaVsCommitment());
        assertEquals(OptionalLong.empty(), verdict(assessment, "OPS-9").etaVsCommitment());
        assertEquals(OptionalLong.of(-2), verdict(assessment, "OPS-12").etaVsCommitment());
    }

    @Test
    public void scenario_teamIsOvercommittedWithThreeCommittedIssuesOneUnestimatedAndTwoAtRisk() {
        TeamAssessment assessment = assessScenario();

        assertEquals(Level.OVERCOMMITTED, assessment.level());
        assertEquals(3, assessment.committedIssues());
        assertEquals(1, assessment.unestimatedIssues());
        assertEquals(2, assessment.issuesAtRisk());
    }

    @Test
    public void scenario_unestimatedOps9CountsTheDefaultEightHours() {
        TeamAssessment assessment = assessScenario();

        IssueVerdict ops9 = verdict(assessment, "OPS-9");

        assertEquals(Hours.of(8), ops9.remaining());
        assertTrue(ops9.isUnestimated());
    }

    @Test
    public void scenario_resolvedOps3HasNoVerdict() {
        TeamAssessment assessment = assessScenario();

        Optional<IssueVerdict> ops3 = assessment.verdictFor(IssueKey.parse("OPS-3"));

        assertEquals(Optional.empty(), ops3);
    }

    @Test
    public void scenario_peakIsTheLoadOnMarchSixth() {
        TeamAssessment assessment = assessScenario();

        IssueVerdict peak = assessment.peak().orElseThrow();

        assertEquals(date("2026-03-06"), peak.commitmentDate());
        assertEquals(Optional.of("1.746"), rounded(peak.load()));
    }

    // Commitments already in the past

    @Test
    public void commitmentsInThePast_comeFirst() {
        List<WorkItem> items = List.of(
                anIssue("ABC-1").remaining(4).committedTo("2026-03-04").build(),
                anIssue("ZED-1").remaining(4).committedTo("2026-02-20").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertEquals(List.of("ZED-1", "ABC-1"), keysOf(assessment));
    }

    @Test
    public void pastCommitmentWithWorkLeft_hasAnInfiniteLoadAndIsOvercommitted() {
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(4).committedTo("2026-02-27").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict overdue = verdict(assessment, "OPS-1");
        assertTrue(overdue.load().isInfinite());
        assertEquals(Optional.empty(), overdue.load().rounded(4));
        assertEquals(Level.OVERCOMMITTED, overdue.level());
        assertEquals("0", overdue.capacity().toPlainString());
    }

    @Test
    public void pastCommitmentWithNoWorkLeft_isOkWithLoadZero() {
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(0).committedTo("2026-02-27").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict overdue = verdict(assessment, "OPS-1");
        assertEquals(Optional.of("0"), rounded(overdue.load()));
        assertEquals(Level.OK, overdue.level());
    }

    @Test
    public void pastCommitmentWork_countsAgainstLaterCommitments() {
        List<WorkItem> items = List.of(
                anIssue("ZED-1").remaining(16).committedTo("2026-02-20").build(),
                anIssue("ABC-1").remaining(8).committedTo("2026-03-04").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict later = verdict(assessment, "ABC-1");
        assertEquals("24", later.workDue().toPlainString());
        assertEquals("24", later.capacity().toPlainString());
        assertEquals(Level.OVERCOMMITTED, later.level());
    }

    @Test
    public void pastCommitment_isForecastFromTodayAndCountsWorkingDaysLateFromItsDate() {
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(16).committedTo("2026-02-20").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict overdue = verdict(assessment, "OPS-1");
        assertEquals(Optional.of(date("2026-03-03")), overdue.forecast());
        assertEquals(OptionalLong.of(7), overdue.forecastVsCommitment());
        assertTrue(overdue.isForecastLate());
    }

    // Commitments on the same date

    @Test
    public void issuesDueOnTheSameDate_shareOneLoad() {
        List<WorkItem> items = List.of(
                anIssue("OPS-10").remaining(10).committedTo("2026-03-04").build(),
                anIssue("OPS-9").remaining(6).committedTo("2026-03-04").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertSame(verdict(assessment, "OPS-9").load(), verdict(assessment, "OPS-10").load());
        assertEquals("16", verdict(assessment, "OPS-9").workDue().toPlainString());
        assertEquals("16", verdict(assessment, "OPS-10").workDue().toPlainString());
        assertEquals(Optional.of("0.6667"), rounded(verdict(assessment, "OPS-9").load()));
    }

    @Test
    public void issuesDueOnTheSameDate_areOrderedByIssueNumberNumerically() {
        List<WorkItem> items = List.of(
                anIssue("OPS-10").remaining(10).committedTo("2026-03-04").build(),
                anIssue("OPS-9").remaining(6).committedTo("2026-03-04").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertEquals(List.of("OPS-9", "OPS-10"), keysOf(assessment));
    }

    @Test
    public void issuesDueOnTheSameDate_areOrderedByProjectKeyAlphabeticallyBeforeNumber() {
        List<WorkItem> items = List.of(
                anIssue("OPSX-3").remaining(1).committedTo("2026-03-04").build(),
                anIssue("OPS-1").remaining(1).committedTo("2026-03-04").build(),
                anIssue("ABC-20").remaining(1).committedTo("2026-03-04").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertEquals(List.of("ABC-20", "OPS-1", "OPSX-3"), keysOf(assessment));
    }

    @Test
    public void issuesDueOnTheSameDate_areForecastOneAfterTheOther() {
        List<WorkItem> items = List.of(
                anIssue("OPS-10").remaining(10).committedTo("2026-03-04").build(),
                anIssue("OPS-9").remaining(6).committedTo("2026-03-04").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertEquals(Optional.of(date("2026-03-02")), verdict(assessment, "OPS-9").forecast());
        assertEquals(Optional.of(date("2026-03-03")), verdict(assessment, "OPS-10").forecast());
    }

    // Unestimated work, small teams and empty queues

    @Test
    public void allIssuesUnestimated_countTheDefaultEstimateEachAndAreAllCounted() {
        Team team = aTeam().defaultEstimate(5).withMember("anna", 40).build();
        List<WorkItem> items = List.of(
                anIssue("OPS-1").committedTo("2026-03-03").build(),
                anIssue("OPS-2").committedTo("2026-03-04").build(),
                anIssue("OPS-3").committedTo("2026-03-05").build());

        TeamAssessment assessment = TeamAssessment.assess(team, items, TODAY);

        assertEquals(3, assessment.unestimatedIssues());
        assertEquals(3, assessment.committedIssues());
        assertEquals(Hours.of(5), verdict(assessment, "OPS-2").remaining());
        assertEquals("15", verdict(assessment, "OPS-3").workDue().toPlainString());
    }

    @Test
    public void teamOfOne_isJudgedOnThatMembersHours() {
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(20).committedTo("2026-03-04").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict only = verdict(assessment, "OPS-1");
        assertEquals("24", only.capacity().toPlainString());
        assertEquals(Optional.of("0.8333"), rounded(only.load()));
        assertEquals(Level.OK, only.level());
        assertEquals(Optional.of(date("2026-03-04")), only.forecast());
    }

    @Test
    public void emptyQueue_isOkWithNoVerdictsAndNoPeak() {
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, List.of(), TODAY);

        assertEquals(Level.OK, assessment.level());
        assertEquals(List.of(), assessment.verdicts());
        assertEquals(Optional.empty(), assessment.peak());
        assertEquals(0, assessment.committedIssues());
        assertEquals(0, assessment.unestimatedIssues());
        assertEquals(0, assessment.issuesAtRisk());
    }

    @Test
    public void resolvedIssues_areIgnoredEvenWhenCommitted() {
        List<WorkItem> items = List.of(
                aResolvedIssue("OPS-1").remaining(100).committedTo("2026-03-03").build(),
                anIssue("OPS-2").remaining(8).committedTo("2026-03-06").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertEquals(List.of("OPS-2"), keysOf(assessment));
        assertEquals("8", verdict(assessment, "OPS-2").workDue().toPlainString());
        assertEquals(Level.OK, assessment.level());
    }

    @Test
    public void uncommittedIssues_areIgnored() {
        List<WorkItem> items = List.of(
                anIssue("OPS-1").remaining(1000).build(),
                anIssue("OPS-2").remaining(8).committedTo("2026-03-06").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertEquals(List.of("OPS-2"), keysOf(assessment));
        assertEquals("8", verdict(assessment, "OPS-2").workDue().toPlainString());
        assertEquals(Optional.empty(), assessment.verdictFor(IssueKey.parse("OPS-1")));
    }

    @Test
    public void committedIssueWithNoWorkLeft_isForecastForToday() {
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(0).committedTo("2026-03-06").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertEquals(Optional.of(TODAY), verdict(assessment, "OPS-1").forecast());
    }

    @Test
    public void workBeyondFiveYearsOfCapacity_hasNoForecastAndIsLate() {
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(100_000).committedTo("2026-03-06").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict hopeless = verdict(assessment, "OPS-1");
        assertEquals(Optional.empty(), hopeless.forecast());
        assertEquals(OptionalLong.empty(), hopeless.forecastVsCommitment());
        assertTrue(hopeless.isForecastLate());
    }

    @Test
    public void commitmentBeyondTheHorizon_isJudgedAgainstAllCapacityUntilThen() {
        LocalDate farAway = date("2033-01-03");
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(8).committedTo("2033-01-03").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        long workingDays = new WorkingDays(ANNA_FULL_TIME).countIn(TODAY, farAway);
        assertEquals(String.valueOf(workingDays * 8), verdict(assessment, "OPS-1").capacity().toPlainString());
        assertEquals(Level.OK, assessment.level());
    }

    @Test
    public void teamWithoutHours_isOvercommittedWithInfiniteLoadAndNoForecast() {
        Team team = aTeam().withMember("anna", 0).withMember("bram", 0).build();
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(8).committedTo("2026-03-06").build());

        TeamAssessment assessment = TeamAssessment.assess(team, items, TODAY);

        IssueVerdict stuck = verdict(assessment, "OPS-1");
        assertEquals(Optional.empty(), stuck.load().rounded(4));
        assertEquals(Level.OVERCOMMITTED, stuck.level());
        assertEquals(Optional.empty(), stuck.forecast());
    }

    @Test
    public void teamAwayUntilTheCommitment_isOvercommittedWithInfiniteLoad() {
        Team team = aTeam().withMember("anna", 40, "2026-03-02", "2026-03-03").build();
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(1).committedTo("2026-03-03").build());

        TeamAssessment assessment = TeamAssessment.assess(team, items, TODAY);

        IssueVerdict stuck = verdict(assessment, "OPS-1");
        assertTrue(stuck.load().isInfinite());
        assertEquals(Level.OVERCOMMITTED, stuck.level());
        assertEquals(Optional.of(date("2026-03-04")), stuck.forecast());
    }

    // Threshold boundaries: 40 hours of capacity by Friday

    @Test
    public void loadExactlyAtWarn_isWarning() {
        TeamAssessment assessment = assessDueFriday(34);

        assertEquals(Optional.of("0.85"), rounded(verdict(assessment, "OPS-1").load()));
        assertEquals(Level.WARNING, verdict(assessment, "OPS-1").level());
    }

    @Test
    public void loadJustBelowWarn_isOk() {
        TeamAssessment assessment = assessDueFriday(33.999);

        assertEquals(Level.OK, verdict(assessment, "OPS-1").level());
    }

    @Test
    public void loadExactlyAtCritical_isOvercommitted() {
        TeamAssessment assessment = assessDueFriday(40);

        assertEquals(Optional.of("1"), rounded(verdict(assessment, "OPS-1").load()));
        assertEquals(Level.OVERCOMMITTED, verdict(assessment, "OPS-1").level());
    }

    @Test
    public void loadJustBelowCritical_isWarning() {
        TeamAssessment assessment = assessDueFriday(39.999);

        assertEquals(Level.WARNING, verdict(assessment, "OPS-1").level());
    }

    @Test
    public void teamLevel_isTheWorstOfItsIssues() {
        List<WorkItem> items = List.of(
                anIssue("OPS-1").remaining(4).committedTo("2026-03-02").build(),
                anIssue("OPS-2").remaining(30).committedTo("2026-03-06").build(),
                anIssue("OPS-3").remaining(1).committedTo("2026-03-13").build());

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        assertEquals(Level.OK, verdict(assessment, "OPS-1").level());
        assertEquals(Level.WARNING, verdict(assessment, "OPS-2").level());
        assertEquals(Level.OK, verdict(assessment, "OPS-3").level());
        assertEquals(Level.WARNING, assessment.level());
    }

    // Broken input

    @Test
    public void duplicateIssueKeys_areRejected() {
        List<WorkItem> items = List.of(
                anIssue("OPS-1").remaining(4).committedTo("2026-03-04").build(),
                anIssue("OPS-1").remaining(8).committedTo("2026-03-06").build());

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY));

        assertEquals("key: must be unique, OPS-1 is there twice", error.getMessage());
        assertEquals("promisedesk.error.issueKey.duplicate", error.i18nKey());
    }

    @Test
    public void duplicateIssueKeysAmongUncommittedIssues_areRejectedToo() {
        List<WorkItem> items = List.of(
                aResolvedIssue("OPS-1").build(),
                anIssue("OPS-1").remaining(8).build());

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY));

        assertEquals("key: must be unique, OPS-1 is there twice", error.getMessage());
    }

    // What the overcommit panel shows

    @Test
    public void riskOfAnOkCommitment_countsTheOtherCommitmentsAtRisk() {
        TeamAssessment assessment = assessScenario();

        CommitmentRisk risk = assessment.riskOf(IssueKey.parse("OPS-12"), 5).orElseThrow();

        assertEquals("OPS-12", risk.verdict().item().key().toString());
        assertEquals(2, risk.otherCommitmentsAtRisk());
    }

    @Test
    public void riskOfACommitmentAtRisk_doesNotCountItselfAmongTheOthers() {
        TeamAssessment assessment = assessScenario();

        CommitmentRisk risk = assessment.riskOf(IssueKey.parse("OPS-7"), 5).orElseThrow();

        assertEquals(1, risk.otherCommitmentsAtRisk());
    }

    @Test
    public void riskOf_countsUnestimatedIssuesDueOnOrBeforeTheCommitmentOnly() {
        List<WorkItem> items = List.of(
                anIssue("OPS-1").committedTo("2026-03-03").build(),
                anIssue("OPS-2").remaining(3).committedTo("2026-03-04").build(),
                anIssue("OPS-3").committedTo("2026-03-06").build());
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        CommitmentRisk risk = assessment.riskOf(IssueKey.parse("OPS-2"), 5).orElseThrow();

        assertEquals(1, risk.unestimatedIssuesDue());
    }

    @Test
    public void riskOfTheScenariosLastCommitment_listsContributorsByRemainingHours() {
        TeamAssessment assessment = assessScenario();

        CommitmentRisk risk = assessment.riskOf(IssueKey.parse("OPS-12"), 5).orElseThrow();

        assertEquals(List.of("OPS-7", "OPS-12", "OPS-9"), keysOf(risk.largestContributors()));
    }

    @Test
    public void riskOfTheScenariosFirstCommitment_countsOps9AsTheOneUnestimatedIssueDue() {
        TeamAssessment assessment = assessScenario();

        CommitmentRisk risk = assessment.riskOf(IssueKey.parse("OPS-7"), 5).orElseThrow();

        assertEquals(1, risk.unestimatedIssuesDue());
    }

    @Test
    public void largestContributors_areLimitedToTheNumberAskedFor() {
        TeamAssessment assessment = assessScenario();

        CommitmentRisk risk = assessment.riskOf(IssueKey.parse("OPS-12"), 2).orElseThrow();

        assertEquals(List.of("OPS-7", "OPS-12"), keysOf(risk.largestContributors()));
    }

    @Test
    public void largestContributorsWithEqualHours_areOrderedByTheirPlaceInTheQueue() {
        List<WorkItem> items = List.of(
                anIssue("OPS-3").remaining(5).committedTo("2026-03-05").build(),
                anIssue("OPS-2").remaining(8).committedTo("2026-03-04").build(),
                anIssue("OPS-1").remaining(5).committedTo("2026-03-03").build());
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        CommitmentRisk risk = assessment.riskOf(IssueKey.parse("OPS-3"), 10).orElseThrow();

        assertEquals(List.of("OPS-2", "OPS-1", "OPS-3"), keysOf(risk.largestContributors()));
    }

    @Test
    public void largestContributors_leaveOutIssuesDueLaterAndIssuesWithNoWorkLeft() {
        List<WorkItem> items = List.of(
                anIssue("OPS-1").remaining(0).committedTo("2026-03-03").build(),
                anIssue("OPS-2").remaining(2).committedTo("2026-03-04").build(),
                anIssue("OPS-3").remaining(30).committedTo("2026-03-06").build());
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        CommitmentRisk risk = assessment.riskOf(IssueKey.parse("OPS-2"), 10).orElseThrow();

        assertEquals(List.of("OPS-2"), keysOf(risk.largestContributors()));
    }

    @Test
    public void riskOfAnUncommittedIssue_isEmpty() {
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(8).build());
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        Optional<CommitmentRisk> risk = assessment.riskOf(IssueKey.parse("OPS-1"), 5);

        assertEquals(Optional.empty(), risk);
    }

    // The peak

    @Test
    public void peak_isTheCommitmentWithTheHighestLoad() {
        List<WorkItem> items = List.of(
                anIssue("OPS-1").remaining(12).committedTo("2026-03-03").build(),
                anIssue("OPS-2").remaining(8).committedTo("2026-03-04").build(),
                anIssue("OPS-3").remaining(4).committedTo("2026-03-06").build());
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict peak = assessment.peak().orElseThrow();

        assertEquals("OPS-2", peak.item().key().toString());
        assertEquals(Optional.of("0.8333"), rounded(peak.load()));
    }

    @Test
    public void peakWithEqualLoadsOnTwoDates_isTheEarlierCommitment() {
        List<WorkItem> items = List.of(
                anIssue("OPS-1").remaining(8).committedTo("2026-03-02").build(),
                anIssue("OPS-2").remaining(8).committedTo("2026-03-03").build());
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict peak = assessment.peak().orElseThrow();

        assertEquals("OPS-1", peak.item().key().toString());
    }

    @Test
    public void peakWithAnOverdueCommitment_isTheInfiniteLoad() {
        List<WorkItem> items = List.of(
                anIssue("OPS-1").remaining(1).committedTo("2026-02-27").build(),
                anIssue("OPS-2").remaining(1_000).committedTo("2026-03-02").build());
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);

        IssueVerdict peak = assessment.peak().orElseThrow();

        assertEquals("OPS-1", peak.item().key().toString());
    }

    @Test
    public void peakAfterACommitmentWithNoWorkAndNoCapacity_isTheLaterOverload() {
        LocalDate saturday = date("2026-03-07");
        List<WorkItem> items = List.of(
                anIssue("OPS-1").remaining(0).committedTo("2026-03-07").build(),
                anIssue("OPS-2").remaining(100).committedTo("2026-03-09").build());
        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, items, saturday);

        IssueVerdict peak = assessment.peak().orElseThrow();

        assertEquals("OPS-2", peak.item().key().toString());
        assertEquals(Optional.of("12.5"), rounded(peak.load()));
    }

    @Test
    public void peakOnADateSharedByTwoIssues_isTheFirstOfThem() {
        TeamAssessment assessment = assessScenario();

        IssueVerdict peak = assessment.peak().orElseThrow();

        assertEquals("OPS-7", peak.item().key().toString());
    }

    @Test
    public void commitmentAndEtaOnTheLastDateThereIs_areJudgedWithoutACalendarThatLong() {
        WorkItem farAway = anIssue("OPS-1").remaining(40).committedTo("+999999999-12-31").eta("+999999999-12-31").build();

        TeamAssessment assessment = TeamAssessment.assess(ANNA_FULL_TIME, List.of(farAway), TODAY);

        IssueVerdict verdict = verdict(assessment, "OPS-1");
        assertEquals(Level.OK, verdict.level());
        assertEquals(Optional.of(LocalDate.parse("2026-03-06")), verdict.forecast());
        assertEquals(OptionalLong.of(0), verdict.etaVsCommitment());
        assertEquals(LocalDate.parse("2031-03-02"), assessment.calendar().horizon());
    }

    private static TeamAssessment assessScenario() {
        return TeamAssessment.assess(platformTeam(), platformIssues(), TODAY);
    }

    /** OPS-1 with {@code hours} left, due Friday, when Anna alone has 40 hours until then. */
    private static TeamAssessment assessDueFriday(double hours) {
        List<WorkItem> items = List.of(anIssue("OPS-1").remaining(hours).committedTo("2026-03-06").build());
        return TeamAssessment.assess(ANNA_FULL_TIME, items, TODAY);
    }

    private static IssueVerdict verdict(TeamAssessment assessment, String key) {
        return assessment.verdictFor(IssueKey.parse(key)).orElseThrow();
    }

    private static List<String> keysOf(TeamAssessment assessment) {
        return keysOf(assessment.verdicts());
    }

    private static List<String> keysOf(List<IssueVerdict> verdicts) {
        return verdicts.stream().map(verdict -> verdict.item().key().toString()).toList();
    }

    private static Optional<String> rounded(LoadRatio load) {
        return load.rounded(TeamAssessment.DECIMALS).map(BigDecimal::toPlainString);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
