package io.promisedesk.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static io.promisedesk.jira.search.SearchFakes.COMMITMENT_FIELD;
import static io.promisedesk.jira.search.SearchFakes.COMMITMENT_TYPE;
import static io.promisedesk.jira.search.SearchFakes.ETA_FIELD;
import static io.promisedesk.jira.search.SearchFakes.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** A team's work is one search of its scope, read page by page, each issue translated once. */
public class JiraWorkItemSourceTest {
    private static final TeamKey PLATFORM = new TeamKey("platform");

    private final InMemoryTeamSettingsStore teams = new InMemoryTeamSettingsStore();
    private final Search search = new Search();
    private final CustomFieldManager fields = fake(CustomFieldManager.class, Map.of("getCustomFieldObjects",
            returns(List.of(SearchFakes.field("customfield_10000", null), COMMITMENT_FIELD, ETA_FIELD))));
    /** Jira's issues by key, as the issue manager finds them (a moved issue also under its old key). */
    private final Map<String, MutableIssue> byKey = new HashMap<>();
    private final List<String> lookedUp = new ArrayList<>();
    private final IssueManager issueManager = fake(IssueManager.class, Map.of("getIssueObject", arguments -> {
        lookedUp.add((String) arguments[0]);
        return byKey.get((String) arguments[0]);
    }));
    private final JiraWorkItemSource source = new JiraWorkItemSource(teams, search.jira(), fields, issueManager);

    @Test
    public void oneIssue_isReadByKeyFromTheIssueManager_withoutSearching_forATeamWithoutAFilter() {
        platform(Set.of("OPS"), Optional.empty());
        byKey.put("OPS-7", issue("OPS-7", "In Progress", "indeterminate").estimateSeconds(7200)
                .value(COMMITMENT_FIELD, COMMITMENT_TYPE.getSingularObjectFromString("2026-03-20\nACME\n")).mutable());

        WorkItem item = source.workItemOf(PLATFORM, IssueKey.parse("OPS-7")).orElseThrow();

        assertEquals(IssueKey.parse("OPS-7"), item.key());
        assertEquals(LocalDate.parse("2026-03-20"), item.commitment().orElseThrow().date());
        assertEquals(List.of("OPS-7"), lookedUp);
        assertEquals(List.of(), search.parsed);
    }

    @Test
    public void oneIssue_isTheTeamsOnlyWhenItsFilterFindsIt_askedOfTheIndexForThatKey() {
        platform(Set.of("OPS"), Optional.of("component = Platform"));
        byKey.put("OPS-7", issue("OPS-7", "Open", "new").mutable());
        IssueKey key = IssueKey.parse("OPS-7");

        assertEquals(Optional.empty(), source.workItemOf(PLATFORM, key));
        search.issues.add(issue("OPS-7", "Open", "new").jira());
        assertTrue(source.workItemOf(PLATFORM, key).isPresent());
        assertEquals("issuekey = \"OPS-7\" AND (component = Platform)", search.parsed.get(0));
    }

    @Test
    public void oneIssue_thatIsDone_deleted_movedAway_orOfAnotherProject_isNotTheTeams() {
        platform(Set.of("OPS"), Optional.empty());
        byKey.put("OPS-1", issue("OPS-1", "Closed", "done").mutable());
        byKey.put("OPS-2", issue("NET-9", "Open", "new").mutable());

        assertEquals("done", Optional.empty(), source.workItemOf(PLATFORM, IssueKey.parse("OPS-1")));
        assertEquals("moved away, found under its new key", Optional.empty(),
                source.workItemOf(PLATFORM, IssueKey.parse("OPS-2")));
        assertEquals("deleted", Optional.empty(), source.workItemOf(PLATFORM, IssueKey.parse("OPS-3")));
        assertEquals("another project: not even looked up", Optional.empty(),
                source.workItemOf(PLATFORM, IssueKey.parse("NET-1")));
        assertEquals("an unknown team", Optional.empty(),
                source.workItemOf(new TeamKey("nobody"), IssueKey.parse("OPS-1")));
        assertEquals(List.of("OPS-1", "OPS-2", "OPS-3"), lookedUp);
    }

    @Test
    public void oneIssue_ofATeamWhoseFilterNoLongerParses_failsThePatch() {
        platform(Set.of("OPS"), Optional.of("component = ((("));
        byKey.put("OPS-7", issue("OPS-7", "Open", "new").mutable());
        search.valid = false;

        assertThrows(IllegalStateException.class, () -> source.workItemOf(PLATFORM, IssueKey.parse("OPS-7")));
    }

    @Test
    public void aTeamsWork_isItsOneSearch_withEveryoneSeeingAlike() throws Exception {
        platform(Set.of("OPS"), Optional.of("component = Platform"));
        search.issues.add(issue("OPS-1", "Open", "new")
                .value(COMMITMENT_FIELD, COMMITMENT_TYPE.getSingularObjectFromString("2026-03-20\nACME\n")).jira());

        List<WorkItem> work = source.workOf(PLATFORM);

        assertEquals(List.of("project in (\"OPS\") AND (component = Platform) AND statusCategory != Done ORDER BY key ASC"),
                search.parsed);
        assertEquals(1, work.size());
        assertEquals(LocalDate.parse("2026-03-20"), work.get(0).commitment().orElseThrow().date());
        assertNull("parsed and searched as nobody in particular, past issue security", search.searcher);
    }

    @Test
    public void aLargeQueue_isReadInPages_untilAShortPage() {
        platform(Set.of("OPS"), Optional.empty());
        int count = JiraWorkItemSource.PAGE_SIZE * 2 + 7;
        for (int number = 1; number <= count; number++) {
            search.issues.add(issue("OPS-" + number, "Open", "new").jira());
        }

        List<WorkItem> work = source.workOf(PLATFORM);

        assertEquals(count, work.size());
        assertEquals(List.of(0, JiraWorkItemSource.PAGE_SIZE, JiraWorkItemSource.PAGE_SIZE * 2), search.starts);
        assertEquals(IssueKey.parse("OPS-" + count), work.get(count - 1).key());
    }

    @Test
    public void aQueueOfExactlyOnePage_takesOneMoreEmptySearch() {
        platform(Set.of("OPS"), Optional.empty());
        for (int number = 1; number <= JiraWorkItemSource.PAGE_SIZE; number++) {
            search.issues.add(issue("OPS-" + number, "Open", "new").jira());
        }

        assertEquals(JiraWorkItemSource.PAGE_SIZE, source.workOf(PLATFORM).size());
        assertEquals(List.of(0, JiraWorkItemSource.PAGE_SIZE), search.starts);
    }

    @Test
    public void anIssueSeenOnTwoPages_isKeptOnce() {
        platform(Set.of("OPS"), Optional.empty());
        for (int number = 1; number <= JiraWorkItemSource.PAGE_SIZE; number++) {
            search.issues.add(issue("OPS-" + number, "Open", "new").jira());
        }
        // A new issue sorted before the second page's start shifts the last of page one onto page two.
        search.shiftAfterFirstPage = issue("OPS-" + JiraWorkItemSource.PAGE_SIZE, "Open", "new").jira();

        List<WorkItem> work = source.workOf(PLATFORM);

        assertEquals(JiraWorkItemSource.PAGE_SIZE, work.size());
    }

    @Test
    public void anUnknownTeam_orATeamWithoutProjects_hasNoWork_andNothingIsSearched() {
        assertEquals(List.of(), source.workOf(PLATFORM));

        platform(Set.of(), Optional.empty());

        assertEquals(List.of(), source.workOf(PLATFORM));
        assertEquals(List.of(), search.parsed);
    }

    @Test
    public void aFilterThatNoLongerParses_failsTheComputation() {
        platform(Set.of("OPS"), Optional.of("compnent == x"));
        search.valid = false;

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> source.workOf(PLATFORM));

        assertTrue(failure.getMessage(), failure.getMessage().contains("team platform"));
    }

    @Test
    public void aFailedSearch_failsTheComputation() {
        platform(Set.of("OPS"), Optional.empty());
        search.failure = new SearchException("index unavailable");

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> source.workOf(PLATFORM));

        assertTrue(failure.getMessage(), failure.getMessage().contains("index unavailable"));
    }

    @Test
    public void withoutOurFieldsInJira_issuesHaveNoCommitment() {
        JiraWorkItemSource withoutFields = new JiraWorkItemSource(teams, search.jira(),
                fake(CustomFieldManager.class, Map.of("getCustomFieldObjects", returns(List.of()))), issueManager);
        platform(Set.of("OPS"), Optional.empty());
        search.issues.add(issue("OPS-1", "Open", "new").jira());

        assertEquals(Optional.empty(), withoutFields.workOf(PLATFORM).get(0).commitment());
    }

    private void platform(Set<String> projects, Optional<String> jql) {
        teams.find(PLATFORM).ifPresent(stored -> teams.delete(PLATFORM, stored.version()));
        teams.create(new TeamSettings(aTeam().key("platform").withMember("anna", 40).build(),
                new TeamScope(Optional.empty(), projects, jql)));
    }

    /** Throws a checked exception where a function may not declare it: Jira's search declares it. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E thrown(Throwable failure) throws E {
        throw (E) failure;
    }

    /** Jira's search over a list of issues, answering pages as the pager asks. */
    private static final class Search {
        final List<Issue> issues = new ArrayList<>();
        final List<String> parsed = new ArrayList<>();
        final List<Integer> starts = new ArrayList<>();
        final Query query = fake(Query.class, Map.of());
        Object searcher = "not asked";
        boolean valid = true;
        SearchException failure;
        Issue shiftAfterFirstPage;

        SearchService jira() {
            return fake(SearchService.class, Map.of(
                    "parseQuery", arguments -> {
                        searcher = arguments[0];
                        parsed.add((String) arguments[1]);
                        return new SearchService.ParseResult(valid ? query : null, null);
                    },
                    "searchOverrideSecurity", arguments -> {
                        if (failure != null) {
                            throw JiraWorkItemSourceTest.<RuntimeException>thrown(failure);
                        }
                        if (arguments[1] != query || arguments[0] != null) {
                            throw new AssertionError("searched another query or as someone");
                        }
                        PagerFilter<?> pager = (PagerFilter<?>) arguments[2];
                        starts.add(pager.getStart());
                        if (pager.getStart() > 0 && shiftAfterFirstPage != null) {
                            issues.add(pager.getStart(), shiftAfterFirstPage);
                            shiftAfterFirstPage = null;
                        }
                        int end = Math.min(issues.size(), pager.getStart() + pager.getMax());
                        return new SearchResults<>(List.copyOf(issues.subList(Math.min(pager.getStart(), end), end)),
                                issues.size(), pager.getMax(), pager.getStart());
                    }));
        }
    }
}
