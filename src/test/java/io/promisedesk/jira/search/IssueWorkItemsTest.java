package io.promisedesk.jira.search;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.Hours;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.promisedesk.jira.search.SearchFakes.COMMITMENT_FIELD;
import static io.promisedesk.jira.search.SearchFakes.COMMITMENT_TYPE;
import static io.promisedesk.jira.search.SearchFakes.ETA_FIELD;
import static io.promisedesk.jira.search.SearchFakes.ETA_TYPE;
import static io.promisedesk.jira.search.SearchFakes.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** A Jira issue becomes the engine's work item with exactly the values the engine reads. */
public class IssueWorkItemsTest {
    private final IssueWorkItems items = new IssueWorkItems(Optional.of(COMMITMENT_FIELD), Optional.of(ETA_FIELD));

    @Test
    public void everyValueTheEngineReads_isTranslated() throws Exception {
        WorkItem item = items.workItem(issue("OPS-12", "In Review", "indeterminate").priority("High").assignee("anna")
                .estimateSeconds(5400)
                .value(COMMITMENT_FIELD, COMMITMENT_TYPE.getSingularObjectFromString("2026-03-20\nACME\nby phone"))
                .value(ETA_FIELD, ETA_TYPE.getSingularObjectFromString("2026-03-18"))
                .jira());

        assertEquals(IssueKey.parse("OPS-12"), item.key());
        assertEquals("Summary of OPS-12", item.summary());
        assertEquals("In Review", item.status());
        assertEquals(StatusCategory.IN_PROGRESS, item.statusCategory());
        assertEquals(Optional.of("High"), item.priority());
        assertEquals(Optional.of("anna"), item.assignee());
        assertEquals(Optional.of(Hours.of(1.5)), item.estimate());
        assertEquals(Optional.of(Commitment.of(LocalDate.parse("2026-03-20"), "ACME")), item.commitment());
        assertEquals(Optional.of(LocalDate.parse("2026-03-18")), item.eta());
    }

    @Test
    public void unsetValues_areAbsent_andAnIssueWithoutAnEstimateIsUnestimated() {
        WorkItem item = items.workItem(issue("OPS-1", "Open", "new").jira());

        assertEquals(Optional.empty(), item.priority());
        assertEquals(Optional.empty(), item.assignee());
        assertEquals(Optional.empty(), item.commitment());
        assertEquals(Optional.empty(), item.eta());
        assertEquals(true, item.isUnestimated());
    }

    @Test
    public void anEstimateOfNothing_isEstimatedAtZero_andSecondsRoundToAThousandthOfAnHour() {
        assertEquals(Optional.of(Hours.ZERO), items.workItem(issue("OPS-1", "Open", "new").estimateSeconds(0).jira())
                .estimate());
        assertEquals(Optional.of(new Hours(1)), items.workItem(issue("OPS-1", "Open", "new").estimateSeconds(4).jira())
                .estimate());
    }

    @Test
    public void statusCategories_areJirasKeys_andAnUndefinedOrMissingOneIsNotStarted() {
        assertEquals(StatusCategory.DONE, items.workItem(issue("OPS-1", "Closed", "done").jira()).statusCategory());
        assertEquals(StatusCategory.NEW, items.workItem(issue("OPS-1", "Odd", "undefined").jira()).statusCategory());
        assertEquals(StatusCategory.NEW, items.workItem(issue("OPS-1", "Odd", null).jira()).statusCategory());
        assertEquals(StatusCategory.NEW, items.workItem(issue("OPS-1", null, null).jira()).statusCategory());
    }

    @Test
    public void valuesOfAnotherType_inOurFields_areIgnored() {
        WorkItem item = items.workItem(issue("OPS-1", "Open", "new")
                .value(COMMITMENT_FIELD, "not ours").value(ETA_FIELD, new java.util.Date(0)).jira());

        assertEquals(Optional.empty(), item.commitment());
        assertEquals(Optional.empty(), item.eta());
    }

    @Test
    public void withoutOurFields_noCommitmentOrEtaIsRead() {
        IssueWorkItems withoutFields = new IssueWorkItems(Optional.empty(), Optional.empty());

        assertEquals(Optional.empty(), withoutFields.workItem(issue("OPS-1", "Open", "new").jira()).commitment());
    }

    @Test
    public void aKeyNotOfTheFormProject123_isRefused() {
        assertThrows(RuntimeException.class, () -> items.workItem(issue("ops-1", "Open", "new").jira()));
    }
}
