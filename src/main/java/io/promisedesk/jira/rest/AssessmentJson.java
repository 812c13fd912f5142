package io.promisedesk.jira.rest;

import io.promisedesk.access.Access;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Hours;
import io.promisedesk.scenario.Json;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CommitmentRisk;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.WeakHashMap;

/**
 * A team's assessment and an issue's verdict as the REST resources write them (docs/rest.md), listing only the
 * issues the caller may browse: counts are the team's, but no key, summary or customer of a hidden issue appears.
 */
final class AssessmentJson {
    /**
     * Each snapshot's verdicts, written once: a snapshot never changes, and writing a team's few hundred verdicts
     * cost more than everything else a request does (docs/performance.md). Weak keys: an entry goes when the
     * snapshot cache lets go of its snapshot, and each node writes its own, so nothing here is shared.
     */
    private static final Map<TeamAssessment, List<Json.Written>> WRITTEN = Collections.synchronizedMap(new WeakHashMap<>());

    private AssessmentJson() {
    }

    /** The team's figures and the verdicts of the committed issues the caller may browse, in queue order. */
    static Map<String, Object> team(TeamAssessment assessment, Access access) {
        Map<String, Object> team = summary(assessment);
        List<IssueVerdict> verdicts = assessment.verdicts();
        List<Json.Written> written = written(assessment);
        List<Object> issues = new ArrayList<>(verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            if (access.canBrowse(verdicts.get(i).item().key())) {
                issues.add(written.get(i));
            }
        }
        team.put("issues", issues);
        return team;
    }

    /** The snapshot's verdicts as JSON, in its order; two requests may both write them once, which is harmless. */
    private static List<Json.Written> written(TeamAssessment assessment) {
        List<Json.Written> written = WRITTEN.get(assessment);
        if (written == null) {
            written = assessment.verdicts().stream().map(verdict -> Json.written(verdict(verdict))).toList();
            WRITTEN.put(assessment, written);
        }
        return written;
    }

    static Map<String, Object> summary(TeamAssessment assessment) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("team", assessment.team().key().value());
        team.put("name", assessment.team().name());
        team.put("today", assessment.today().toString());
        team.put("level", assessment.level().name());
        team.put("committedIssues", assessment.committedIssues());
        team.put("issuesAtRisk", assessment.issuesAtRisk());
        team.put("unestimatedIssues", assessment.unestimatedIssues());
        return team;
    }

    /** One committed issue: what the overcommit panel and the sales view read, in plain values. */
    static Map<String, Object> verdict(IssueVerdict verdict) {
        WorkItem item = verdict.item();
        Map<String, Object> issue = new LinkedHashMap<>(32);
        issue.put("key", item.key().toString());
        issue.put("summary", item.summary());
        issue.put("status", item.status());
        issue.put("level", verdict.level().name());
        issue.put("commitment", verdict.commitmentDate().toString());
        issue.put("customer", verdict.commitment().customerIfKnown().map(Customer::name).orElse(null));
        issue.put("eta", date(item.eta()));
        issue.put("remainingHours", hours(verdict.remaining()));
        issue.put("unestimated", verdict.isUnestimated());
        issue.put("loadRatio", verdict.load().rounded(TeamAssessment.DECIMALS).map(AssessmentJson::shortest).orElse(null));
        issue.put("workDueHours", shortest(verdict.workDue()));
        issue.put("capacityHours", shortest(verdict.capacity()));
        issue.put("forecast", date(verdict.forecast()));
        issue.put("forecastLate", verdict.isForecastLate());
        issue.put("forecastVsCommitmentWorkingDays", number(verdict.forecastVsCommitment()));
        issue.put("etaVsCommitmentWorkingDays", number(verdict.etaVsCommitment()));
        return issue;
    }

    /** The panel's figures around one verdict; the largest contributors only where the caller may browse them. */
    static Map<String, Object> risk(CommitmentRisk risk, Access access) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", verdict(risk.verdict()));
        body.put("otherCommitmentsAtRisk", risk.otherCommitmentsAtRisk());
        body.put("unestimatedIssuesDue", risk.unestimatedIssuesDue());
        List<Object> contributors = new ArrayList<>();
        for (IssueVerdict contributor : risk.largestContributors()) {
            if (access.canBrowse(contributor.item().key())) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("key", contributor.item().key().toString());
                entry.put("summary", contributor.item().summary());
                entry.put("remainingHours", hours(contributor.remaining()));
                entry.put("commitment", contributor.commitmentDate().toString());
                contributors.add(entry);
            }
        }
        body.put("largestContributors", contributors);
        return body;
    }

    static BigDecimal hours(Hours hours) {
        return shortest(hours.toBigDecimal());
    }

    /** 88 rather than 88.000, and never 1E+2. */
    private static BigDecimal shortest(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static Long number(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
