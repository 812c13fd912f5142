package io.promisedesk.workload;

import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static io.promisedesk.fixtures.PlatformScenario.TODAY;
import static io.promisedesk.fixtures.PlatformScenario.platformIssues;
import static io.promisedesk.fixtures.PlatformScenario.platformTeam;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The scenario's platform team (OPS-7, 80 h, and OPS-9, unestimated, due Fri 6 March and overcommitted; OPS-12, 16 h,
 * due 20 March and OK) as readers who may browse only some of its issues see it.
 */
public class VisibleAssessmentTest {
    private static final TeamAssessment WHOLE = TeamAssessment.assess(platformTeam(), platformIssues(), TODAY);

    @Test
    public void aReaderWhoMayBrowseEveryIssue_seesWhatTheWholeTeamSees() {
        VisibleAssessment visible = WHOLE.visibleTo(issue -> true);

        assertEquals(WHOLE.verdicts(), visible.verdicts());
        assertEquals(WHOLE.committedIssues(), visible.committedIssues());
        assertEquals(WHOLE.issuesAtRisk(), visible.issuesAtRisk());
        assertEquals(WHOLE.unestimatedIssues(), visible.unestimatedIssues());
        assertEquals(WHOLE.peak(), visible.peak());
        for (IssueVerdict verdict : WHOLE.verdicts()) {
            for (int limit : new int[] {0, 1, 5}) {
                assertEquals(WHOLE.riskOf(verdict.item().key(), limit), visible.riskOf(verdict.item().key(), limit));
            }
        }
    }

    @Test
    public void hiddenIssues_areNeitherListedNorCounted_butTheTeamsLevelAndLoadsStay() {
        VisibleAssessment visible = WHOLE.visibleTo(except("OPS-7"));

        assertEquals(List.of("OPS-9", "OPS-12"), keys(visible.verdicts()));
        assertEquals(2, visible.committedIssues());
        assertEquals(1, visible.issuesAtRisk());
        assertEquals(1, visible.unestimatedIssues());
        assertEquals(Level.OVERCOMMITTED, visible.level());
        // OPS-9's load still counts OPS-7's 80 hours: the team's capacity is shared by all its work.
        assertEquals(WHOLE.verdictFor(IssueKey.parse("OPS-9")), visible.verdictFor(IssueKey.parse("OPS-9")));
        assertEquals(WHOLE.peak().map(IssueVerdict::load), visible.highestLoad());
    }

    @Test
    public void aHiddenIssue_hasNoVerdictAndNoRisk() {
        VisibleAssessment visible = WHOLE.visibleTo(except("OPS-7"));

        assertTrue(visible.verdictFor(IssueKey.parse("OPS-7")).isEmpty());
        assertTrue(visible.riskOf(IssueKey.parse("OPS-7"), 5).isEmpty());
    }

    @Test
    public void theRiskOfAnIssue_countsAndListsOnlyTheIssuesTheReaderMayBrowse() {
        CommitmentRisk whole = WHOLE.riskOf(IssueKey.parse("OPS-12"), 5).orElseThrow();
        CommitmentRisk visible = WHOLE.visibleTo(except("OPS-7")).riskOf(IssueKey.parse("OPS-12"), 5).orElseThrow();

        assertEquals(List.of("OPS-7", "OPS-12", "OPS-9"), keys(whole.largestContributors()));
        assertEquals(List.of("OPS-12", "OPS-9"), keys(visible.largestContributors()));
        assertEquals(2, whole.otherCommitmentsAtRisk());
        assertEquals(1, visible.otherCommitmentsAtRisk());
        assertEquals(1, visible.unestimatedIssuesDue());
        assertEquals(whole.verdict(), visible.verdict());
    }

    @Test
    public void theContributorLimit_isFilledWithTheLargestBrowsableIssues() {
        CommitmentRisk risk = WHOLE.visibleTo(except("OPS-7")).riskOf(IssueKey.parse("OPS-12"), 1).orElseThrow();

        assertEquals(List.of("OPS-12"), keys(risk.largestContributors()));
    }

    @Test
    public void theBusiestDate_isOneOfACommitmentTheReaderMayBrowse() {
        VisibleAssessment visible = WHOLE.visibleTo(except("OPS-7", "OPS-9"));

        assertEquals("OPS-12", visible.peak().orElseThrow().item().key().toString());
        assertEquals("OPS-7", WHOLE.peak().orElseThrow().item().key().toString());
        assertTrue(WHOLE.visibleTo(issue -> false).peak().isEmpty());
    }

    @Test
    public void eachIssue_isAskedAboutAtMostOnce_andOnlyWhenAnAnswerNeedsIt() {
        List<IssueKey> asked = new ArrayList<>();
        VisibleAssessment visible = WHOLE.visibleTo(issue -> {
            asked.add(issue);
            return true;
        });

        visible.riskOf(IssueKey.parse("OPS-7"), 1);
        // OPS-7 itself, then the issues at risk; OPS-12 is neither at risk nor due by 6 March.
        assertEquals(List.of("OPS-7", "OPS-9"), asked.stream().map(IssueKey::toString).toList());

        visible.verdicts();
        visible.committedIssues();
        visible.issuesAtRisk();
        visible.peak();
        assertEquals(List.of("OPS-7", "OPS-9", "OPS-12"), asked.stream().map(IssueKey::toString).toList());
    }

    @Test
    public void aNegativeContributorLimit_isRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> WHOLE.visibleTo(issue -> true).riskOf(IssueKey.parse("OPS-7"), -1));

        assertEquals("the number of contributors must be >= 0, was -1", error.getMessage());
    }

    private static Predicate<IssueKey> except(String... hidden) {
        Set<String> keys = Set.of(hidden);
        return issue -> !keys.contains(issue.toString());
    }

    private static List<String> keys(List<IssueVerdict> verdicts) {
        return verdicts.stream().map(verdict -> verdict.item().key().toString()).toList();
    }
}
