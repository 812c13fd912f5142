package io.promisedesk.workbench;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The workbench on the demo data, read over HTTP as a person's browser would. */
public class DemoWorkbenchTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @Test
    public void start_printsTheUrlOnLoopback() {
        assertTrue(WORKBENCH.printed(), WORKBENCH.printed().startsWith(
                "Promise Desk workbench: http://127.0.0.1:" + WORKBENCH.server().uri().getPort() + "/"));
    }

    @Test
    public void index_listsTheThreeTeams_withFieldOperationsOvercommitted() throws Exception {
        Document index = WORKBENCH.page("/");

        List<String> teams = index.select("table.workbench-teams tbody tr").eachAttr("data-team");
        Element fieldOps = index.selectFirst("tr[data-team=field-ops] td.promisedesk-level");

        assertEquals(List.of("field-ops", "network", "service-desk"), teams);
        assertEquals("Overcommitted", fieldOps.text());
        assertTrue(fieldOps.hasClass("promisedesk-level--overcommitted"));
        assertEquals("promisedesk-level promisedesk-level--ok",
                index.selectFirst("tr[data-team=service-desk] td.promisedesk-level").className());
    }

    @Test
    public void index_linksEachCommittedIssueToItsPage() throws Exception {
        Document index = WORKBENCH.page("/");

        Element firstOfFieldOps = index.selectFirst("#team-field-ops table.workbench-commitments tbody tr a");

        assertNotNull(firstOfFieldOps);
        assertEquals("/browse/" + firstOfFieldOps.text(), firstOfFieldOps.attr("href"));
    }

    @Test
    public void overcommittedIssue_showsThePanelToATechnician_andNothingToRoleNone() throws Exception {
        String key = WORKBENCH.page("/").selectFirst("#team-field-ops td.promisedesk-level--overcommitted")
                .parent().selectFirst("a").text();

        Document technician = WORKBENCH.page("/browse/" + key + "?role=technician");
        Document none = WORKBENCH.page("/browse/" + key + "?role=none");

        Element level = technician.selectFirst("#promisedesk-overcommit-panel .promisedesk-level");
        assertTrue(level.hasClass("promisedesk-level--overcommitted"));
        assertEquals("Overcommitted", level.selectFirst(".promisedesk-level__name").text());
        assertEquals(key, technician.selectFirst(".workbench-issue-key").text());
        assertNull(none.selectFirst(".promisedesk-overcommit"));
        assertNotNull(none.selectFirst(".workbench-field--status"));
    }

    @Test
    public void unknownIssue_isNotFound() throws Exception {
        HttpResponse<String> unknown = WORKBENCH.get("/browse/NOPE-1");
        HttpResponse<String> notAKey = WORKBENCH.get("/browse/%3Cscript%3E");

        assertEquals(404, unknown.statusCode());
        assertEquals(404, notAKey.statusCode());
        assertTrue(notAKey.body(), notAKey.body().contains("<code>/browse/&lt;script&gt;</code>"));
    }
}
