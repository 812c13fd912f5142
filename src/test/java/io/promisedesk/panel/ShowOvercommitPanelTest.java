package io.promisedesk.panel;

import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.CheckOvercommit;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ShowOvercommitPanelTest {
    private static final String BASE = "https://jira.example.com/jira";

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryEtaHistoryStore etaHistory = new InMemoryEtaHistoryStore();

    private ShowOvercommitPanel panelFor(FakeAccess viewer) {
        return new ShowOvercommitPanel(new CheckOvercommit(world.directory, world.snapshots), world.directory,
                etaHistory, viewer, world.clock);
    }

    private static Optional<IssueKey> issue(String key) {
        return Optional.of(IssueKey.parse(key));
    }

    @Test
    public void technicianOnACommittedIssue_seesTheVerdictTheSlipsAndLinksUnderJirasBaseUrl() {
        etaHistory.save(anEtaChange().on("OPS-9").at("2026-02-20T10:00:00Z").to("2026-03-04").build());
        etaHistory.save(anEtaChange().on("OPS-9").at("2026-02-25T10:00:00Z").from("2026-03-04").to("2026-03-09")
                .because("waiting for the vendor").build());
        ShowOvercommitPanel panel = panelFor(FakeAccess.technician("anna", "OPS-9"));

        Map<String, Object> context = panel.context(issue("OPS-9"), Locale.ENGLISH, BASE);

        assertTrue(panel.isShownOn(issue("OPS-9")));
        assertEquals(true, context.get("committed"));
        assertEquals("overcommitted", ((Map<?, ?>) context.get("level")).get("modifier"));
        assertEquals("1", valueOf(context, "etaSlips"));
        List<?> contributors = (List<?>) context.get("contributors");
        assertFalse(contributors.isEmpty());
        for (Object contributor : contributors) {
            assertTrue(contributor.toString(), ((String) ((Map<?, ?>) contributor).get("href")).startsWith(BASE + "/browse/OPS-"));
        }
        assertEquals("Assessed on Mon 2 Mar.", context.get("assessedOn"));
    }

    @Test
    public void theChartLink_isThereOnlyForAHostThatServesTheChart() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.technician("anna", "OPS-9"));

        assertEquals(false, panel.context(issue("OPS-9"), Locale.ENGLISH, BASE).get("hasChart"));
        Map<String, Object> withChart = panel.withChartLink().context(issue("OPS-9"), Locale.ENGLISH, BASE);
        assertEquals(true, withChart.get("hasChart"));
        assertEquals(BASE + "/plugins/servlet/promisedesk/chart/OPS-9", withChart.get("chartHref"));
        assertEquals(BASE + "/plugins/servlet/promisedesk/eta/OPS-9", withChart.get("etaHref"));
    }

    @Test
    public void technicianOnAnUncommittedIssueOfATeam_seesTheTeamsLoadInTheirLanguage() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.technician("anna", "OPS-3"));

        Map<String, Object> context = panel.context(issue("OPS-3"), Locale.forLanguageTag("nl"), BASE);

        assertEquals(true, context.get("uncommitted"));
        assertTrue((String) context.get("heading"), ((String) context.get("heading")).startsWith("Werklast van "));
    }

    @Test
    public void adminOnAnIssueOfNoTeam_getsTheOneLineHint() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.technician("root").asAdministrator());

        Map<String, Object> context = panel.context(issue("HR-1"), Locale.ENGLISH, BASE);

        assertTrue(panel.isShownOn(issue("HR-1")));
        assertEquals(true, context.get("visible"));
        assertEquals(true, context.get("noTeam"));
        assertTrue((String) context.get("hint"), ((String) context.get("hint")).startsWith("No Promise Desk team"));
    }

    @Test
    public void contributorsAndCounts_leaveOutTheIssuesTheReaderMayNotBrowse() {
        Map<String, Object> all = panelFor(FakeAccess.technician("anna", "OPS-9").browses("OPS-7", "OPS-12"))
                .context(issue("OPS-9"), Locale.ENGLISH, BASE);
        Map<String, Object> some = panelFor(FakeAccess.technician("anna", "OPS-9"))
                .context(issue("OPS-9"), Locale.ENGLISH, BASE);

        assertEquals(List.of("OPS-7", "OPS-9"), keys(all));
        assertEquals("1", valueOf(all, "otherAtRisk"));
        assertEquals(List.of("OPS-9"), keys(some));
        assertEquals("0", valueOf(some, "otherAtRisk"));
        assertFalse(some.toString().contains("OPS-7"));
        assertFalse(some.toString().contains("OPS-12"));
        // The load is the whole team's: OPS-7's work still counts, it is only not named.
        assertEquals(valueOf(all, "workDue"), valueOf(some, "workDue"));
        assertEquals(valueOf(all, "load"), valueOf(some, "load"));
    }

    @Test
    public void unestimatedIssuesDue_countOnlyTheOnesTheReaderMayBrowse() {
        world.work.put(anIssue("OPS-14").committedTo("2026-03-05").build());

        Map<String, Object> all = panelFor(FakeAccess.technician("anna", "OPS-9", "OPS-14"))
                .context(issue("OPS-9"), Locale.ENGLISH, BASE);
        Map<String, Object> some = panelFor(FakeAccess.technician("anna", "OPS-9"))
                .context(issue("OPS-9"), Locale.ENGLISH, BASE);

        assertEquals("2, each counted as 8 h", valueOf(all, "unestimated"));
        assertEquals("1, counted as 8 h", valueOf(some, "unestimated"));
    }

    @Test
    public void theBusiestDateOfAnUncommittedIssuesTeam_isOneOfACommitmentTheReaderMayBrowse() {
        Map<String, Object> all = panelFor(FakeAccess.technician("anna", "OPS-3").browses("OPS-7", "OPS-9", "OPS-12"))
                .context(issue("OPS-3"), Locale.ENGLISH, BASE);
        Map<String, Object> some = panelFor(FakeAccess.technician("anna", "OPS-3").browses("OPS-12"))
                .context(issue("OPS-3"), Locale.ENGLISH, BASE);

        assertTrue(valueOf(all, "peak"), valueOf(all, "peak").startsWith("Fri 6 Mar"));
        assertTrue(valueOf(some, "peak"), valueOf(some, "peak").startsWith("Fri 20 Mar"));
    }

    private static List<String> keys(Map<String, Object> context) {
        return ((List<?>) context.get("contributors")).stream().map(entry -> (String) ((Map<?, ?>) entry).get("key"))
                .toList();
    }

    @Test
    public void adminWhoMayNotEdit_stillSeesTheTeamsPanel() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.named("root").browses("OPS-9").asAdministrator());

        assertEquals(true, panel.context(issue("OPS-9"), Locale.ENGLISH, BASE).get("committed"));
    }

    @Test
    public void technicianOnAnIssueOfNoTeam_seesNothing() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.technician("anna", "HR-1"));

        assertFalse(panel.isShownOn(issue("HR-1")));
        assertNothingShown(panel.context(issue("HR-1"), Locale.ENGLISH, BASE));
    }

    @Test
    public void salespersonWhoMayNotEditTheIssue_seesNoPanel() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.technician("sam").asSales());

        assertFalse(panel.isShownOn(issue("OPS-9")));
        assertNothingShown(panel.context(issue("OPS-9"), Locale.ENGLISH, BASE));
    }

    @Test
    public void anonymousViewer_seesNoPanel() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.anonymous());

        assertFalse(panel.isShownOn(issue("OPS-9")));
        assertNothingShown(panel.context(issue("OPS-9"), Locale.ENGLISH, BASE));
    }

    @Test
    public void noIssue_showsNothingEvenToAnAdmin() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.technician("root").asAdministrator());

        assertFalse(panel.isShownOn(Optional.empty()));
        assertNothingShown(panel.context(Optional.empty(), Locale.ENGLISH, BASE));
    }

    @Test
    public void aCommittedIssueOfATeamRemovedMeanwhile_showsNoTeam() {
        ShowOvercommitPanel panel = panelFor(FakeAccess.technician("anna", "NET-1"));
        world.directory.remove(WorkloadWorld.NETWORK);

        assertNothingShown(panel.context(issue("NET-1"), Locale.ENGLISH, BASE));
    }

    private static void assertNothingShown(Map<String, Object> context) {
        assertEquals(false, context.get("visible"));
        assertEquals(false, context.get("committed"));
        assertEquals(false, context.get("uncommitted"));
    }

    private static String valueOf(Map<String, Object> context, String row) {
        return ((List<?>) context.get("numbers")).stream().map(each -> (Map<?, ?>) each)
                .filter(each -> row.equals(each.get("name"))).map(each -> (String) each.get("value"))
                .findFirst().orElseThrow();
    }
}
