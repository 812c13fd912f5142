package io.promisedesk.panel;

import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.SnapshotTimes;
import io.promisedesk.workload.TeamSnapshots;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import static io.promisedesk.fixtures.PlatformScenario.TODAY;
import static io.promisedesk.fixtures.PlatformScenario.platformIssues;
import static io.promisedesk.fixtures.PlatformScenario.platformTeam;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static io.promisedesk.panel.PanelRendering.DUTCH;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** The panel says how old the team's figures are once they have been known to miss a change for over a minute. */
public class OvercommitPanelFreshnessTest {
    private static final String BASE = "https://jira.example.com";

    private static PanelSubject committed(String key) {
        return PanelRendering.committed(platformTeam(), platformIssues(), TODAY, key, 0);
    }

    private static Document html(Map<String, Object> context) {
        return JiraLikeVelocity.parse(JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE, context));
    }

    @Test
    public void figuresStaleForFiveMinutes_sayHowOld_inEnglishAndDutch() {
        OvercommitPanelView view = new OvercommitPanelView(BASE).withStaleFor(Duration.ofMinutes(5).plusSeconds(20));

        Document english = html(view.context(committed("OPS-9"), Locale.ENGLISH, TODAY));
        Document dutch = html(view.context(committed("OPS-9"), DUTCH, TODAY));

        assertEquals("These figures are 5 minutes old: a change is being taken into account.",
                english.selectFirst(".promisedesk-overcommit__stale").text());
        assertEquals("Deze cijfers zijn 5 minuten oud: een wijziging wordt verwerkt.",
                dutch.selectFirst(".promisedesk-overcommit__stale").text());
    }

    @Test
    public void figuresStaleForAMinuteOrLess_sayNothing_andJustOverAMinute_saysOneMinute() {
        OvercommitPanelView view = new OvercommitPanelView(BASE);

        assertNull(html(view.withStaleFor(Duration.ofMinutes(1)).context(committed("OPS-9"), Locale.ENGLISH, TODAY))
                .selectFirst(".promisedesk-overcommit__stale"));
        assertNull(html(view.context(committed("OPS-9"), Locale.ENGLISH, TODAY))
                .selectFirst(".promisedesk-overcommit__stale"));
        assertEquals("These figures are 1 minute old: a change is being taken into account.",
                html(view.withStaleFor(Duration.ofSeconds(61)).context(committed("OPS-9"), Locale.ENGLISH, TODAY))
                        .selectFirst(".promisedesk-overcommit__stale").text());
    }

    @Test
    public void anUncommittedIssuesPanel_saysHowOldTheTeamsFiguresAre_too() {
        PanelSubject subject = PanelSubject.Uncommitted.of(TeamAssessment.assess(platformTeam(), platformIssues(), TODAY)
                .visibleTo(issue -> true));

        Document panel = html(new OvercommitPanelView(BASE).withStaleFor(Duration.ofMinutes(3))
                .context(subject, Locale.ENGLISH, TODAY));

        assertEquals("These figures are 3 minutes old: a change is being taken into account.",
                panel.selectFirst(".promisedesk-overcommit__stale").text());
    }

    @Test
    public void thePanelOfATeamChangedOnAnotherNode_saysHowOldItsFiguresAre_whileTheSearchRuns() {
        WorkloadWorld world = new WorkloadWorld();
        // The first search runs; later ones never come back, as a slow search would not yet have.
        Executor firstSearchOnly = new Executor() {
            private boolean ran;

            @Override
            public void execute(Runnable task) {
                if (!ran) {
                    ran = true;
                    task.run();
                }
            }
        };
        TeamSnapshots node = new TeamSnapshots(world.directory, world.reads, world.marks, world.clock, firstSearchOnly, SnapshotTimes.DEFAULT::waitWhenStaleFor);
        ShowOvercommitPanel panel = new ShowOvercommitPanel(new CheckOvercommit(world.directory, node),
                world.directory, new InMemoryEtaHistoryStore(),
                FakeAccess.technician("anna", "OPS-9"), world.clock);
        Optional<IssueKey> issue = Optional.of(IssueKey.parse("OPS-9"));
        assertEquals(false, panel.context(issue, Locale.ENGLISH, BASE).get("hasStaleNote"));

        world.marks.touch(PLATFORM);
        world.clock.set("2026-03-02T08:01:00Z");
        Map<String, Object> noticed = panel.context(issue, Locale.ENGLISH, BASE);
        world.clock.set("2026-03-02T08:05:30Z");
        Map<String, Object> later = panel.context(issue, Locale.ENGLISH, BASE);

        assertEquals(false, noticed.get("hasStaleNote"));
        assertEquals("These figures are 4 minutes old: a change is being taken into account.", later.get("staleNote"));
    }
}
