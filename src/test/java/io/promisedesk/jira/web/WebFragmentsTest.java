package io.promisedesk.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.panel.ShowOvercommitPanel;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.CheckOvercommit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Jira-facing context provider and conditions: what they read from Jira's context and what they hand on. */
public class WebFragmentsTest {
    private static final String BASE = "https://jira.example.com/jira";

    private final WorkloadWorld world = new WorkloadWorld();
    private final Authentication authentication = new Authentication();
    private final RequiredContexts pageBuilder = new RequiredContexts();
    private final ApplicationProperties application = fake(ApplicationProperties.class,
            Map.of("getBaseUrl", arguments -> arguments[0] == UrlMode.CANONICAL ? BASE : "wrong mode"));

    @Test
    public void theIssueIsReadFromTheContextDefensively() {
        assertEquals(Optional.of(IssueKey.parse("OPS-7")), IssueContext.issueKey(issueContext("OPS-7")));
        assertEquals(Optional.empty(), IssueContext.issueKey(null));
        assertEquals(Optional.empty(), IssueContext.issueKey(Map.of()));
        assertEquals("not an issue", Optional.empty(), IssueContext.issueKey(Map.of("issue", "OPS-7")));
        assertEquals(Optional.empty(), IssueContext.issueKey(issueContext(null)));
        assertEquals("a key not of the form PROJECT-123", Optional.empty(),
                IssueContext.issueKey(issueContext("<script>")));
    }

    @Test
    public void panelContext_isTheViewsPlainContextInTheUsersLanguageWithLinksUnderTheCanonicalBaseUrl() {
        authentication.locale = Locale.forLanguageTag("nl-NL");
        OvercommitPanelContextProvider provider = provider(FakeAccess.technician("anna", "OPS-9"));

        Map<String, Object> context = provider.getContextMap(issueContext("OPS-9"));

        assertEquals(true, context.get("committed"));
        assertTrue((String) context.get("heading"), ((String) context.get("heading")).startsWith("Werklast van "));
        context.put("i18n", "Jira's renderer may add its own entries");
        Document panel = Jsoup.parse(JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE, context));
        assertFalse(panel.select("a[href]").isEmpty());
        // Issues in Jira, and the plugin's own ETA form and workload chart of this very issue; nothing else.
        panel.select("a[href]").forEach(link -> assertTrue(link.attr("href"), link.attr("href").startsWith(BASE + "/browse/")
                || link.attr("href").equals(BASE + "/plugins/servlet/promisedesk/eta/OPS-9")
                || link.attr("href").equals(BASE + "/plugins/servlet/promisedesk/chart/OPS-9")));
        assertEquals(1, panel.select("a[href=" + BASE + "/plugins/servlet/promisedesk/eta/OPS-9]").size());
        assertEquals(1, panel.select("a.promisedesk-overcommit__chart-link[href=" + BASE
                + "/plugins/servlet/promisedesk/chart/OPS-9]").size());
    }

    @Test
    public void panelContext_withoutALanguage_isEnglish() {
        authentication.locale = null;

        Map<String, Object> context = provider(FakeAccess.technician("anna", "OPS-9")).getContextMap(issueContext("OPS-9"));

        assertTrue((String) context.get("heading"), ((String) context.get("heading")).startsWith("Workload of "));
    }

    @Test
    public void panelContext_withoutAnIssue_rendersNothing() {
        OvercommitPanelContextProvider provider = provider(FakeAccess.technician("root").asAdministrator());

        Map<String, Object> context = provider.getContextMap(new HashMap<>());

        assertEquals("", JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE, context).strip());
    }

    @Test
    public void panelContext_requiresTheStylesheetsContextOnce_whereverThePanelShows() {
        provider(FakeAccess.technician("anna", "OPS-9")).getContextMap(issueContext("OPS-9"));

        assertEquals(List.of("promisedesk"), pageBuilder.required());
    }

    @Test
    public void panelContext_requiresTheStylesheet_evenWhenThePanelHasNothingToSay() {
        provider(FakeAccess.anonymous()).getContextMap(new HashMap<>());

        assertEquals(List.of(StylesheetContext.NAME), pageBuilder.required());
    }

    @Test
    public void panelCondition_showsTechniciansTheirTeamsIssues_andAdminsEveryIssue() {
        assertTrue(condition(FakeAccess.technician("anna", "OPS-9")).shouldDisplay(issueContext("OPS-9")));
        assertFalse("no team", condition(FakeAccess.technician("anna", "HR-1")).shouldDisplay(issueContext("HR-1")));
        assertFalse("may not edit", condition(FakeAccess.technician("sam").asSales()).shouldDisplay(issueContext("OPS-9")));
        assertTrue("the hint", condition(FakeAccess.technician("root").asAdministrator()).shouldDisplay(issueContext("HR-1")));
        assertFalse("no issue", condition(FakeAccess.technician("root").asAdministrator()).shouldDisplay(Map.of()));
    }

    @Test
    public void salesCondition_showsTheSalesLinksToSalesAndAdmins_only() {
        Map<String, Object> anyContext = issueContext("OPS-9");

        assertTrue(new SalesCondition(FakeAccess.technician("sam").asSales()).shouldDisplay(anyContext));
        assertTrue(new SalesCondition(FakeAccess.technician("root").asAdministrator()).shouldDisplay(anyContext));
        assertTrue("sales and technician", new SalesCondition(FakeAccess.technician("tess", "OPS-9").asSales())
                .shouldDisplay(anyContext));
        assertFalse(new SalesCondition(FakeAccess.technician("anna", "OPS-9")).shouldDisplay(anyContext));
        assertFalse(new SalesCondition(FakeAccess.anonymous()).shouldDisplay(Map.of()));
    }

    @Test
    public void inboxCondition_showsTheInboxLinkToTheTeamsMembersAndAdmins_only() {
        Map<String, Object> anyContext = issueContext("OPS-9");

        assertTrue(new InboxCondition(FakeAccess.named("anna"), world.directory).shouldDisplay(anyContext));
        assertTrue(new InboxCondition(FakeAccess.named("carla"), world.directory).shouldDisplay(Map.of()));
        assertTrue(new InboxCondition(FakeAccess.named("root").asAdministrator(), world.directory).shouldDisplay(Map.of()));
        assertFalse(new InboxCondition(FakeAccess.named("sam").asSales(), world.directory).shouldDisplay(anyContext));
        assertFalse(new InboxCondition(FakeAccess.anonymous(), world.directory).shouldDisplay(Map.of()));
    }

    @Test
    public void initTakesNoParameters_andKeepsNothing() {
        SalesCondition condition = new SalesCondition(FakeAccess.anonymous());
        condition.init(Map.of("unexpected", "value"));
        assertFalse(condition.shouldDisplay(Map.of()));
        OvercommitPanelContextProvider provider = provider(FakeAccess.anonymous());
        provider.init(Map.of());
        assertEquals(List.of(false, false, false, true), List.of("visible", "committed", "uncommitted", "noTeam").stream()
                .map(provider.getContextMap(issueContext("OPS-9"))::get).toList());
    }

    private ShowOvercommitPanel panel(FakeAccess viewer) {
        return new ShowOvercommitPanel(new CheckOvercommit(world.directory, world.snapshots), world.directory,
                new InMemoryEtaHistoryStore(), viewer, world.clock);
    }

    private OvercommitPanelContextProvider provider(FakeAccess viewer) {
        return new OvercommitPanelContextProvider(panel(viewer), authentication.jira(), application,
                pageBuilder.pageBuilder());
    }

    private OvercommitPanelCondition condition(FakeAccess viewer) {
        return new OvercommitPanelCondition(panel(viewer));
    }

    /** What the issue view passes: the issue under "issue", beside other entries of Jira's own. */
    private static Map<String, Object> issueContext(String key) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", fake(Issue.class, Map.of("getId", returns(1L), "getKey", returns(key))));
        context.put("user", null);
        return context;
    }

    private static final class Authentication {
        Locale locale = Locale.ENGLISH;

        JiraAuthenticationContext jira() {
            return fake(JiraAuthenticationContext.class, Map.of("getLoggedInUser", returns(null),
                    "getLocale", arguments -> locale));
        }
    }
}
