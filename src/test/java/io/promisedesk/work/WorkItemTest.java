package io.promisedesk.work;

import io.promisedesk.common.Hours;
import org.junit.Test;

import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class WorkItemTest {

    private static final Hours DEFAULT_ESTIMATE = Hours.of(8);

    @Test
    public void unestimatedIssue_countsTheDefaultEstimate() {
        WorkItem item = anIssue("OPS-1").committedTo("2026-03-06").build();

        Hours remaining = item.remainingWork(DEFAULT_ESTIMATE);

        assertEquals(Hours.of(8), remaining);
        assertTrue(item.isUnestimated());
    }

    @Test
    public void estimatedIssue_countsItsEstimate() {
        WorkItem item = anIssue("OPS-1").remaining(3.5).build();

        Hours remaining = item.remainingWork(DEFAULT_ESTIMATE);

        assertEquals(Hours.of(3.5), remaining);
        assertFalse(item.isUnestimated());
    }

    @Test
    public void resolvedIssue_countsZeroAndIsNeitherUnestimatedNorCommitted() {
        WorkItem item = aResolvedIssue("OPS-1").remaining(40).committedTo("2026-03-06").build();

        Hours remaining = item.remainingWork(DEFAULT_ESTIMATE);

        assertEquals(Hours.ZERO, remaining);
        assertFalse(item.isUnestimated());
        assertFalse(item.isCommitted());
    }

    @Test
    public void unresolvedIssueWithoutCommitment_isNotCommitted() {
        WorkItem item = anIssue("OPS-1").remaining(40).build();

        boolean committed = item.isCommitted();

        assertFalse(committed);
    }
}
