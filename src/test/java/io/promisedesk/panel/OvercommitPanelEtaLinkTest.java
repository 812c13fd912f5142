package io.promisedesk.panel;

import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.CheckOvercommit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.Locale;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The panel's link to the issue's ETA form and history, rendered for each kind of viewer. */
public class OvercommitPanelEtaLinkTest {
    private static final String BASE = "https://jira.example.com/jira";
    private static final String LINK = "a.promisedesk-overcommit__eta-link";

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryEtaHistoryStore etaHistory = new InMemoryEtaHistoryStore();

    @Test
    public void technicianOnACommittedIssue_getsTheLinkToItsEtaFormWithTheSlipCount() {
        etaHistory.save(anEtaChange().on("OPS-9").at("2026-02-20T10:00:00Z").to("2026-03-04").build());
        etaHistory.save(anEtaChange().on("OPS-9").at("2026-02-25T10:00:00Z").from("2026-03-04").to("2026-03-09")
                .because("waiting for the vendor").build());

        Element link = render(FakeAccess.technician("anna", "OPS-9"), "OPS-9", Locale.ENGLISH).selectFirst(LINK);

        assertNotNull(link);
        assertEquals(BASE + "/plugins/servlet/promisedesk/eta/OPS-9", link.attr("href"));
        assertEquals("Update the ETA or see its history (1 slip)", link.text());
    }

    @Test
    public void slipCounts_readInTheViewersLanguage() {
        assertEquals("Update the ETA or see its history (no slips)",
                render(FakeAccess.technician("anna", "OPS-9"), "OPS-9", Locale.ENGLISH).selectFirst(LINK).text());
        assertEquals("ETA bijwerken of de geschiedenis bekijken (nooit later gezet)",
                render(FakeAccess.technician("anna", "OPS-9"), "OPS-9", Locale.forLanguageTag("nl")).selectFirst(LINK).text());
    }

    @Test
    public void technicianOnAnUncommittedIssueOfATeam_getsTheLinkToo() {
        Document panel = render(FakeAccess.technician("anna", "OPS-3"), "OPS-3", Locale.ENGLISH);

        assertFalse(panel.select("section.promisedesk-overcommit--uncommitted").isEmpty());
        Element link = panel.selectFirst(LINK);
        assertNotNull(link);
        assertEquals(BASE + "/plugins/servlet/promisedesk/eta/OPS-3", link.attr("href"));
        assertEquals("Update the ETA or see its history", link.text());
    }

    @Test
    public void adminWhoMayNotEditTheIssue_seesThePanelWithoutTheLink() {
        Document panel = render(FakeAccess.named("root").browses("OPS-9").asAdministrator(), "OPS-9", Locale.ENGLISH);

        assertFalse(panel.select("section.promisedesk-overcommit--committed").isEmpty());
        assertNull(panel.selectFirst(LINK));
    }

    @Test
    public void adminWhoMayEditTheIssue_getsTheLink() {
        assertNotNull(render(FakeAccess.technician("root", "OPS-9").asAdministrator(), "OPS-9", Locale.ENGLISH)
                .selectFirst(LINK));
    }

    @Test
    public void adminOnAnIssueOfNoTeam_getsTheHintAndNoLink() {
        Document panel = render(FakeAccess.technician("root", "HR-1").asAdministrator(), "HR-1", Locale.ENGLISH);

        assertTrue(panel.text(), panel.text().startsWith("No Promise Desk team"));
        assertNull(panel.selectFirst(LINK));
    }

    @Test
    public void viewersWithoutThePanel_getNoLink() {
        assertTrue(render(FakeAccess.technician("sam", "HR-1").asSales(), "OPS-9", Locale.ENGLISH).select("a").isEmpty());
        assertTrue(render(FakeAccess.anonymous(), "OPS-9", Locale.ENGLISH).select("a").isEmpty());
    }

    private Document render(FakeAccess viewer, String key, Locale locale) {
        ShowOvercommitPanel panel = new ShowOvercommitPanel(new CheckOvercommit(world.directory, world.snapshots),
                world.directory, etaHistory, viewer, world.clock);
        return Jsoup.parse(JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE,
                panel.context(Optional.of(IssueKey.parse(key)), locale, BASE)));
    }
}
