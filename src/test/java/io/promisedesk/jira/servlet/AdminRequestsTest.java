package io.promisedesk.jira.servlet;

import io.promisedesk.admin.AdminLinks;
import io.promisedesk.admin.PreviewTeam;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.HealthFixture;
import io.promisedesk.health.Area;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.inbox.MedianWaits;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.InMemoryGlobalSettingsStore;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.SnapshotsOnSettingsChange;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamForms;
import io.promisedesk.team.TeamKey;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static io.promisedesk.jira.servlet.PageRendering.BASE_URL;
import static io.promisedesk.jira.servlet.PageRendering.TOKEN;
import static io.promisedesk.jira.servlet.PageRendering.get;
import static io.promisedesk.jira.servlet.PageRendering.post;
import static io.promisedesk.jira.servlet.PageRendering.postWithoutToken;
import static io.promisedesk.jira.servlet.PageRendering.render;
import static io.promisedesk.jira.servlet.PageRendering.status;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The admin pages as Jira's servlet serves them, on in-memory ports and the scenario's teams: who gets in, each page,
 * and each form's save, refusal and conflict, with the pages rendered as Jira renders them.
 */
public class AdminRequestsTest {
    private static final TeamKey PLATFORM = WorkloadWorld.PLATFORM;
    private static final String PLATFORM_PATH = AdminLinks.TEAM + PLATFORM.value();

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryTeamSettingsStore teams = new InMemoryTeamSettingsStore();
    private final InMemoryGlobalSettingsStore global = new InMemoryGlobalSettingsStore();
    private final SnapshotsOnSettingsChange changes = new SnapshotsOnSettingsChange(world.snapshots);
    private final ConfigureTeams configureTeams = new ConfigureTeams(teams, TeamForms.NAMES, changes);
    private final InMemoryEtaRequestStore etaRequests = new InMemoryEtaRequestStore();
    /** The health check's findings by area, as the tests set them; none by default. */
    private final HealthFixture health = new HealthFixture(world.clock);

    private AdminRequests pages(FakeAccess reader) {
        return new AdminRequests(reader, teams, configureTeams,
                new ConfigureGlobalSettings(global, TeamForms.NAMES, changes), world.snapshots,
                new PreviewTeam(world.snapshots, world.work),
                new MedianWaits(etaRequests, world.clock), health.checks());
    }

    private static FakeAccess admin() {
        return FakeAccess.named("ada").asAdministrator();
    }

    /** The platform team stored as the admin form would save it (the scenario's directory assesses it). */
    private void storePlatform() {
        configureTeams.create(TeamForms.with(TeamForm.KEY, PLATFORM.value()));
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage_forPagesAndPosts() {
        AdminRequests pages = pages(FakeAccess.anonymous());

        assertTrue(pages.refusal(get(AdminLinks.PATH, Map.of())).orElseThrow() instanceof PageAnswer.Login);
        assertTrue(pages.get(get(AdminLinks.PATH, Map.of())) instanceof PageAnswer.Login);
        assertTrue(pages.post(post(AdminLinks.NEW_TEAM, form(TeamForms.valid()))) instanceof PageAnswer.Login);
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void someoneWhoIsNotAJiraAdministrator_isRefused403_evenInTheSalesGroups() {
        AdminRequests pages = pages(FakeAccess.named("sam").asSales().edits("OPS-7"));

        PageAnswer list = pages.get(get(AdminLinks.PATH, Map.of()));
        PageAnswer created = pages.post(post(AdminLinks.NEW_TEAM, form(TeamForms.valid())));

        assertEquals(403, status(list));
        assertEquals(403, status(created));
        assertEquals(403, status(pages.refusal(get(AdminLinks.PHRASES, Map.of())).orElseThrow()));
        Document page = render(list);
        assertEquals("Not allowed", page.selectFirst("h1").text());
        assertEquals("The Promise Desk administration is for Jira administrators.",
                page.selectFirst(".promisedesk-message__text").text());
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void anAdministrator_isLetThrough() {
        assertTrue(pages(admin()).refusal(get(AdminLinks.PATH, Map.of())).isEmpty());
    }

    @Test
    public void theTeamList_showsEachTeamWithItsLoadNow() {
        storePlatform();

        PageAnswer answer = pages(admin()).get(get(AdminLinks.PATH, Map.of()));

        assertEquals(200, status(answer));
        Document page = render(answer);
        assertEquals("Teams", page.title());
        assertNotNull(page.selectFirst("section#promisedesk-admin-teams.promisedesk-page"));
        assertEquals("in Jira's administration frame", "atl.admin",
                page.selectFirst("head > meta[name=decorator]").attr("content"));
        assertEquals("Field operations", page.selectFirst("tr[data-team=platform] .promisedesk-admin-team__name").text());
        assertEquals("Overcommitted", page.selectFirst("tr[data-team=platform] .promisedesk-admin-team__level").text());
        assertEquals(BASE_URL + PLATFORM_PATH, page.selectFirst("tr[data-team=platform] a.promisedesk-admin-team__edit")
                .attr("href"));
        assertEquals(BASE_URL + AdminLinks.NEW_TEAM, page.selectFirst("a.promisedesk-admin__create").attr("href"));
    }

    @Test
    public void theTeamList_showsEachTeamsMedianWait_overTheLast30Days_orThatItAnsweredNone() {
        storePlatform();
        configureTeams.create(TeamForms.with(TeamForm.KEY, WorkloadWorld.NETWORK.value()));
        // The clock reads Mon 2 Mar 2026 08:00 UTC: waits of 1 h and 5 h, and one answered 31 days ago, not counted.
        for (EtaRequest request : List.of(
                anEtaRequest("OPS-1").askedAt("2026-02-27T09:00:00Z").answeredAt("2026-02-27T10:00:00Z").build(),
                anEtaRequest("OPS-2").askedAt("2026-02-27T09:00:00Z").answeredAt("2026-02-27T14:00:00Z").build(),
                anEtaRequest("OPS-3").askedAt("2026-01-20T09:00:00Z").answeredAt("2026-01-30T09:00:00Z").build(),
                anEtaRequest("NET-4").team(WorkloadWorld.NETWORK.value()).askedAt("2026-03-01T09:00:00Z").build())) {
            etaRequests.replace(Optional.empty(), request);
        }

        Document page = render(pages(admin().browses("OPS-1", "OPS-2", "OPS-3", "NET-4"))
                .get(get(AdminLinks.PATH, Map.of())));

        assertEquals("3 hours", page.selectFirst("tr[data-team=platform] .promisedesk-admin-team__wait").text());
        assertEquals("No answered requests",
                page.selectFirst("tr[data-team=network] .promisedesk-admin-team__wait").text());
        assertTrue(page.select("thead th").eachText().contains("Median wait (30 days)"));
    }

    @Test
    public void theNewTeamForm_carriesJirasTokenAndPostsToItself() {
        Document page = render(pages(admin()).get(get(AdminLinks.NEW_TEAM, Map.of())));

        assertEquals(BASE_URL + AdminLinks.NEW_TEAM, page.selectFirst("form.promisedesk-team-form").attr("action"));
        assertEquals(TOKEN, page.selectFirst("form input[name=atl_token]").val());
        assertFalse(page.selectFirst("input[name=key]").hasAttr("readonly"));
    }

    @Test
    public void aPostWithoutAValidToken_isRefused403_andNothingIsSaved() {
        PageAnswer answer = pages(admin()).post(postWithoutToken(AdminLinks.NEW_TEAM, form(TeamForms.valid())));

        assertEquals(403, status(answer));
        assertEquals("The form has expired", render(answer).selectFirst("h1").text());
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void aValidNewTeam_isSaved_andTheListSaysSo_andTheSnapshotsAreComputedAgain() {
        world.snapshots.current(PLATFORM);

        PageAnswer answer = pages(admin()).post(post(AdminLinks.NEW_TEAM, form(TeamForms.valid())));

        assertEquals(200, status(answer));
        assertEquals("Team Field operations saved.", render(answer).selectFirst(".promisedesk-admin__notice").text());
        assertEquals(1, teams.all().size());
        world.snapshots.current(PLATFORM);
        assertEquals(2, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void aWrongValue_isRefusedBesideItsField_withEverythingTypedKept_andNothingSaved() {
        TeamForm typed = TeamForms.with(TeamForm.WARN, "1.2");

        PageAnswer answer = pages(admin()).post(post(AdminLinks.NEW_TEAM, form(typed)));

        assertEquals(200, status(answer));
        Document page = render(answer);
        assertNotNull(page.selectFirst("#promisedesk-team-warn-error"));
        assertEquals("true", page.selectFirst("#promisedesk-team-warn").attr("aria-invalid"));
        assertEquals("1.2", page.selectFirst("#promisedesk-team-warn").val());
        assertEquals("Field operations", page.selectFirst("#promisedesk-team-name").val());
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void aHugeFocusFactor_isQuotedBesideItsFieldAsTyped() {
        TeamForm typed = TeamForms.with(TeamForm.FOCUS_FACTOR, "99999999999999999999");

        Document page = render(pages(admin()).post(post(AdminLinks.NEW_TEAM, form(typed))));

        assertEquals("The focus factor must be above 0 and at most 1, not 99999999999999999999.",
                page.selectFirst("#promisedesk-team-focusFactor-error").text());
        assertEquals("99999999999999999999", page.selectFirst("#promisedesk-team-focusFactor").val());
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void anUnknownGroupOrProject_isRefusedBesideItsField() {
        Document group = render(pages(admin()).post(post(AdminLinks.NEW_TEAM,
                form(TeamForms.with(TeamForm.MEMBER_GROUP, "no-such-group")))));
        Document project = render(pages(admin()).post(post(AdminLinks.NEW_TEAM,
                form(TeamForms.with(TeamForm.PROJECTS, "FO, MARS")))));

        assertNotNull(group.selectFirst("#promisedesk-team-memberGroup-error"));
        assertNotNull(project.selectFirst("#promisedesk-team-projects-error"));
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void everyUnsafeTeamName_isShownAsText_whenTheFormComesBack() {
        for (String payload : XssCorpus.payloads(255)) {
            TeamForm typed = TeamForms.with(TeamForm.NAME, payload);
            Map<String, List<String>> parameters = form(TeamForms.with(TeamForm.WARN, "2"));
            parameters.put(TeamForm.NAME, List.of(typed.name()));

            Document page = render(pages(admin()).post(post(AdminLinks.NEW_TEAM, parameters)));

            assertEquals(payload, payload.strip(), page.selectFirst("#promisedesk-team-name").val().strip());
        }
    }

    @Test
    public void anEdit_keepsThePathsKey_andAStaleVersionShowsTheNewerSettings() {
        storePlatform();
        Map<String, List<String>> edited = form(TeamForms.with(TeamForm.KEY, "someone-else"));
        edited.put(TeamForm.VERSION, List.of("1"));
        edited.put(TeamForm.NAME, List.of("Platform"));

        Document saved = render(pages(admin()).post(post(PLATFORM_PATH, edited)));
        Document stale = render(pages(admin()).post(post(PLATFORM_PATH, edited)));

        assertEquals("Team Platform saved.", saved.selectFirst(".promisedesk-admin__notice").text());
        assertEquals(2, teams.find(PLATFORM).orElseThrow().version());
        assertTrue(teams.find(new TeamKey("someone-else")).isEmpty());
        assertNotNull(stale.selectFirst(".promisedesk-team-form__newer"));
        assertEquals("2", stale.selectFirst("input[name=version]").val());
    }

    @Test
    public void aDelete_needsTheConfirmation_thenLeavesTheListWithoutTheTeam() {
        storePlatform();
        String deletePath = PLATFORM_PATH + AdminLinks.DELETE_SUFFIX;

        Document asked = render(pages(admin()).get(get(deletePath, Map.of())));
        Document unconfirmed = render(pages(admin()).post(post(deletePath, Map.of("version", List.of("1")))));
        Document deleted = render(pages(admin()).post(post(deletePath,
                Map.of("version", List.of("1"), "confirm", List.of("yes")))));

        assertEquals("1", asked.selectFirst("form.promisedesk-delete input[name=version]").val());
        assertNotNull(unconfirmed.selectFirst("#promisedesk-delete-confirm-error"));
        assertEquals("Team Field operations deleted. Its issues keep their ETAs, commitments and requests.",
                deleted.selectFirst(".promisedesk-admin__notice").text());
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void anUnreadableDeleteVersion_isAnsweredWithTheStoredTeam_andNothingIsDeleted() {
        storePlatform();

        PageAnswer answer = pages(admin()).post(post(PLATFORM_PATH + AdminLinks.DELETE_SUFFIX,
                Map.of("version", List.of("one"), "confirm", List.of("yes"))));

        assertEquals(200, status(answer));
        assertEquals("1", render(answer).selectFirst("input[name=version]").val());
        assertEquals(1, teams.all().size());
    }

    @Test
    public void unknownTeamsAndPaths_areNotFound_andAPostForAnUnknownTeamSaysItIsGone() {
        AdminRequests pages = pages(admin());

        assertEquals(404, status(pages.get(get(AdminLinks.TEAM + "nobody", Map.of()))));
        assertEquals(404, status(pages.get(get(AdminLinks.TEAM + "nobody" + AdminLinks.DELETE_SUFFIX, Map.of()))));
        assertEquals(404, status(pages.get(get(AdminLinks.TEAM + "nobody" + AdminLinks.PREVIEW_SUFFIX, Map.of()))));
        assertEquals(404, status(pages.get(get(AdminLinks.PATH + "/elsewhere", Map.of()))));
        assertEquals(404, status(pages.get(get(AdminLinks.TEAM + "bad<key>", Map.of()))));
        assertEquals(404, status(pages.get(get(AdminLinks.TEAM + "k".repeat(65), Map.of()))));
        assertEquals(404, status(pages.post(post(AdminLinks.TEAM + "k".repeat(65), form(TeamForms.valid())))));
        assertEquals(404, status(pages.post(post(PLATFORM_PATH + AdminLinks.PREVIEW_SUFFIX, Map.of()))));
        Document gone = render(pages.post(post(AdminLinks.TEAM + "nobody", form(TeamForms.valid()))));
        assertNotNull(gone.selectFirst(".promisedesk-admin__notice"));
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void thePolicies_areSaved_aWrongOneIsRefusedBesideItsField_andOnlyAdministratorsReachThem() {
        AdminRequests pages = pages(admin());

        Document refused = render(pages.post(post(AdminLinks.POLICIES, Map.of("snapshotWaitMinutes", List.of("0"),
                "statusLinkMaxDays", List.of("90"), "allowedEmailDomains", List.of(""), "version", List.of("1")))));
        Document saved = render(pages.post(post(AdminLinks.POLICIES, Map.of("snapshotWaitMinutes", List.of("5"),
                "statusLinkMaxDays", List.of("14"), "allowedEmailDomains", List.of("example.com"),
                "version", List.of("1")))));

        assertEquals("true", refused.getElementById("promisedesk-policies-snapshotWaitMinutes").attr("aria-invalid"));
        assertNotNull(saved.selectFirst(".promisedesk-admin__notice"));
        GlobalSettings stored = global.load().value();
        assertEquals(java.time.Duration.ofMinutes(5), stored.snapshotWaitBound());
        assertFalse("an unticked checkbox sends nothing: the links are closed", stored.statusLinks().enabled());
        assertEquals(14, stored.statusLinks().longestLifetimeDays());
        assertEquals(Set.of("example.com"), stored.allowedEmailDomains().domains());
        assertEquals(TOKEN, render(pages.get(get(AdminLinks.POLICIES, Map.of())))
                .selectFirst("input[name=atl_token]").val());
        AdminRequests sales = pages(FakeAccess.named("sam").asSales());
        assertEquals(403, status(sales.get(get(AdminLinks.POLICIES, Map.of()))));
        assertEquals(403, status(sales.post(post(AdminLinks.POLICIES, Map.of("version", List.of("2"))))));
        assertEquals(2, global.load().version());
    }

    @Test
    public void aPoliciesPostWithoutTheFormToken_isRefused_savingNothing() {
        PageAnswer answer = pages(admin()).post(postWithoutToken(AdminLinks.POLICIES, Map.of(
                "snapshotWaitMinutes", List.of("5"), "statusLinkMaxDays", List.of("14"), "version", List.of("1"))));

        assertEquals(403, status(answer));
        assertEquals(1, global.load().version());
    }

    @Test
    public void theSalesGroups_areSaved_andAnUnknownGroupIsRefusedBesideTheField() {
        AdminRequests pages = pages(admin());

        Document refused = render(pages.post(post(AdminLinks.SALES_GROUPS,
                Map.of("salesGroups", List.of("no-such-group"), "version", List.of("1")))));
        Document saved = render(pages.post(post(AdminLinks.SALES_GROUPS,
                Map.of("salesGroups", List.of("sales-emea"), "version", List.of("1")))));

        assertNotNull(refused.selectFirst(".promisedesk-team-form__error"));
        assertEquals("no-such-group", refused.selectFirst("[name=salesGroups]").val().strip());
        assertNotNull(saved.selectFirst(".promisedesk-admin__notice"));
        assertEquals(Set.of("sales-emea"), global.load().value().salesGroups());
        assertEquals(TOKEN, render(pages.get(get(AdminLinks.SALES_GROUPS, Map.of())))
                .selectFirst("input[name=atl_token]").val());
    }

    @Test
    public void thePhrases_showTheirForm_andAStaleVersionIsAConflict() {
        AdminRequests pages = pages(admin());

        Document shown = render(pages.get(get(AdminLinks.PHRASES, Map.of())));
        Document stale = render(pages.post(post(AdminLinks.PHRASES, Map.of("version", List.of("7")))));

        assertEquals(TOKEN, shown.selectFirst("input[name=atl_token]").val());
        assertEquals("1", stale.selectFirst("input[name=version]").val());
        assertNotNull(stale.selectFirst(".promisedesk-admin__notice"));
    }

    @Test
    public void theTeamList_countsAndWaitsOnlyOnIssuesTheAdminMayBrowse_butKeepsTheTeamsLevel() {
        storePlatform();
        for (EtaRequest request : List.of(
                anEtaRequest("OPS-12").askedAt("2026-02-27T09:00:00Z").answeredAt("2026-02-27T10:00:00Z").build(),
                anEtaRequest("OPS-7").askedAt("2026-02-27T09:00:00Z").answeredAt("2026-02-27T14:00:00Z").build())) {
            etaRequests.replace(Optional.empty(), request);
        }

        Document all = render(pages(admin().browses("OPS-12", "OPS-7", "OPS-9")).get(get(AdminLinks.PATH, Map.of())));
        Document some = render(pages(admin().browses("OPS-12")).get(get(AdminLinks.PATH, Map.of())));

        assertEquals(List.of("1", "0", "2"), counts(all));
        assertEquals("3 hours", all.selectFirst("tr[data-team=platform] .promisedesk-admin-team__wait").text());
        // OPS-12 alone, OK; the overcommitted OPS-7 and OPS-9, and OPS-7's five-hour wait, are not told of.
        assertEquals(List.of("1", "0", "0"), counts(some));
        assertEquals("1 hour", some.selectFirst("tr[data-team=platform] .promisedesk-admin-team__wait").text());
        assertEquals(all.selectFirst("tr[data-team=platform] .promisedesk-level").text(),
                some.selectFirst("tr[data-team=platform] .promisedesk-level").text());
    }

    @Test
    public void thePreview_listsOnlyTheIssuesTheAdminMayBrowse_underTheWhatIfToo() {
        String preview = PLATFORM_PATH + AdminLinks.PREVIEW_SUFFIX;

        Document page = withChart(pages(admin().browses("OPS-12")).get(get(preview, Map.of("hoursMember",
                List.of("bram"), "hours", List.of("8")))));

        assertEquals(List.of("OPS-12"), page.select("tr.promisedesk-preview-issue").eachAttr("data-issue"));
        assertFalse(page.html().contains("OPS-7"));
        assertFalse(page.html().contains("OPS-9"));
    }

    private static List<String> counts(Document page) {
        return page.select("tr[data-team=platform] .promisedesk-admin-team__count").eachText();
    }

    @Test
    public void thePreview_showsTheTeamsChart_andAWhatIf_orItsErrors() {
        String preview = PLATFORM_PATH + AdminLinks.PREVIEW_SUFFIX;

        Document fresh = withChart(pages(admin()).get(get(preview, Map.of())));
        Document refused = withChart(pages(admin()).get(get(preview, Map.of("hoursMember", List.of("nobody"),
                "hours", List.of("8")))));

        assertNotNull(fresh.selectFirst("section#promisedesk-admin-preview.promisedesk-page form.promisedesk-whatif"));
        assertNotNull(fresh.selectFirst("svg"));
        assertNotNull(refused.selectFirst(".promisedesk-whatif__error"));
    }

    @Test
    public void theHealthCheck_runsEveryCheckNow_andShowsItsLines_inJirasAdministrationFrame() {
        health.finds(Area.STORAGE, HealthFixture.red("promisedesk.health.storage.unreadable", "TEAM", "no such table"));

        PageAnswer answer = pages(admin()).get(get(AdminLinks.HEALTH, Map.of()));

        assertEquals(200, status(answer));
        for (Area area : Area.values()) {
            assertEquals(area.id(), 1, health.runsOf(area));
        }
        Document page = render(answer);
        assertEquals("Health check", page.title());
        assertNotNull(page.selectFirst("section#promisedesk-admin-health.promisedesk-page"));
        assertEquals("atl.admin", page.selectFirst("head > meta[name=decorator]").attr("content"));
        assertEquals("promisedesk-health-link", page.selectFirst("head > meta[name=admin.active.tab]").attr("content"));
        assertEquals("Problem", page.selectFirst(".promisedesk-health__overall .promisedesk-health-verdict").text());
        assertEquals("Table TEAM cannot be read: no such table",
                page.selectFirst("section[data-area=storage] .promisedesk-health-finding__text").text());
    }

    @Test
    public void theHealthCheck_isForAdministratorsOnly_andHasNoForm() {
        PageAnswer anonymous = pages(FakeAccess.anonymous()).get(get(AdminLinks.HEALTH, Map.of()));
        PageAnswer sales = pages(FakeAccess.named("sam").asSales()).get(get(AdminLinks.HEALTH, Map.of()));
        PageAnswer posted = pages(admin()).post(post(AdminLinks.HEALTH, Map.of()));

        assertTrue(anonymous instanceof PageAnswer.Login);
        assertEquals(403, status(sales));
        assertEquals(404, status(posted));
        for (Area area : Area.values()) {
            assertEquals("nothing is checked for someone refused: " + area.id(), 0, health.runsOf(area));
        }
    }

    @Test
    public void theTeamList_showsTheHealthBanner_fromTheCheapChecksNow_andTheLatestFullRun() {
        health.finds(Area.TEAMS, HealthFixture.red("promisedesk.health.teams.failed", "Operations", "timeout"));
        AdminRequests pages = pages(admin());

        Document before = render(pages.get(get(AdminLinks.PATH, Map.of())));
        pages.get(get(AdminLinks.HEALTH, Map.of()));
        Document after = render(pages.get(get(AdminLinks.PATH, Map.of())));
        health.finds(Area.MAIL, HealthFixture.red("promisedesk.health.mail.noServer"));
        Document mailToo = render(pages.get(get(AdminLinks.PATH, Map.of())));

        assertNull("the teams' searches are not run for the list", before.selectFirst(".promisedesk-admin__health-banner"));
        assertEquals("only by the health check itself", 1, health.runsOf(Area.TEAMS));
        assertEquals("the cheap ones on every list and health page", 4, health.runsOf(Area.MAIL));
        assertEquals("The health check finds 1 problem: Promise Desk may not work as it should. Open the health check",
                after.selectFirst(".promisedesk-admin__health-banner").text());
        assertEquals(BASE_URL + AdminLinks.HEALTH, after.selectFirst(".promisedesk-admin__health-banner a").attr("href"));
        assertTrue(mailToo.selectFirst(".promisedesk-admin__health-banner").text().startsWith(
                "The health check finds 2 problems"));
    }

    /** A page with the workload chart, whose SVG the chart's own tests check: plain contexts, rendered as Jira would. */
    private static Document withChart(PageAnswer answer) {
        PageAnswer.Page page = (PageAnswer.Page) answer;
        page.sections().forEach(section -> RenderedHtml.assertPlainContext(section.context()));
        return PageRendering.document(PageRendering.html(page, java.util.Locale.ENGLISH));
    }

    /** The form's fields as a browser posts them. */
    private static Map<String, List<String>> form(TeamForm form) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(TeamForm.KEY, List.of(form.key()));
        parameters.put(TeamForm.NAME, List.of(form.name()));
        parameters.put(TeamForm.MEMBER_GROUP, List.of(form.memberGroup()));
        parameters.put(TeamForm.PROJECTS, List.of(form.projects()));
        parameters.put(TeamForm.JQL, List.of(form.jql()));
        parameters.put(TeamForm.MEMBERS, List.of(form.members()));
        parameters.put(TeamForm.WORKING_DAYS, form.workingDays());
        parameters.put(TeamForm.NON_WORKING_DATES, List.of(form.nonWorkingDates()));
        parameters.put(TeamForm.ABSENCES, List.of(form.absences()));
        parameters.put(TeamForm.FOCUS_FACTOR, List.of(form.focusFactor()));
        parameters.put(TeamForm.TIME_ZONE, List.of(form.timeZone()));
        parameters.put(TeamForm.DEFAULT_ESTIMATE, List.of(form.defaultEstimate()));
        parameters.put(TeamForm.WARN, List.of(form.warn()));
        parameters.put(TeamForm.CRITICAL, List.of(form.critical()));
        parameters.put(TeamForm.VERSION, List.of(form.version()));
        return parameters;
    }
}
