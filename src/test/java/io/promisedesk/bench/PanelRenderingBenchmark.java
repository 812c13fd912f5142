package io.promisedesk.bench;

import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.panel.PanelSubject;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CommitmentRisk;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The overcommit panel rendered server-side from a warm team snapshot, as the Jira adapter will do it per issue
 * view: {@code riskOf} on a team assessed once beforehand, the {@link PanelSubject}, the
 * {@link OvercommitPanelView} context in English, and {@code templates/panel/overcommit-view.vm} rendered to a
 * string by the Jira-like Velocity harness (one engine, the template cached after the first render).
 *
 * <p>The team has exactly {@value #OPEN_ISSUES} open issues (plus the done ones {@link RealisticWorkload} mixes
 * in), of which its generated share is committed; target (issue 5): under 5 ms per panel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class PanelRenderingBenchmark {
    static final int OPEN_ISSUES = 10_000;
    /** A power of two, so that cycling through the issues is a mask. */
    private static final int ISSUES = 1024;
    private static final String BASE_URL = "https://jira.example.com";

    private TeamAssessment assessment;
    private Team team;
    private final OvercommitPanelView view = new OvercommitPanelView(BASE_URL);
    private final IssueKey[] committed = new IssueKey[ISSUES];
    private final int[] etaSlips = new int[ISSUES];
    private int next;

    @Setup
    public void assessTheTeamOnce() {
        // About 45% of the generated items are open; generate enough and cut.
        RealisticWorkload.TeamWork generated = RealisticWorkload.generate(1, OPEN_ISSUES * 3).get(0);
        team = generated.team();
        List<WorkItem> items = firstOpenIssues(generated.items(), OPEN_ISSUES);
        assessment = TeamAssessment.assess(team, items, RealisticWorkload.TODAY);
        List<IssueVerdict> verdicts = assessment.verdicts();
        // Different issues each call, so the measured work cannot be folded into a constant.
        Random random = new Random(RealisticWorkload.SEED);
        for (int i = 0; i < ISSUES; i++) {
            committed[i] = verdicts.get(random.nextInt(verdicts.size())).item().key();
            etaSlips[i] = random.nextInt(4);
        }
        // Fails the setup rather than measuring something else: every issue renders, and to a committed panel.
        for (IssueKey key : committed) {
            if (!committedPanel(key, 0).contains("promisedesk-overcommit--committed")) {
                throw new IllegalStateException("no committed panel for " + key);
            }
        }
        System.out.printf("%n%d work items, %d open, %d committed and unresolved; team level %s%n",
                items.size(), OPEN_ISSUES, assessment.committedIssues(), assessment.level());
    }

    /** The queue cut right after its {@code open}-th unresolved issue. */
    private static List<WorkItem> firstOpenIssues(List<WorkItem> generated, int open) {
        List<WorkItem> items = new ArrayList<>();
        int unresolved = 0;
        for (WorkItem item : generated) {
            items.add(item);
            if (!item.isResolved() && ++unresolved == open) {
                return items;
            }
        }
        throw new IllegalStateException("only " + unresolved + " open issues generated");
    }

    private String committedPanel(IssueKey key, int slips) {
        CommitmentRisk risk = assessment.riskOf(key, OvercommitPanelView.CONTRIBUTORS).orElseThrow();
        Map<String, Object> context = view.context(new PanelSubject.Committed(team, risk, slips), Locale.ENGLISH,
                RealisticWorkload.TODAY);
        return JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE, context);
    }

    /** A committed issue's panel: risk, context and rendered HTML. */
    @Benchmark
    public void committedIssue(Blackhole blackhole) {
        int issue = next++ & (ISSUES - 1);
        blackhole.consume(committedPanel(committed[issue], etaSlips[issue]));
    }

    /** The same without rendering: risk and context only, to show what the template costs. */
    @Benchmark
    public void committedIssueContextOnly(Blackhole blackhole) {
        int issue = next++ & (ISSUES - 1);
        CommitmentRisk risk = assessment.riskOf(committed[issue], OvercommitPanelView.CONTRIBUTORS).orElseThrow();
        blackhole.consume(view.context(new PanelSubject.Committed(team, risk, etaSlips[issue]), Locale.ENGLISH,
                RealisticWorkload.TODAY));
    }

    /** An uncommitted issue of the team: its busiest commitment date, context and rendered HTML. */
    @Benchmark
    public void uncommittedIssue(Blackhole blackhole) {
        Map<String, Object> context = view.context(PanelSubject.Uncommitted.of(assessment.visibleTo(issue -> true)), Locale.ENGLISH,
                RealisticWorkload.TODAY);
        blackhole.consume(JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE, context));
    }
}
