package io.promisedesk.reference;

import io.promisedesk.common.Hours;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.Level;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;

/** The reference must reproduce scenario.md's worked example before its opinion on the engine counts. */
public class DayByDaySimulationTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    private final Team platform = aTeam()
            .focus(0.7)
            .nonWorking("2026-04-06")
            .withMember("anna", 40, "2026-03-09", "2026-03-10")
            .withMember("bram", 32)
            .build();
    private final List<WorkItem> issues = List.of(
            anIssue("OPS-12").remaining(16).committedTo("2026-03-20").eta("2026-03-18").build(),
            anIssue("OPS-7").remaining(80).committedTo("2026-03-06", "Globex").build(),
            anIssue("OPS-9").committedTo("2026-03-06", "Initech").build(),
            aResolvedIssue("OPS-3").remaining(0).committedTo("2026-03-04").build());

    @Test
    public void scenarioIssues_comeInCommitmentThenKeyOrder_withoutTheResolvedOne() {
        DayByDaySimulation simulation = DayByDaySimulation.run(platform, issues, TODAY);

        List<String> keys = simulation.verdicts().stream().map(verdict -> verdict.key().toString()).toList();

        assertEquals(List.of("OPS-7", "OPS-9", "OPS-12"), keys);
    }

    @Test
    public void scenarioIssuesDueOnTheSixth_areOvercommittedWithTheDocumentedNumbers() {
        DayByDaySimulation simulation = DayByDaySimulation.run(platform, issues, TODAY);

        DayByDaySimulation.Verdict opsNine = simulation.verdicts().get(1);

        assertEquals(Level.OVERCOMMITTED, opsNine.level());
        assertEquals(new BigDecimal("1.7460"), opsNine.load().orElseThrow().rounded(4));
        assertEquals(Fraction.of(88, 1), opsNine.workDue());
        assertEquals(Fraction.of(504, 10), opsNine.capacity());
        assertEquals(Optional.of(LocalDate.parse("2026-03-13")), opsNine.forecast());
        assertEquals(OptionalLong.of(5), opsNine.forecastVsCommitment());
        assertEquals(OptionalLong.empty(), opsNine.etaVsCommitment());
        assertEquals(true, opsNine.unestimated());
    }

    @Test
    public void scenarioIssueDueOnTheTwentieth_isOkWithTheDocumentedNumbers() {
        DayByDaySimulation simulation = DayByDaySimulation.run(platform, issues, TODAY);

        DayByDaySimulation.Verdict opsTwelve = simulation.verdicts().get(2);

        assertEquals(Level.OK, opsTwelve.level());
        assertEquals(new BigDecimal("0.7429"), opsTwelve.load().orElseThrow().rounded(4));
        assertEquals(Fraction.of(104, 1), opsTwelve.workDue());
        assertEquals(Fraction.of(140, 1), opsTwelve.capacity());
        assertEquals(Optional.of(LocalDate.parse("2026-03-17")), opsTwelve.forecast());
        assertEquals(OptionalLong.of(-3), opsTwelve.forecastVsCommitment());
        assertEquals(OptionalLong.of(-2), opsTwelve.etaVsCommitment());
    }

    @Test
    public void scenarioTeam_isOvercommitted() {
        DayByDaySimulation simulation = DayByDaySimulation.run(platform, issues, TODAY);

        assertEquals(Level.OVERCOMMITTED, simulation.teamLevel());
    }

    @Test
    public void scenarioPromiseForTheFourth_isRefusedWithTheEighteenthAsEarliest() {
        DayByDaySimulation simulation = DayByDaySimulation.run(platform, issues, TODAY);

        DayByDaySimulation.Promise answer = simulation.promise(Hours.of(24), LocalDate.parse("2026-03-04"));

        assertEquals(new DayByDaySimulation.Promise(false, Optional.of(LocalDate.parse("2026-03-18"))), answer);
    }

    @Test
    public void scenarioPromiseForTheThirtieth_isAccepted() {
        DayByDaySimulation simulation = DayByDaySimulation.run(platform, issues, TODAY);

        DayByDaySimulation.Promise answer = simulation.promise(Hours.of(24), LocalDate.parse("2026-03-30"));

        assertEquals(new DayByDaySimulation.Promise(true, Optional.of(LocalDate.parse("2026-03-30"))), answer);
    }
}
