package io.promisedesk.workbench;

import io.promisedesk.review.DeliveredCommitment;
import io.promisedesk.review.DeliveryRecord;
import io.promisedesk.scenario.Scenario;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.work.WorkItem;

import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The demo's invented delivery history: done committed issues only, the same every time, on time and late. */
public class DemoDeliveriesTest {
    private static final LocalDate TODAY = DemoScenario.TODAY;

    private static List<WorkItem> demoIssues() {
        Scenario demo = ScenarioReader.read(DemoScenario.json());
        List<WorkItem> issues = new ArrayList<>();
        demo.teams().forEach(team -> issues.addAll(demo.issuesOf(team.key())));
        return issues;
    }

    @Test
    public void onlyDoneIssuesWithACustomer_deliveredInTheLast120Days_theSameOnEveryCall() {
        List<WorkItem> issues = demoIssues();
        List<DeliveredCommitment> deliveries = DemoDeliveries.of(issues, TODAY);

        long doneWithCustomer = issues.stream().filter(issue -> issue.isResolved()
                && issue.commitment().flatMap(commitment -> commitment.customerIfKnown()).isPresent()).count();
        assertEquals(doneWithCustomer, deliveries.size());
        assertTrue(deliveries.size() > 40);
        assertEquals(deliveries, DemoDeliveries.of(demoIssues(), TODAY));
        for (DeliveredCommitment delivery : deliveries) {
            assertFalse(delivery.toString(), delivery.delivered().isAfter(TODAY));
            assertTrue(delivery.toString(), delivery.delivered().isAfter(TODAY.minusDays(DemoDeliveries.HISTORY_DAYS)));
        }
        DeliveryRecord record = DeliveryRecord.of(deliveries, TODAY);
        assertTrue(record.toString(), record.late() > 0 && record.onTime() > record.late());
        assertTrue("some lie before the 90-day window", record.delivered() < deliveries.size());
    }

    @Test
    public void openIssuesAndDoneOnesWithoutACustomer_deliverNothing() {
        List<WorkItem> issues = List.of(anIssue("X-1").committedTo("2026-03-20", "Acme").build(),
                aResolvedIssue("X-2").committedTo("2026-03-20", null).build(), aResolvedIssue("X-3").build());

        assertEquals(List.of(), DemoDeliveries.of(issues, TODAY));
    }
}
