package io.promisedesk.panel;

import io.promisedesk.team.Team;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.fixtures.PlatformScenario.TODAY;
import static io.promisedesk.fixtures.PlatformScenario.platformIssues;
import static io.promisedesk.fixtures.PlatformScenario.platformTeam;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.panel.PanelRendering.DUTCH;
import static io.promisedesk.panel.PanelRendering.committed;
import static io.promisedesk.panel.PanelRendering.fact;
import static io.promisedesk.panel.PanelRendering.html;
import static io.promisedesk.panel.PanelRendering.render;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

/** The panel without a commitment and without a team, and the links it builds from Jira's base URL. */
public class OvercommitPanelStatesTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    @Test
    public void uncommittedIssue_showsTheTeamsBusiestDateWithoutAlarm() {
        PanelSubject subject = PanelSubject.Uncommitted.of(TeamAssessment.assess(platformTeam(), platformIssues(), TODAY)
                .visibleTo(issue -> true));

        Document panel = render(subject, Locale.ENGLISH, TODAY);

        assertEquals("Workload of platform team", panel.selectFirst("h3").text());
        assertEquals("This issue has no commitment, so nothing is at stake for it.",
                panel.selectFirst(".promisedesk-overcommit__intro").text());
        assertEquals("Busiest commitment date of the team", panel.selectFirst("dt.promisedesk-fact--peak").text());
        assertEquals("Fri 6 Mar, Overcommitted (174.6%)", fact(panel, "peak"));
        assertNull("no level colour for an issue that promises nothing", panel.selectFirst(".promisedesk-level"));
        assertNull(panel.selectFirst(".promisedesk-contributors"));
    }

    @Test
    public void uncommittedIssueInDutch_showsTheBusiestDateInDutch() {
        PanelSubject subject = PanelSubject.Uncommitted.of(TeamAssessment.assess(platformTeam(), platformIssues(), TODAY)
                .visibleTo(issue -> true));

        Document panel = render(subject, DUTCH, TODAY);

        assertEquals("Werklast van platform team", panel.selectFirst("h3").text());
        assertEquals("vr 6 mrt, Overbelast (174,6%)", fact(panel, "peak"));
    }

    @Test
    public void uncommittedIssueOfATeamWithoutCapacity_saysNoCapacityLeft() {
        Team team = aTeam().withMember("anna", 0).build();
        PanelSubject subject = PanelSubject.Uncommitted.of(TeamAssessment.assess(team,
                List.of(anIssue("A-1").remaining(3).committedTo("2026-03-06").build()), MONDAY).visibleTo(issue -> true));

        Document panel = render(subject, Locale.ENGLISH, MONDAY);

        assertEquals("Fri 6 Mar, Overcommitted (no capacity left)", fact(panel, "peak"));
    }

    @Test
    public void uncommittedIssueOfATeamWithNothingCommitted_saysNothingIsCommitted() {
        Team team = aTeam().withMember("anna", 40).build();
        PanelSubject subject = PanelSubject.Uncommitted.of(TeamAssessment.assess(team,
                List.of(anIssue("A-1").remaining(3).build()), MONDAY).visibleTo(issue -> true));

        Document panel = render(subject, Locale.ENGLISH, MONDAY);

        assertEquals("Nothing committed", fact(panel, "peak"));
    }

    @Test
    public void issueOfNoTeam_showsAdminsAOneLineHint() {
        Document panel = render(new PanelSubject.NoTeam(true), Locale.ENGLISH, TODAY);

        assertEquals(1, panel.body().children().size());
        assertEquals("No Promise Desk team works on this issue. Add its team in the Promise Desk administration to see"
                + " its workload here.", panel.selectFirst("p.promisedesk-overcommit--no-team").text());
        assertNull(panel.selectFirst("h3"));
    }

    @Test
    public void issueOfNoTeam_showsOtherUsersNothing() {
        String html = html(new PanelSubject.NoTeam(false), Locale.ENGLISH, TODAY);

        assertEquals("", html.strip());
    }

    @Test
    public void baseUrlWithTrailingSlash_linksWithoutADoubleSlash() {
        PanelSubject subject = committed(platformTeam(), platformIssues(), TODAY, "OPS-7", 0);

        Object href = firstContributor(new OvercommitPanelView("https://jira.example.com/").context(subject, Locale.ENGLISH,
                TODAY)).get("href");

        assertEquals("https://jira.example.com/browse/OPS-7", href);
    }

    @Test
    public void contextPathAsBaseUrl_linksRelatively() {
        PanelSubject subject = committed(platformTeam(), platformIssues(), TODAY, "OPS-7", 0);

        Object href = firstContributor(new OvercommitPanelView("/jira").context(subject, Locale.ENGLISH, TODAY)).get("href");

        assertEquals("/jira/browse/OPS-7", href);
    }

    @Test
    public void baseUrlThatIsNoHttpUrlOrPath_isRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new OvercommitPanelView("javascript:alert(1)//"));

        assertEquals("baseUrl must be an http(s) URL or a path starting with /, was \"javascript:alert(1)//\"",
                error.getMessage());
    }

    @Test
    public void negativeSlipCount_isRefused() {
        PanelSubject.Committed valid = committed(platformTeam(), platformIssues(), TODAY, "OPS-7", 0);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new PanelSubject.Committed(valid.team(), valid.risk(), -1));

        assertEquals("etaSlips must be >= 0, was -1", error.getMessage());
    }

    private static Map<?, ?> firstContributor(Map<String, Object> context) {
        return (Map<?, ?>) ((List<?>) context.get("contributors")).get(0);
    }
}
