package io.promisedesk.workbench;

import io.promisedesk.digest.DigestRun;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.UpdateEtaCommand;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The workbench's digests tell a role only of the issues its pages let it browse: a project hidden from all but admins
 * is left out of the salesperson's preview and mails, as Jira's Browse Projects leaves it out of the plugin's.
 */
public class WorkbenchDigestsTest {
    private static final IssueKey NET_101 = IssueKey.parse("NET-101");

    private final WorkbenchWorld world = world();
    private final WorkbenchAccess everything = new WorkbenchAccess(world, issue -> false);
    private final WorkbenchAccess netHidden = new WorkbenchAccess(world, issue -> issue.project().equals("NET"));

    @Test
    public void aRoleByItsLabel_mayBrowseWhatItsPagesShow_andAnAdminAlsoTheHiddenIssues() {
        assertTrue(netHidden.canBrowse(Role.SALESPERSON.label(), IssueKey.parse("FO-101")));
        assertFalse(netHidden.canBrowse(Role.SALESPERSON.label(), NET_101));
        assertTrue(netHidden.canBrowse(Role.ADMIN.label(), NET_101));
        assertTrue(everything.canBrowse(Role.SALESPERSON.label(), NET_101));
    }

    @Test
    public void aNameThatIsNoRole_orAnIssueTheWorldLacks_mayNotBeBrowsed() {
        assertFalse(everything.canBrowse("mallory", NET_101));
        assertFalse(everything.canBrowse(Role.ADMIN.label(), IssueKey.parse("NET-99999")));
    }

    @Test
    public void aSlipOnAHiddenIssue_isLeftOutOfTheSalespersonsPreviewAndMails() {
        slip(NET_101);

        assertEquals(List.of(), issuesIn(netHidden));
        List<DigestRun> runs = world.digests().sendNow(netHidden);
        assertEquals(0, runs.stream().mapToInt(DigestRun::sent).sum());
        assertEquals(List.of(), world.digests().outbox());
    }

    @Test
    public void aSlipOnAnIssueTheSalespersonMayBrowse_isInTheirPreviewAndMail() {
        slip(NET_101);

        assertEquals(List.of(NET_101), issuesIn(everything));
        world.digests().sendNow(everything);
        assertEquals(1, world.digests().outbox().size());
        assertTrue(world.digests().outbox().get(0).text().contains("NET-101"));
    }

    private List<IssueKey> issuesIn(WorkbenchAccess access) {
        return world.digests().preview(access).preview(Role.SALESPERSON.label()).digest().entries().stream()
                .map(entry -> entry.change().issue()).distinct().toList();
    }

    private void slip(IssueKey issue) {
        Optional<LocalDate> eta = world.issue(issue).flatMap(WorkItem::eta);
        EtaUpdateOutcome outcome = world.updateEta(new UpdateEtaCommand(world.teamOf(issue).orElseThrow(), issue,
                Role.TECHNICIAN.label(), eta, eta.orElseThrow().plusDays(7), Optional.of("The antennas arrive late")));
        assertTrue(outcome.toString(), outcome instanceof EtaUpdateOutcome.Accepted);
    }

    private static WorkbenchWorld world() {
        try {
            return WorkbenchWorld.of(ScenarioReader.read(Files.readString(Path.of("docs", "examples", "demo.json"))));
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
