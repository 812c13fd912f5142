package io.promisedesk.language;

import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.TeamAssessment;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;

public class SalesRiskTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);
    private static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 3, 16);

    /** Eight hours a working day: forty hours from Monday through Friday. */
    private final Team team = aTeam().withMember("anna", 40).build();

    @Test
    public void okLoadWithEtaAndForecastInTime_isOnTrack() {
        SalesRisk risk = SalesRisk.of(Level.OK, FRIDAY, Optional.of(THURSDAY), Optional.of(THURSDAY));

        assertEquals(SalesRisk.ON_TRACK, risk);
    }

    @Test
    public void etaOnTheCommitmentDate_isInTime() {
        SalesRisk risk = SalesRisk.of(Level.OK, FRIDAY, Optional.of(FRIDAY), Optional.of(FRIDAY));

        assertEquals(SalesRisk.ON_TRACK, risk);
    }

    @Test
    public void missingEta_leavesTheForecastToJudge() {
        SalesRisk risk = SalesRisk.of(Level.OK, FRIDAY, Optional.empty(), Optional.of(THURSDAY));

        assertEquals(SalesRisk.ON_TRACK, risk);
    }

    @Test
    public void etaAfterTheCommitmentDate_isLateEvenWhenTheLoadIsOk() {
        SalesRisk risk = SalesRisk.of(Level.OK, FRIDAY, Optional.of(NEXT_MONDAY), Optional.of(THURSDAY));

        assertEquals(SalesRisk.LATE, risk);
    }

    @Test
    public void forecastAfterTheCommitmentDate_isLate() {
        SalesRisk risk = SalesRisk.of(Level.OVERCOMMITTED, FRIDAY, Optional.of(THURSDAY), Optional.of(NEXT_MONDAY));

        assertEquals(SalesRisk.LATE, risk);
    }

    @Test
    public void noForecastWithinTheHorizon_isLate() {
        SalesRisk risk = SalesRisk.of(Level.OVERCOMMITTED, FRIDAY, Optional.empty(), Optional.empty());

        assertEquals(SalesRisk.LATE, risk);
    }

    @Test
    public void warningLoadWithDatesInTime_isAtRisk() {
        SalesRisk risk = SalesRisk.of(Level.WARNING, FRIDAY, Optional.of(THURSDAY), Optional.of(FRIDAY));

        assertEquals(SalesRisk.AT_RISK, risk);
    }

    @Test
    public void overcommittedLoadWithDatesInTime_isAtRisk() {
        SalesRisk risk = SalesRisk.of(Level.OVERCOMMITTED, FRIDAY, Optional.of(THURSDAY), Optional.of(FRIDAY));

        assertEquals(SalesRisk.AT_RISK, risk);
    }

    @Test
    public void lateDate_outweighsALoadThatIsOnlyAtRisk() {
        SalesRisk risk = SalesRisk.of(Level.WARNING, FRIDAY, Optional.of(NEXT_MONDAY), Optional.of(FRIDAY));

        assertEquals(SalesRisk.LATE, risk);
    }

    @Test
    public void comfortableTeam_keepsItsPromise() {
        IssueVerdict verdict = verdictOn(anIssue("OPS-1").remaining(10).committedTo("2026-03-13").build());

        SalesRisk risk = SalesRisk.of(verdict);

        assertEquals(SalesRisk.ON_TRACK, risk);
    }

    @Test
    public void teamNearlyFull_putsThePromiseAtRisk() {
        IssueVerdict verdict = verdictOn(anIssue("OPS-1").remaining(36).committedTo("2026-03-13").build());

        SalesRisk risk = SalesRisk.of(verdict);

        assertEquals(Level.WARNING, verdict.level());
        assertEquals(SalesRisk.AT_RISK, risk);
    }

    @Test
    public void teamWithMoreWorkThanTime_isLate() {
        IssueVerdict verdict = verdictOn(anIssue("OPS-1").remaining(48).committedTo("2026-03-13").build());

        SalesRisk risk = SalesRisk.of(verdict);

        assertEquals(Optional.of(NEXT_MONDAY), verdict.forecast());
        assertEquals(SalesRisk.LATE, risk);
    }

    @Test
    public void techniciansExpectingItAfterThePromise_isLateWithAComfortableTeam() {
        IssueVerdict verdict = verdictOn(
                anIssue("OPS-1").remaining(10).committedTo("2026-03-13").eta("2026-03-16").build());

        SalesRisk risk = SalesRisk.of(verdict);

        assertEquals(Level.OK, verdict.level());
        assertEquals(SalesRisk.LATE, risk);
    }

    private IssueVerdict verdictOn(WorkItem item) {
        return TeamAssessment.assess(team, List.of(item), MONDAY).verdictFor(item.key()).orElseThrow();
    }
}
