package io.promisedesk.workbench;

import io.promisedesk.admin.WhatIf;
import io.promisedesk.admin.WhatIfForm;
import io.promisedesk.scenario.Scenario;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds, by running the engine on the demo data, what the chart tests need: the demo may be regenerated. */
final class ChartDemo {
    static final Scenario DEMO = ScenarioReader.read(DemoScenario.json());

    private ChartDemo() {
    }

    /** A member away for the coming four weeks and the commitment whose level that raises. */
    record Absence(Team team, Member member, WhatIfForm form, IssueVerdict now, IssueVerdict then) {
    }

    /** The first team and member whose four weeks away raise a commitment's level. */
    static Absence levelRisingAbsence() {
        String from = DEMO.today().toString();
        String to = DEMO.today().plusWeeks(4).toString();
        List<Team> teams = DEMO.teams().stream()
                .sorted(Comparator.comparingInt(team -> DEMO.issuesOf(team.key()).size())).toList();
        for (Team team : teams) {
            TeamAssessment now = TeamAssessment.assess(team, DEMO.issuesOf(team.key()), DEMO.today());
            for (Member member : team.members()) {
                WhatIfForm form = new WhatIfForm(member.user(), from, to, "", "");
                Team changed = ((WhatIf.Changed) WhatIf.apply(team, form)).team();
                TeamAssessment then = TeamAssessment.assess(changed, DEMO.issuesOf(team.key()), DEMO.today());
                for (IssueVerdict verdict : now.verdicts()) {
                    Optional<IssueVerdict> after = then.verdictFor(verdict.item().key())
                            .filter(each -> each.level().compareTo(verdict.level()) > 0);
                    if (after.isPresent()) {
                        return new Absence(team, member, form, verdict, after.get());
                    }
                }
            }
        }
        throw new AssertionError("no member of the demo raises a level by being away for four weeks");
    }

    /** A committed issue of the demo due within the chart's four weeks, not overdue. */
    static IssueVerdict aCommittedIssue() {
        for (Team team : DEMO.teams()) {
            TeamAssessment now = TeamAssessment.assess(team, DEMO.issuesOf(team.key()), DEMO.today());
            for (IssueVerdict verdict : now.verdicts()) {
                if (!verdict.commitmentDate().isBefore(DEMO.today())
                        && !verdict.commitmentDate().isAfter(DEMO.today().plusWeeks(4))) {
                    return verdict;
                }
            }
        }
        throw new AssertionError("the demo has no commitment in the coming four weeks");
    }
}
