package io.promisedesk.workbench;

import org.jsoup.nodes.Document;
import org.junit.ClassRule;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** {@code --scenario} serves another scenario: the contract's worked example, with its documented verdict. */
public class ContractScenarioWorkbenchTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH =
            new RunningWorkbench("--scenario", "docs/examples/contract-example.json", "--port", "0");

    @Test
    public void ops7_isOvercommittedWith88HoursDue() throws Exception {
        Document page = WORKBENCH.page("/browse/OPS-7?role=technician");

        assertTrue(page.selectFirst(".promisedesk-level").hasClass("promisedesk-level--overcommitted"));
        assertEquals("88 h", page.selectFirst("dd.promisedesk-fact--workDue").text());
    }
}
