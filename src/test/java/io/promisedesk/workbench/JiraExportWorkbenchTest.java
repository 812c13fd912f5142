package io.promisedesk.workbench;

import org.jsoup.nodes.Document;
import org.junit.ClassRule;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** {@code --jira-export} serves the shipped sample export: its two projects as two default teams. */
public class JiraExportWorkbenchTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--jira-export",
            "docs/examples/jira/jira-export-sample.json", "--commitment-field", "customfield_10100",
            "--eta-field", "customfield_10101", "--customer-field", "customfield_10102",
            "--team", "OPS=platform", "--team", "NET=network", "--port", "0");

    @Test
    public void index_showsTheMappedTeams() throws Exception {
        Document page = WORKBENCH.page("/");

        assertEquals("platform network", page.select("tr[data-team] td:first-child").eachText().stream()
                .reduce((a, b) -> a + " " + b).orElse(""));
    }

    @Test
    public void today_isTheNewestUpdate() {
        assertTrue(WORKBENCH.printed(), WORKBENCH.printed().contains("today 2026-03-02, 2 teams, 15 issues"));
    }

    @Test
    public void issuePage_showsTheCustomerOptionsValue_andTheRemainingHours() throws Exception {
        String page = WORKBENCH.page("/browse/OPS-101?role=technician").text();

        assertTrue(page, page.contains("Acme"));
        assertTrue(page, page.contains("16 h"));
    }
}
