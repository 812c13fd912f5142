package io.promisedesk.jira.servlet;

import io.promisedesk.admin.AdminLinks;
import io.promisedesk.admin.PreviewTeam;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.HealthFixture;
import io.promisedesk.fixtures.StaleFigures;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.inbox.MedianWaits;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageRendering.DefaultSettings;
import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.review.ReviewLinks;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.InMemoryGlobalSettingsStore;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.SnapshotsOnSettingsChange;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamForms;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.TeamSnapshots;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import io.promisedesk.statuslink.StatusLinkPolicy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.jira.servlet.PageRendering.get;
import static io.promisedesk.jira.servlet.PageRendering.render;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/**
 * Every page that shows team figures from a snapshot says how old they are once they have been known to miss a change
 * for more than a minute, in the reader's language, and says nothing while they are up to date.
 */
public class FreshnessNotePagesTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String NOTE = "These figures are 5 minutes old: a change is being taken into account.";

    private final WorkloadWorld world = new WorkloadWorld();

    private TeamSnapshots staleForFiveMinutes() {
        return StaleFigures.of(world, Duration.ofMinutes(5).plusSeconds(10));
    }

    private SalesRequests sales(TeamSnapshots snapshots) {
        InMemoryEtaRequestStore requests = new InMemoryEtaRequestStore();
        InMemoryCommitmentStore store = new InMemoryCommitmentStore();
        return new SalesRequests(FakeAccess.named("sam").asSales().browses("OPS-12", "OPS-7", "NET-1"),
                world.directory, snapshots, world.work, store,
                new SetCommitment(store, new CheckPromise(snapshots), world.clock, () -> io.promisedesk.commitment.AllowedEmailDomains.ANY), new DefaultSettings(), requests,
                new AskForEta(requests, world.clock),
                address -> io.promisedesk.commitment.AddressState.MAILED);
    }

    private ReviewRequests reviews(TeamSnapshots snapshots) {
        return new ReviewRequests(FakeAccess.named("sam").asSales().browses("OPS-12", "OPS-7", "OPS-9", "NET-1"),
                world.directory, snapshots, new InMemoryEtaHistoryStore(), firstDay -> List.of(), world.clock,
                () -> StatusLinkPolicy.DEFAULT);
    }

    private ChartRequests charts(TeamSnapshots snapshots) {
        return new ChartRequests(FakeAccess.technician("tina", "OPS-12"), world.directory, snapshots);
    }

    private AdminRequests admin(TeamSnapshots snapshots) {
        InMemoryTeamSettingsStore teams = new InMemoryTeamSettingsStore();
        // Saving the team makes a node search again, and the reader wait: the stale snapshots are left out of it.
        SnapshotsOnSettingsChange changes = new SnapshotsOnSettingsChange(world.snapshots);
        ConfigureTeams configureTeams = new ConfigureTeams(teams, TeamForms.NAMES, changes);
        configureTeams.create(TeamForms.with(TeamForm.KEY, WorkloadWorld.PLATFORM.value()));
        return new AdminRequests(FakeAccess.named("ada").asAdministrator(), teams, configureTeams,
                new ConfigureGlobalSettings(new InMemoryGlobalSettingsStore(), TeamForms.NAMES, changes), snapshots,
                new PreviewTeam(snapshots, world.work), new MedianWaits(new InMemoryEtaRequestStore(), world.clock),
                new HealthFixture(world.clock).checks());
    }

    private static Element note(Document page) {
        return page.selectFirst("p.promisedesk-freshness[role=status]");
    }

    /** The chart's page parsed without its SVG, which the page helpers refuse (ChartRequestsTest checks the SVG). */
    private static Document chart(PageAnswer answer) {
        Document page = PageRendering.document(PageRendering.html((Page) answer, Locale.ENGLISH));
        page.select("svg").remove();
        return page;
    }

    @Test
    public void salesIssuePage_saysHowOldTheTeamsFiguresAre_whenStale_andNothingWhenFresh() {
        PageRequest request = get(SalesRequests.ISSUE_PATH + "OPS-12", Map.of());

        assertNull(note(render(sales(world.snapshots).get(request))));
        assertEquals(NOTE, note(render(sales(staleForFiveMinutes()).get(request))).text());
    }

    @Test
    public void myCommitments_sayHowOldTheOldestTeamsFiguresAre() {
        PageRequest request = get(SalesRequests.COMMITMENTS_PATH, Map.of("scope", List.of("all")));

        assertNull(note(render(sales(world.snapshots).get(request))));
        assertEquals(NOTE, note(render(sales(staleForFiveMinutes()).get(request))).text());
    }

    @Test
    public void customerListAndReview_sayHowOldTheFiguresAre() {
        TeamSnapshots stale = staleForFiveMinutes();

        assertEquals(NOTE, note(render(reviews(stale).get(get(ReviewLinks.PATH, Map.of())))).text());
        assertEquals(NOTE, note(render(reviews(stale).get(get(ReviewLinks.PATH,
                Map.of("customer", List.of("ACME")))))).text());
    }

    @Test
    public void customerList_saysNothing_whenTheFiguresAreUpToDate() {
        assertNull(note(render(reviews(world.snapshots).get(get(ReviewLinks.PATH, Map.of())))));
    }

    @Test
    public void workloadChart_saysHowOldTheTeamsFiguresAre_whenStale_andNothingWhenFresh() {
        PageRequest request = get(OvercommitPanelView.CHART_PATH + "OPS-12", Map.of());

        assertNull(note(chart(charts(world.snapshots).get(request))));
        assertEquals(NOTE, note(chart(charts(staleForFiveMinutes()).get(request))).text());
    }

    @Test
    public void adminTeamList_saysHowOldTheLiveLoadsAre_whenStale_andNothingWhenFresh() {
        assertNull(note(render(admin(world.snapshots).get(get(AdminLinks.PATH, Map.of())))));
        assertEquals(NOTE, note(render(admin(staleForFiveMinutes()).get(get(AdminLinks.PATH, Map.of())))).text());
    }

    @Test
    public void theNote_isInTheReadersLanguage() {
        PageAnswer answer = sales(staleForFiveMinutes()).get(new PageRequest(SalesRequests.ISSUE_PATH + "OPS-12",
                Map.of(), DUTCH, PageRendering.BASE_URL, PageRendering.TOKEN, false));

        Document page = PageRendering.document(PageRendering.html((Page) answer, DUTCH));
        assertEquals("Deze cijfers zijn 5 minuten oud: een wijziging wordt verwerkt.", note(page).text());
    }
}
