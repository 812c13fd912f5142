package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A team's assessment as one reader may see it: only the committed issues they may browse are listed or counted,
 * while the team's level and the load, work due and capacity at each commitment date stay the whole team's, since
 * they name no issue and the team's capacity is shared by all its work.
 *
 * <p>It asks whether the reader may browse an issue only when an answer needs it, and at most once per issue: in
 * Jira each question is a permission check. Made for one request and read on its thread, not shared.
 */
public final class VisibleAssessment {
    private final TeamAssessment whole;
    private final Predicate<IssueKey> browsable;
    private final Map<IssueKey, Boolean> answers = new HashMap<>();
    private List<IssueVerdict> verdicts;

    VisibleAssessment(TeamAssessment whole, Predicate<IssueKey> browsable) {
        this.whole = Require.present(whole, "whole");
        this.browsable = Require.present(browsable, "browsable");
    }

    /** The whole team's assessment: for figures that name no issue, never for a list or a count of issues. */
    public TeamAssessment whole() {
        return whole;
    }

    public Team team() {
        return whole.team();
    }

    public LocalDate today() {
        return whole.today();
    }

    /** The team's worst level, of all its work: a team-level figure that names no issue. */
    public Level level() {
        return whole.level();
    }

    /** The highest load at any commitment date, of all the team's work; empty when nothing is committed. */
    public Optional<LoadRatio> highestLoad() {
        return whole.peak().map(IssueVerdict::load);
    }

    /** The committed, unresolved issues the reader may browse, in earliest-deadline-first order. */
    public List<IssueVerdict> verdicts() {
        if (verdicts == null) {
            verdicts = whole.verdicts().stream().filter(this::shown).toList();
        }
        return verdicts;
    }

    /** The issue's verdict when it is committed and the reader may browse it. */
    public Optional<IssueVerdict> verdictFor(IssueKey key) {
        return whole.verdictFor(key).filter(this::shown);
    }

    public int committedIssues() {
        return verdicts().size();
    }

    /** The reader's committed issues nobody estimated. */
    public int unestimatedIssues() {
        return (int) whole.verdicts().stream().filter(IssueVerdict::isUnestimated).filter(this::shown).count();
    }

    /** The reader's committed issues whose level is WARNING or worse. */
    public int issuesAtRisk() {
        return (int) whole.verdicts().stream().filter(verdict -> verdict.level().isAtRisk()).filter(this::shown)
                .count();
    }

    /**
     * The reader's committed issue whose commitment date carries the highest load: the earliest such date, its first
     * issue the reader may browse. Only issues that would raise the peak so far are asked about.
     */
    public Optional<IssueVerdict> peak() {
        IssueVerdict peak = null;
        for (IssueVerdict verdict : whole.verdicts()) {
            if ((peak == null || verdict.load().compareTo(peak.load()) > 0) && shown(verdict)) {
                peak = verdict;
            }
        }
        return Optional.ofNullable(peak);
    }

    /**
     * What the overcommit panel shows for one committed issue the reader may browse: the other commitments at risk,
     * the unestimated issues due by its date and the {@code contributorLimit} largest issues due by then, each only
     * among the issues they may browse; the verdict's load is the team's. Empty for an issue not committed, or hidden.
     */
    public Optional<CommitmentRisk> riskOf(IssueKey key, int contributorLimit) {
        if (contributorLimit < 0) {
            throw new IllegalArgumentException("the number of contributors must be >= 0, was " + contributorLimit);
        }
        Optional<IssueVerdict> found = verdictFor(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IssueVerdict verdict = found.get();
        List<IssueVerdict> due = whole.dueBy(verdict);
        int unestimatedDue = (int) due.stream().filter(IssueVerdict::isUnestimated).filter(this::shown).count();
        int othersAtRisk = issuesAtRisk() - (verdict.level().isAtRisk() ? 1 : 0);
        return Optional.of(new CommitmentRisk(verdict, othersAtRisk, unestimatedDue,
                largestContributors(due, contributorLimit)));
    }

    /**
     * The {@code limit} browsable issues with the most remaining work, ties in queue order: largest first, so that
     * only the issues that could make the list are asked about.
     */
    private List<IssueVerdict> largestContributors(List<IssueVerdict> due, int limit) {
        List<IssueVerdict> candidates = new ArrayList<>(due.size());
        for (IssueVerdict candidate : due) {
            if (!candidate.remaining().isZero()) {
                candidates.add(candidate);
            }
        }
        // A stable sort: equal remaining work keeps the queue's order.
        candidates.sort(Comparator.comparing(IssueVerdict::remaining).reversed());
        List<IssueVerdict> largest = new ArrayList<>(limit);
        for (IssueVerdict candidate : candidates) {
            if (largest.size() == limit) {
                break;
            }
            if (shown(candidate)) {
                largest.add(candidate);
            }
        }
        return List.copyOf(largest);
    }

    private boolean shown(IssueVerdict verdict) {
        return answers.computeIfAbsent(verdict.item().key(), browsable::test);
    }
}
