package io.promisedesk.workbench;

import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Who sees what of the overcommit panel the workbench hosts (the plugin's {@code ShowOvercommitPanel} with the role's
 * access); every scenario issue has a team, so the no-team state is reached by deleting the team's settings.
 */
public class OvercommitPanelRoleTest {
    private final WorkbenchWorld world = world();
    private final OvercommitPanel panel = new OvercommitPanel(world, new WorkbenchAccess(world, issue -> false));

    @Test
    public void noTeam_showsTheHintToAnAdmin_andNothingToOthers() {
        IssueKey issue = committedIssue();
        world.removeTeam(world.teamOf(issue).map(Team::key).orElseThrow());

        String admin = panel.render(issue, Role.ADMIN);
        String technician = panel.render(issue, Role.TECHNICIAN);

        assertTrue(admin, admin.contains("promisedesk-overcommit--no-team"));
        assertEquals("", technician);
    }

    @Test
    public void onlyTechniciansAndAdmins_seeThePanel() {
        assertTrue(Role.TECHNICIAN.seesOvercommitPanel());
        assertTrue(Role.ADMIN.seesOvercommitPanel());
        assertFalse(Role.SALESPERSON.seesOvercommitPanel());
        assertFalse(Role.NONE.seesOvercommitPanel());
        IssueKey issue = committedIssue();
        assertFalse(panel.render(issue, Role.TECHNICIAN).isEmpty());
        assertFalse(panel.render(issue, Role.ADMIN).isEmpty());
        assertEquals("", panel.render(issue, Role.SALESPERSON));
        assertEquals("", panel.render(issue, Role.NONE));
    }

    @Test
    public void thoseWhoMayChangeTheEta_getTheLinkToItsForm_asInJira() {
        IssueKey committed = committedIssue();
        IssueKey uncommitted = world.issues().stream().filter(item -> item.commitment().isEmpty() && !item.isResolved())
                .map(WorkItem::key).findFirst().orElseThrow();

        for (Role role : new Role[] {Role.TECHNICIAN, Role.ADMIN}) {
            for (IssueKey issue : new IssueKey[] {committed, uncommitted}) {
                Document html = Jsoup.parse(panel.render(issue, role));
                assertNotNull(role + " " + issue, html.selectFirst(
                        "a.promisedesk-overcommit__eta-link[href=/plugins/servlet/promisedesk/eta/" + issue + "]"));
            }
        }
        assertTrue(Jsoup.parse(panel.render(committed, Role.TECHNICIAN)).selectFirst("a.promisedesk-overcommit__eta-link")
                .text().startsWith("Update the ETA or see its history ("));
        assertNull(Jsoup.parse(panel.render(committed, Role.SALESPERSON)).selectFirst("a"));
    }

    private IssueKey committedIssue() {
        return world.verdicts().get(0).item().key();
    }

    private static WorkbenchWorld world() {
        try {
            return WorkbenchWorld.of(ScenarioReader.read(Files.readString(Path.of("docs", "examples", "demo.json"))));
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
