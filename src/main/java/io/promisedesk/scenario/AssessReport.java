package io.promisedesk.scenario;

import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.PromiseAnswer;
import io.promisedesk.workload.PromiseCheck;
import io.promisedesk.workload.TeamAssessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The engine's verdicts on a scenario as the JSON document {@code scenario.md} defines under "Output of assess". */
public final class AssessReport {
    private AssessReport() {
    }

    /** Assesses every team of the scenario and answers its promises; the result is the whole JSON text. */
    public static String assess(Scenario scenario) {
        Map<TeamKey, TeamAssessment> assessments = new LinkedHashMap<>();
        for (Team team : scenario.teams()) {
            assessments.put(team.key(), TeamAssessment.assess(team, scenario.issuesOf(team.key()), scenario.today()));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("teams", assessments.values().stream().map(AssessReport::team).toList());
        List<Object> promises = new ArrayList<>();
        for (Scenario.PromiseQuestion question : scenario.promises()) {
            PromiseAnswer answer = PromiseCheck.check(assessments.get(question.team()), question.hours(), question.wished());
            promises.add(promise(question, answer));
        }
        document.put("promises", promises);
        return JsonWriter.write(document);
    }

    private static Map<String, Object> team(TeamAssessment assessment) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("key", assessment.team().key().value());
        team.put("level", assessment.level().name());
        team.put("committedIssues", assessment.committedIssues());
        team.put("unestimatedIssues", assessment.unestimatedIssues());
        team.put("issues", assessment.verdicts().stream().map(AssessReport::issue).toList());
        return team;
    }

    private static Map<String, Object> issue(IssueVerdict verdict) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("key", verdict.item().key().toString());
        issue.put("level", verdict.level().name());
        issue.put("loadRatio", verdict.load().rounded(TeamAssessment.DECIMALS).map(JsonWriter.JsonNumber::decimal).orElse(null));
        issue.put("workDueHours", JsonWriter.JsonNumber.shortest(verdict.workDue()));
        issue.put("capacityHours", JsonWriter.JsonNumber.decimal(verdict.capacity()));
        issue.put("forecast", date(verdict.forecast()));
        issue.put("forecastVsCommitmentWorkingDays", number(verdict.forecastVsCommitment()));
        issue.put("etaVsCommitmentWorkingDays", number(verdict.etaVsCommitment()));
        return issue;
    }

    private static Map<String, Object> promise(Scenario.PromiseQuestion question, PromiseAnswer answer) {
        Map<String, Object> promise = new LinkedHashMap<>();
        promise.put("team", question.team().value());
        promise.put("hours", JsonWriter.JsonNumber.shortest(question.hours().toBigDecimal()));
        promise.put("wished", question.wished().toString());
        promise.put("feasible", answer.feasible());
        promise.put("earliest", date(answer.earliest()));
        return promise;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static Long number(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
