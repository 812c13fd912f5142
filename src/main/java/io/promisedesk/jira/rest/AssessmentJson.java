package io.promisedesk.jira.rest;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Hours;
import io.promisedesk.scenario.Json;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CommitmentRisk;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.VisibleAssessment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.WeakHashMap;

/**
 * A team's assessment and an issue's verdict as the REST resources write them (docs/rest.md), listing and counting
 * only the issues the caller may browse: no key, summary, customer or count of a hidden issue appears; the team's
 * level and the loads are the whole team's, as they name no issue.
 */
final class AssessmentJson {
    /**
     * Each snapshot's answer, written once: a snapshot never changes, and writing a team's few hundred verdicts cost
     * more than everything else a request does, the garbage included (docs/performance.md). Weak keys: an entry goes
     * when the snapshot cache lets go of its snapshot, and each node writes its own, so nothing here is shared.
     */
    private static final Map<TeamAssessment, WrittenTeam> WRITTEN = Collections.synchronizedMap(new WeakHashMap<>());

    private AssessmentJson() {
    }

    /**
     * The team's figures and the verdicts of the committed issues the caller may browse, in queue order, as UTF-8
     * JSON: the object {@link #summary} gives, then {@code "staleSince"} (since when the figures are known to miss a
     * change, or null), with {@code "issues"} last. Permission is asked for every issue on every call; only the
     * writing is reused, and for a caller who may not browse every issue, or figures known to miss a change, the
     * figures before the verdicts are written anew.
     */
    static byte[] team(VisibleAssessment visible, Optional<Instant> staleSince) {
        TeamAssessment whole = visible.whole();
        WrittenTeam written = WRITTEN.computeIfAbsent(whole, WrittenTeam::of);
        List<IssueVerdict> shown = visible.verdicts();
        if (shown.size() == whole.verdicts().size() && staleSince.isEmpty()) {
            return written.whole();
        }
        boolean[] flags = new boolean[whole.verdicts().size()];
        // A verdict's position is its index in the queue, the order of the written verdicts.
        shown.forEach(verdict -> flags[verdict.position()] = true);
        return WrittenTeam.join(WrittenTeam.head(figures(visible, staleSince)), written.verdicts(), flags);
    }

    /**
     * A snapshot's answer in parts: everything before the first verdict, each verdict, and the whole answer for a
     * caller who may browse every issue, which is then sent as it is (nobody writes into an answer's bytes).
     */
    private record WrittenTeam(byte[] head, List<byte[]> verdicts, byte[] whole) {
        private static final byte[] TAIL = "]}".getBytes(StandardCharsets.UTF_8);

        static WrittenTeam of(TeamAssessment assessment) {
            byte[] head = head(figures(assessment.visibleTo(issue -> true), Optional.empty()));
            List<byte[]> verdicts = assessment.verdicts().stream()
                    .map(verdict -> Json.write(verdict(verdict)).getBytes(StandardCharsets.UTF_8)).toList();
            boolean[] all = new boolean[verdicts.size()];
            Arrays.fill(all, true);
            return new WrittenTeam(head, verdicts, join(head, verdicts, all));
        }

        /** The answer up to its first verdict: the figures, then the opening of {@code "issues"}. */
        static byte[] head(Map<String, Object> summary) {
            String written = Json.write(summary);
            return (written.substring(0, written.length() - 1) + ",\"issues\":[").getBytes(StandardCharsets.UTF_8);
        }

        static byte[] join(byte[] head, List<byte[]> verdicts, boolean[] shown) {
            int length = head.length + TAIL.length;
            int count = 0;
            for (int i = 0; i < shown.length; i++) {
                if (shown[i]) {
                    length += verdicts.get(i).length;
                    count++;
                }
            }
            byte[] answer = new byte[length + Math.max(0, count - 1)];
            System.arraycopy(head, 0, answer, 0, head.length);
            int at = head.length;
            for (int i = 0; i < shown.length; i++) {
                if (shown[i]) {
                    if (at > head.length) {
                        answer[at++] = ',';
                    }
                    byte[] verdict = verdicts.get(i);
                    System.arraycopy(verdict, 0, answer, at, verdict.length);
                    at += verdict.length;
                }
            }
            System.arraycopy(TAIL, 0, answer, at, TAIL.length);
            return answer;
        }
    }

    /** The team's figures: its level is the whole team's, the counts are of the issues the caller may browse. */
    static Map<String, Object> summary(VisibleAssessment assessment) {
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

    /** The panel's figures around one verdict, as {@link VisibleAssessment#riskOf} gave them for the caller. */
    static Map<String, Object> risk(CommitmentRisk risk) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", verdict(risk.verdict()));
        body.put("otherCommitmentsAtRisk", risk.otherCommitmentsAtRisk());
        body.put("unestimatedIssuesDue", risk.unestimatedIssuesDue());
        List<Object> contributors = new ArrayList<>();
        for (IssueVerdict contributor : risk.largestContributors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", contributor.item().key().toString());
            entry.put("summary", contributor.item().summary());
            entry.put("remainingHours", hours(contributor.remaining()));
            entry.put("commitment", contributor.commitmentDate().toString());
            contributors.add(entry);
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

    private static Map<String, Object> figures(VisibleAssessment visible, Optional<Instant> staleSince) {
        Map<String, Object> figures = summary(visible);
        figures.put("staleSince", instant(staleSince));
        return figures;
    }

    /** An instant in ISO-8601 UTC ({@code 2026-03-02T08:01:00Z}), or null. */
    static String instant(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }

    private static Long number(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
