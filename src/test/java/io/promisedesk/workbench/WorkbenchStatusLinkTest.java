package io.promisedesk.workbench;

import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.jira.servlet.StatusLinkRequests;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.statuslink.CreatedStatusLink;
import io.promisedesk.statuslink.StatusLinkPolicy;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.work.IssueKey;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;

/**
 * A status link opened over HTTP in the workbench by a visitor with no role and no session: the plugin's own servlet
 * shows the issue's ETA-only page with the protective headers, and after a revocation the neutral page.
 */
public class WorkbenchStatusLinkTest {
    private static WorkbenchServer server;
    private static WorkbenchWorld world;

    @BeforeClass
    public static void start() throws Exception {
        world = WorkbenchWorld.of(ScenarioReader.read(Files.readString(Path.of("docs", "examples", "demo.json"))));
        server = WorkbenchServer.start(world, 0);
    }

    @AfterClass
    public static void stop() throws Exception {
        server.close();
    }

    private static Connection.Response visit(String path) throws Exception {
        return Jsoup.connect(server.uri().resolve(path).toString()).ignoreHttpErrors(true).execute();
    }

    @Test
    public void aVisitor_opensALink_seesTheEtaOnlyPage_andAfterRevocationTheNeutralPage() throws Exception {
        IssueKey issue = world.verdicts().get(0).item().key();
        FakeAccess salesperson = FakeAccess.named(Role.SALESPERSON.label()).asSales().browses(issue.toString());
        StatusLinks links = server.statusLinks();
        CreatedStatusLink created = links.create(salesperson, new StatusLinkScope.OneIssue(issue), 30, false).orElseThrow();
        String path = StatusLinkRequests.PATH + created.token().text();

        Connection.Response shown = visit(path);

        assertEquals(200, shown.statusCode());
        assertEquals("Status of " + issue, Jsoup.parse(shown.body()).title());
        StatusLinkRequests.HEADERS.forEach((name, value) -> assertEquals(name, value, shown.header(name)));

        links.revoke(salesperson, created.link().hash());
        Connection.Response revoked = visit(path);
        Connection.Response madeUp = visit(StatusLinkRequests.PATH + "made-up");

        assertEquals(404, revoked.statusCode());
        assertEquals("Link not available", Jsoup.parse(revoked.body()).title());
        assertEquals(madeUp.body(), revoked.body());
        assertEquals("no-store", revoked.header("Cache-Control"));
    }

    /** The workbench's policies switch links off and on again as Jira's do, from the next request on. */
    @Test
    public void theAdministratorsSwitch_closesALinkOnTheNextVisit_andOpeningItAgainReopensIt() throws Exception {
        IssueKey issue = world.verdicts().get(0).item().key();
        FakeAccess salesperson = FakeAccess.named(Role.SALESPERSON.label()).asSales().browses(issue.toString());
        String path = StatusLinkRequests.PATH + server.statusLinks().create(salesperson,
                new StatusLinkScope.OneIssue(issue), 30, false).orElseThrow().token().text();
        GlobalSettingsStore global = world.settings().global();
        Versioned<GlobalSettings> open = global.load();
        GlobalSettings closed = new GlobalSettings(open.value().phrases(), open.value().salesGroups(),
                open.value().snapshotWaitBound(), new StatusLinkPolicy(false, 90), open.value().allowedEmailDomains());
        assertEquals(200, visit(path).statusCode());

        global.save(closed, open.version());
        Connection.Response switchedOff = visit(path);
        Versioned<GlobalSettings> current = global.load();
        global.save(open.value(), current.version());

        assertEquals(404, switchedOff.statusCode());
        assertEquals(visit(StatusLinkRequests.PATH + "made-up").body(), switchedOff.body());
        assertEquals(200, visit(path).statusCode());
    }
}
