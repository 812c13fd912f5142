package io.promisedesk.jira.digest;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;

/** JiraIssueSummaries reads an issue's summary from Jira's issue manager by its key; a missing issue has none. */
public class JiraIssueSummariesTest {
    private final Map<String, String> summaries = new HashMap<>();
    private final List<String> looked = new ArrayList<>();
    private final JiraIssueSummaries issues = new JiraIssueSummaries(fake(IssueManager.class,
            Map.of("getIssueObject", arguments -> {
                String key = (String) arguments[0];
                looked.add(key);
                return summaries.containsKey(key)
                        ? fake(MutableIssue.class, Map.of("getSummary", returns(summaries.get(key)))) : null;
            })));

    @Test
    public void anIssuesSummary_isReadByItsKey_asTyped() {
        summaries.put("NET-101", "Fibre & <copper> for the Delft office");

        assertEquals(Optional.of("Fibre & <copper> for the Delft office"), issues.summaryOf(IssueKey.parse("NET-101")));
        assertEquals(List.of("NET-101"), looked);
    }

    @Test
    public void anIssueDeletedMeanwhile_hasNoSummary() {
        assertEquals(Optional.empty(), issues.summaryOf(IssueKey.parse("NET-404")));
    }

    @Test
    public void anIssueWithoutSummaryOrABlankOne_hasNone() {
        summaries.put("NET-1", null);
        summaries.put("NET-2", "  ");

        assertEquals(Optional.empty(), issues.summaryOf(IssueKey.parse("NET-1")));
        assertEquals(Optional.empty(), issues.summaryOf(IssueKey.parse("NET-2")));
    }

    @Test
    public void noKey_isNotLookedUp() {
        assertEquals(Optional.empty(), issues.summaryOf(null));
        assertEquals(List.of(), looked);
    }
}
