package io.promisedesk.admin;

import io.promisedesk.fixtures.HealthFixture;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamForms;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.Versioned;
import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.Message;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.VisibleAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The admin pages rendered with Jira's escaping: real content per state, labels and errors beside fields, typed values kept. */
public class AdminViewsTest {
    static final String BASE_URL = "https://jira.example.com";
    static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    static TeamSettings settings(TeamForm form) {
        return ((TeamForm.Checked.Valid) form.check(TeamForms.NAMES)).settings();
    }

    static Document teamList(List<TeamSettings> teams, Map<TeamKey, TeamAssessment> loads, Locale locale) {
        return teamList(teams, loads, Map.of(), locale);
    }

    static Document teamList(List<TeamSettings> teams, Map<TeamKey, TeamAssessment> loads,
                             Map<TeamKey, Duration> waits, Locale locale) {
        Map<TeamKey, VisibleAssessment> seen = new HashMap<>();
        loads.forEach((key, assessment) -> seen.put(key, assessment.visibleTo(issue -> true)));
        Map<String, Object> context = new TeamListView(BASE_URL).context(teams, seen, waits,
                Optional.of(TeamListView.saved("Field operations")), HealthFixture.nothingChecked(), locale);
        RenderedHtml.assertPlainContext(context);
        return JiraLikeVelocity.renderDocument(TeamListView.TEMPLATE, context);
    }

    static Document teamForm(Map<String, Object> context) {
        RenderedHtml.assertPlainContext(context);
        Map<String, Object> withToken = new HashMap<>(context);
        withToken.put("xsrfToken", "token-1");
        return JiraLikeVelocity.renderDocument(TeamFormView.TEMPLATE, withToken);
    }

    static Document render(String template, Map<String, Object> context) {
        RenderedHtml.assertPlainContext(context);
        Map<String, Object> withToken = new HashMap<>(context);
        withToken.put("xsrfToken", "token-1");
        return JiraLikeVelocity.renderDocument(template, withToken);
    }

    @Test
    public void teamList_showsEachTeamsLiveLoad() {
        TeamSettings team = settings(TeamForms.valid());
        // 72.5 h a week at focus 0.8 = 58 h; 60 h due by Friday is more than the week holds.
        TeamAssessment assessment = TeamAssessment.assess(team.team(), List.of(
                anIssue("FO-1").remaining(20).committedTo("2026-03-20").build(),
                anIssue("FO-2").remaining(60).committedTo("2026-03-06").build(),
                anIssue("FO-3").remaining(1).committedTo("2026-06-30").build()), MONDAY);

        Document page = teamList(List.of(team), Map.of(team.key(), assessment), Locale.ENGLISH);

        Element row = page.selectFirst("tr.promisedesk-admin-team[data-team=field-ops]");
        assertEquals("Field operations", row.selectFirst(".promisedesk-admin-team__name").text());
        assertEquals("2", row.selectFirst(".promisedesk-admin-team__members").text());
        assertEquals("58 h a week", row.selectFirst(".promisedesk-admin-team__capacity").text());
        assertEquals("Overcommitted", row.selectFirst(".promisedesk-admin-team__level").text());
        assertTrue(row.selectFirst(".promisedesk-admin-team__level").hasClass("promisedesk-level--overcommitted"));
        assertEquals("aui-lozenge aui-lozenge-removed", row.selectFirst(".promisedesk-admin-team__level span").className());
        assertTrue("an AUI table", page.selectFirst("table.promisedesk-admin__teams").hasClass("aui"));
        assertTrue("an AUI button", page.selectFirst("a.promisedesk-admin__create").hasClass("aui-button"));
        assertTrue(row.selectFirst(".promisedesk-admin-team__peak").text().matches("\\d+\\.\\d%"));
        List<String> counts = row.select(".promisedesk-admin-team__count").eachText();
        assertEquals(3, counts.stream().mapToInt(Integer::parseInt).sum());
        assertEquals(String.valueOf(assessment.verdicts().stream().filter(v -> v.level().name().equals("OVERCOMMITTED")).count()),
                counts.get(2));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/admin/team/field-ops",
                row.selectFirst("a.promisedesk-admin-team__edit").attr("href"));
        assertEquals("Delete Field operations", row.selectFirst("a.promisedesk-admin-team__delete").text());
        assertEquals("Team Field operations saved.", page.selectFirst("[role=status]").text());
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/admin/team/new",
                page.selectFirst("a.promisedesk-admin__create").attr("href"));
        assertEquals(List.of("Teams", "Status phrases", "Sales groups", "Policies", "Health check"),
                page.select(".promisedesk-admin__nav a").eachText());
        assertNull("no banner while the health check finds nothing red", page.selectFirst(".promisedesk-admin__health-banner"));
    }

    @Test
    public void teamList_withNothingCommitted_orNoTeam_saysSo_inDutch() {
        TeamSettings team = settings(TeamForms.valid());
        TeamAssessment idle = TeamAssessment.assess(team.team(), List.of(), MONDAY);

        Document page = teamList(List.of(team), Map.of(team.key(), idle), DUTCH);
        Document empty = teamList(List.of(), Map.of(), DUTCH);

        Element row = page.selectFirst("tr.promisedesk-admin-team");
        assertEquals("Niets toegezegd", row.selectFirst(".promisedesk-admin-team__peak").text());
        assertEquals("58 u per week", row.selectFirst(".promisedesk-admin-team__capacity").text());
        assertEquals("OK", row.selectFirst(".promisedesk-admin-team__level").text());
        assertNull(empty.selectFirst("table"));
        assertEquals("Er is nog geen team ingesteld. Maak er een aan om de belasting te zien.",
                empty.selectFirst(".promisedesk-admin__empty").text());
    }

    @Test
    public void teamList_showsEachTeamsMedianWait_inTheInboxsWords_underAColumnNamingTheWindow() {
        TeamSettings fieldOps = settings(TeamForms.valid());
        TeamSettings network = settings(TeamForms.with(TeamForm.KEY, "network"));

        Document page = teamList(List.of(fieldOps, network), Map.of(), Map.of(fieldOps.key(), Duration.ofMinutes(200),
                network.key(), Duration.ofHours(52)), Locale.ENGLISH);

        assertEquals("3 hours, 20 minutes",
                page.selectFirst("tr[data-team=field-ops] .promisedesk-admin-team__wait").text());
        assertEquals("2 days, 4 hours", page.selectFirst("tr[data-team=network] .promisedesk-admin-team__wait").text());
        List<String> headers = page.select("thead th").eachText();
        assertEquals("Median wait (30 days)", headers.get(headers.size() - 2));
        assertEquals("one cell per column", headers.size(),
                page.select("tr[data-team=field-ops] > *").size());
    }

    @Test
    public void teamList_withoutAnsweredRequests_saysSoInPlainWords_inEnglishAndDutch() {
        TeamSettings team = settings(TeamForms.valid());
        TeamSettings answered = settings(TeamForms.with(TeamForm.KEY, "network"));
        Map<TeamKey, Duration> waits = Map.of(answered.key(), Duration.ofSeconds(30));

        Document english = teamList(List.of(team, answered), Map.of(), waits, Locale.ENGLISH);
        Document dutch = teamList(List.of(team, answered), Map.of(), waits, DUTCH);

        assertEquals("No answered requests",
                english.selectFirst("tr[data-team=field-ops] .promisedesk-admin-team__wait").text());
        assertEquals("less than a minute",
                english.selectFirst("tr[data-team=network] .promisedesk-admin-team__wait").text());
        assertEquals("Geen beantwoorde aanvragen",
                dutch.selectFirst("tr[data-team=field-ops] .promisedesk-admin-team__wait").text());
        assertEquals("minder dan een minuut",
                dutch.selectFirst("tr[data-team=network] .promisedesk-admin-team__wait").text());
        assertTrue(dutch.select("thead th").eachText().contains("Mediane wachttijd (30 dagen)"));
    }

    @Test
    public void blankForm_postsToNewTeam_withDefaultsAndALabelForEveryControl() {
        Document page = teamForm(new TeamFormView(BASE_URL).fresh(TeamForm.blank(), true, Locale.ENGLISH));

        Element form = page.selectFirst("form.promisedesk-team-form");
        assertEquals("post", form.attr("method"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/admin/team/new", form.attr("action"));
        assertEquals("token-1", form.selectFirst("input[name=atl_token]").val());
        assertEquals("Create a team", page.selectFirst("h1").text());
        assertEquals("0.85", page.selectFirst("#promisedesk-team-warn").val());
        assertEquals("1", page.selectFirst("#promisedesk-team-critical").val());
        assertEquals(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                page.select("input[name=workingDays][checked]").eachAttr("value"));
        assertTrue(page.selectFirst("#promisedesk-team-key").hasAttr("readonly") == false);
        assertEveryControlLabelled(page, 20);
        assertTrue(page.select("[role=alert]").isEmpty());
    }

    @Test
    public void editForm_showsTheStoredTeam_withItsVersionAndAFixedKey() {
        Versioned<TeamSettings> stored = new Versioned<>(settings(TeamForms.valid()), 3);

        Document page = teamForm(new TeamFormView(BASE_URL).fresh(TeamForm.of(stored), false, DUTCH));

        assertEquals("Team Field operations bewerken", page.selectFirst("h1").text());
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/admin/team/field-ops",
                page.selectFirst("form").attr("action"));
        assertEquals("3", page.selectFirst("input[name=version]").val());
        assertTrue(page.selectFirst("#promisedesk-team-key").hasAttr("readonly"));
        assertEquals("alice: 40\nbob: 32.5", page.selectFirst("#promisedesk-team-members").val());
        assertEquals("maandag", page.selectFirst("label[for=promisedesk-team-day-monday]").text());
    }

    @Test
    public void refusedForm_putsEachMessageInsideItsFieldsParagraph_andKeepsEverythingTyped() {
        TeamForm typed = new TeamForm("", "Field ops", "nobody", "XX", "project = FO", "alice: 99", List.of("SATURDAY"),
                "someday", "bob: 2026-01-01", "2", "Nowhere", "-3", "abc", "20", "");
        FormErrors errors = ((TeamForm.Checked.Invalid) typed.check(TeamForms.NAMES)).errors();

        Document page = teamForm(new TeamFormView(BASE_URL).refused(typed, true, errors, Locale.ENGLISH));

        for (String field : errors.byField().keySet()) {
            Element error = page.selectFirst("#promisedesk-team-" + field + "-error");
            assertTrue(field, error != null && !error.text().isBlank());
            assertTrue(field, error.parent().hasClass("promisedesk-team-form__field--" + field));
        }
        assertEquals(errors.byField().size(), page.select("[role=alert]").size());
        assertEquals("Jira has no group \"nobody\".", page.selectFirst("#promisedesk-team-memberGroup-error").text());
        assertEquals("true", page.selectFirst("#promisedesk-team-warn").attr("aria-invalid"));
        assertEquals("", page.selectFirst("#promisedesk-team-key").val());
        assertEquals("Field ops", page.selectFirst("#promisedesk-team-name").val());
        assertEquals("nobody", page.selectFirst("#promisedesk-team-memberGroup").val());
        assertEquals("XX", page.selectFirst("#promisedesk-team-projects").val());
        assertEquals("project = FO", page.selectFirst("#promisedesk-team-jql").val());
        assertEquals("alice: 99", page.selectFirst("#promisedesk-team-members").val());
        assertEquals(List.of("SATURDAY"), page.select("input[name=workingDays][checked]").eachAttr("value"));
        assertEquals("someday", page.selectFirst("#promisedesk-team-nonWorkingDates").val());
        assertEquals("bob: 2026-01-01", page.selectFirst("#promisedesk-team-absences").val());
        assertEquals("2", page.selectFirst("#promisedesk-team-focusFactor").val());
        assertEquals("Nowhere", page.selectFirst("#promisedesk-team-timeZone").val());
        assertEquals("-3", page.selectFirst("#promisedesk-team-defaultEstimate").val());
        assertEquals("abc", page.selectFirst("#promisedesk-team-warn").val());
        assertEquals("20", page.selectFirst("#promisedesk-team-critical").val());
    }

    @Test
    public void conflict_keepsWhatWasTyped_listsTheNewerValues_andCarriesTheirVersion() {
        Versioned<TeamSettings> current = new Versioned<>(settings(TeamForms.with(TeamForm.WARN, "0.6")), 4);
        TeamForm typed = TeamForms.with(TeamForm.WARN, "0.9").withVersion(3);

        Document page = teamForm(new TeamFormView(BASE_URL).conflict(typed, current, Locale.ENGLISH));

        assertTrue(page.selectFirst("#promisedesk-team-form-error").text().startsWith("Someone else saved this team"
                + " meanwhile (now version 4)."));
        assertEquals("0.9", page.selectFirst("#promisedesk-team-warn").val());
        assertEquals("4", page.selectFirst("input[name=version]").val());
        assertEquals(List.of("Warning threshold"), page.select(".promisedesk-team-form__newer dt").eachText());
        assertEquals(List.of("0.6"), page.select(".promisedesk-team-form__newer dd").eachText());
    }

    @Test
    public void deletePage_saysIssueDataStays_andNeedsTheBoxTicked() {
        Versioned<TeamSettings> stored = new Versioned<>(settings(TeamForms.valid()), 2);
        DeleteTeamView view = new DeleteTeamView(BASE_URL);

        Document page = render(DeleteTeamView.TEMPLATE, view.confirm(stored, Locale.ENGLISH));
        Document unconfirmed = render(DeleteTeamView.TEMPLATE, view.unconfirmed(stored, Locale.ENGLISH));

        assertEquals("Delete team Field operations?", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".promisedesk-delete__data-stays").text().startsWith("Issue data stays untouched"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/admin/team/field-ops/delete",
                page.selectFirst("form").attr("action"));
        assertEquals("2", page.selectFirst("input[name=version]").val());
        assertEquals("Yes, delete the settings of Field operations",
                page.selectFirst("label[for=promisedesk-delete-confirm]").text());
        assertNull(page.selectFirst("[role=alert]"));
        assertEquals("Tick the box to confirm; nothing was deleted.",
                unconfirmed.selectFirst("#promisedesk-delete-confirm-error").text());
        assertEquals("true", unconfirmed.selectFirst("#promisedesk-delete-confirm").attr("aria-invalid"));
        Document changed = render(DeleteTeamView.TEMPLATE, view.changed(new Versioned<>(stored.value(), 3), DUTCH));
        assertEquals("3", changed.selectFirst("input[name=version]").val());
        assertTrue(changed.selectFirst("#promisedesk-delete-confirm-error").text().startsWith("Iemand heeft dit team gewijzigd"));
    }

    @Test
    public void phraseForm_showsStoredRowsAndEmptyOnes_errorsOnTheirRow() {
        GlobalSettings stored = GlobalSettings.of(StatusPhraseMapping.defaults()
                .withOverride("Waiting for parts", BusinessPhrase.WAITING_FOR_CUSTOMER), Set.of());
        GlobalSettingsView view = new GlobalSettingsView(BASE_URL);
        PhraseForm typed = new PhraseForm(List.of("Blocked", "blocked"), List.of("DONE", "DONE"), "2");

        Document page = render(GlobalSettingsView.PHRASES_TEMPLATE, view.phrases(PhraseForm.of(new Versioned<>(stored, 2)),
                Optional.empty(), Optional.of(GlobalSettingsView.saved()), Optional.empty(), Locale.ENGLISH));
        Document refused = render(GlobalSettingsView.PHRASES_TEMPLATE, view.phrases(typed,
                Optional.of(new FormErrors(Map.of("status.1", Message.of("promisedesk.admin.error.status.twice", "blocked")))),
                Optional.empty(), Optional.empty(), Locale.ENGLISH));

        assertEquals("Waiting for parts", page.selectFirst("#promisedesk-phrase-status-0").val());
        assertEquals("WAITING_FOR_CUSTOMER", page.selectFirst("#promisedesk-phrase-phrase-0 option[selected]").val());
        assertEquals(1 + GlobalSettingsView.EMPTY_ROWS, page.select("input[name=status]").size());
        assertEquals("Settings saved.", page.selectFirst("[role=status]").text());
        assertEquals("2", page.selectFirst("input[name=version]").val());
        assertEveryControlLabelled(page, 8);
        Element error = refused.selectFirst("#promisedesk-phrase-status-1-error");
        assertEquals("Status blocked is in the list twice; name each status once.", error.text());
        assertEquals(refused.selectFirst("#promisedesk-phrase-status-1").parent(), error.parent());
        assertEquals("blocked", refused.selectFirst("#promisedesk-phrase-status-1").val());
    }

    @Test
    public void salesGroupsForm_keepsTypedGroups_showsTheRefusalBesideThem_andANewerListAfterAConflict() {
        GlobalSettingsView view = new GlobalSettingsView(BASE_URL);
        Versioned<GlobalSettings> newer = new Versioned<>(GlobalSettings.of(StatusPhraseMapping.defaults(),
                Set.of("sales-emea", "sales-americas")), 5);

        Document page = render(GlobalSettingsView.SALES_GROUPS_TEMPLATE, view.salesGroups(
                new SalesGroupsForm("sales-emea\nsales-mars", "5"),
                Optional.of(new FormErrors(Map.of(SalesGroupsForm.GROUPS, Message.of("promisedesk.admin.error.group.unknown",
                        "sales-mars")))), Optional.of(GlobalSettingsView.conflict(5)), Optional.of(newer), DUTCH));

        assertEquals("sales-emea\nsales-mars", page.selectFirst("#promisedesk-sales-groups").val());
        assertEquals("Jira heeft geen groep \"sales-mars\".", page.selectFirst("#promisedesk-sales-groups-error").text());
        assertEquals(List.of("sales-americas", "sales-emea"), page.select(".promisedesk-sales-groups__newer li").eachText());
        assertTrue(page.selectFirst("[role=status]").text().contains("versie 5"));
        assertEveryControlLabelled(page, 1);
    }

    @Test
    public void policiesForm_showsEachPolicyInItsGroup_keepsWhatWasTyped_errorsBesideTheirFields_andTheNewerAfterAConflict() {
        GlobalSettingsView view = new GlobalSettingsView(BASE_URL);
        Versioned<GlobalSettings> newer = new Versioned<>(GlobalSettings.DEFAULTS.withPoliciesOf(new GlobalSettings(
                StatusPhraseMapping.defaults(), Set.of(), java.time.Duration.ofMinutes(20),
                new io.promisedesk.statuslink.StatusLinkPolicy(false, 7),
                new io.promisedesk.commitment.AllowedEmailDomains(Set.of("example.org", "example.com")))), 4);

        Document page = render(GlobalSettingsView.POLICIES_TEMPLATE, view.policies(
                new PoliciesForm("0", false, "30", "example.com\nnot a domain", "4"),
                Optional.of(new FormErrors(Map.of(PoliciesForm.WAIT, Message.of("promisedesk.admin.policies.error.wait", 1, 1440),
                        PoliciesForm.DOMAINS, Message.of("promisedesk.admin.policies.error.domain", "not")))),
                Optional.of(GlobalSettingsView.conflict(4)), Optional.of(newer), Locale.ENGLISH));

        Element form = page.selectFirst("form.promisedesk-policies");
        assertTrue("a top-label AUI form", form.hasClass("aui") && form.hasClass("top-label"));
        assertEquals(List.of("Freshness of the figures", "Read-only status links", "E-mail addresses on commitments"),
                form.select("fieldset.group > legend").eachText());
        assertEquals("AUI shows the legends of group fieldsets only", form.select("fieldset").size(),
                form.select("fieldset.group").size());
        assertEquals("the box stays plain: AUI hides one inside a .checkbox", 0, form.select(".checkbox").size());
        assertEquals("0", page.getElementById("promisedesk-policies-snapshotWaitMinutes").val());
        assertEquals("1440", page.getElementById("promisedesk-policies-snapshotWaitMinutes").attr("max"));
        assertEquals("Enter a whole number of minutes from 1 to 1,440.",
                page.getElementById("promisedesk-policies-snapshotWaitMinutes-error").text());
        assertEquals("true", page.getElementById("promisedesk-policies-snapshotWaitMinutes").attr("aria-invalid"));
        assertFalse(page.getElementById("promisedesk-policies-statusLinksEnabled").hasAttr("checked"));
        assertEquals("30", page.getElementById("promisedesk-policies-statusLinkMaxDays").val());
        assertNull(page.getElementById("promisedesk-policies-statusLinkMaxDays-error"));
        assertEquals("example.com\nnot a domain", page.getElementById("promisedesk-policies-allowedEmailDomains").val());
        assertEquals("\"not\" is not a domain name; write domains such as example.com.",
                page.getElementById("promisedesk-policies-allowedEmailDomains-error").text());
        assertEquals(List.of("Wait for fresh figures after 20 minutes", "Status links closed (living at most 7 days when open)",
                "E-mail addresses only at example.com, example.org"), page.select(".promisedesk-policies__newer li").eachText());
        assertEquals("4", page.selectFirst("input[name=version]").val());
        assertEveryControlLabelled(page, 4);
    }

    @Test
    public void policiesForm_inDutch_withTheLinksOpen_andAnyDomain() {
        Document page = render(GlobalSettingsView.POLICIES_TEMPLATE, new GlobalSettingsView(BASE_URL).policies(
                PoliciesForm.of(new Versioned<>(GlobalSettings.DEFAULTS, 1)), Optional.empty(),
                Optional.of(GlobalSettingsView.saved()), Optional.empty(), DUTCH));

        assertEquals("Beleid", page.selectFirst("h1").text());
        assertEquals("10", page.getElementById("promisedesk-policies-snapshotWaitMinutes").val());
        assertTrue(page.getElementById("promisedesk-policies-statusLinksEnabled").hasAttr("checked"));
        assertEquals("90", page.getElementById("promisedesk-policies-statusLinkMaxDays").val());
        assertEquals("", page.getElementById("promisedesk-policies-allowedEmailDomains").val());
        assertTrue(page.selectFirst(".promisedesk-admin__notice").hasClass("aui-message-success"));
        assertNull(page.selectFirst(".promisedesk-policies__newer"));
    }

    @Test
    public void teamForm_isATopLabelAuiForm_withFieldGroups_descriptions_errorsBelowTheirFields_andAuiButtons() {
        TeamForm typed = new TeamForm("", "Field ops", "nobody", "XX", "project = FO", "alice: 99", List.of("SATURDAY"),
                "someday", "bob: 2026-01-01", "2", "Nowhere", "-3", "abc", "20", "");
        FormErrors errors = ((TeamForm.Checked.Invalid) typed.check(TeamForms.NAMES)).errors();
        Document refused = teamForm(new TeamFormView(BASE_URL).refused(typed, true, errors, Locale.ENGLISH));
        Document conflict = teamForm(new TeamFormView(BASE_URL).conflict(TeamForms.with(TeamForm.WARN, "0.9").withVersion(3),
                new Versioned<>(settings(TeamForms.with(TeamForm.WARN, "0.6")), 4), Locale.ENGLISH));

        Element form = refused.selectFirst("form.promisedesk-team-form");
        assertTrue("a top-label AUI form", form.hasClass("aui") && form.hasClass("top-label"));
        assertEquals(form.select("p.promisedesk-team-form__field").size(), form.select("p.promisedesk-team-form__field.field-group").size());
        assertTrue(form.selectFirst("fieldset.promisedesk-team-form__field--workingDays").hasClass("group"));
        assertEquals(form.select("input[type=text]").size(), form.select("input[type=text].text").size());
        assertEquals(form.select("textarea").size(), form.select("textarea.textarea").size());
        assertEquals(form.select(".promisedesk-team-form__hint").size(), form.select(".promisedesk-team-form__hint.description").size());
        for (String field : errors.byField().keySet()) {
            assertTrue(field, refused.selectFirst("#promisedesk-team-" + field + "-error").hasClass("error"));
        }
        assertTrue(form.selectFirst(".promisedesk-team-form__submit").hasClass("aui-button-primary"));
        assertTrue(form.selectFirst(".promisedesk-team-form__cancel").hasClass("aui-button-link"));
        assertTrue("an AUI error message", conflict.getElementById("promisedesk-team-form-error").hasClass("aui-message-error"));
        assertTrue("an AUI warning message", conflict.selectFirst(".promisedesk-team-form__newer").hasClass("aui-message-warning"));
    }

    @Test
    public void deletePage_isAnAuiForm_withTheErrorBelowTheBox_andAuiButtons() {
        Versioned<TeamSettings> stored = new Versioned<>(settings(TeamForms.valid()), 2);
        Document unconfirmed = render(DeleteTeamView.TEMPLATE, new DeleteTeamView(BASE_URL).unconfirmed(stored, Locale.ENGLISH));

        Element form = unconfirmed.selectFirst("form.promisedesk-delete");
        assertTrue("an AUI form", form.hasClass("aui"));
        assertTrue(form.selectFirst(".promisedesk-delete__field").hasClass("field-group"));
        assertEquals("the box stays plain: AUI hides one inside a .checkbox", 0, form.select(".checkbox").size());
        assertTrue(unconfirmed.getElementById("promisedesk-delete-confirm-error").hasClass("error"));
        assertTrue(form.selectFirst(".promisedesk-delete__submit").hasClass("aui-button-primary"));
        assertTrue(form.selectFirst(".promisedesk-delete__cancel").hasClass("aui-button-link"));
    }

    @Test
    public void settingsForms_areAuiForms_theirNoticeASuccess_orAWarningAfterAConflict() {
        GlobalSettingsView view = new GlobalSettingsView(BASE_URL);
        GlobalSettings stored = GlobalSettings.of(StatusPhraseMapping.defaults(), Set.of("sales-emea"));
        Document saved = render(GlobalSettingsView.PHRASES_TEMPLATE, view.phrases(PhraseForm.of(new Versioned<>(stored, 2)),
                Optional.empty(), Optional.of(GlobalSettingsView.saved()), Optional.empty(), Locale.ENGLISH));
        Document refused = render(GlobalSettingsView.PHRASES_TEMPLATE, view.phrases(
                new PhraseForm(List.of("Blocked", "blocked"), List.of("DONE", "DONE"), "2"),
                Optional.of(new FormErrors(Map.of("status.1", Message.of("promisedesk.admin.error.status.twice", "blocked")))),
                Optional.empty(), Optional.empty(), Locale.ENGLISH));
        Document conflict = render(GlobalSettingsView.SALES_GROUPS_TEMPLATE, view.salesGroups(
                new SalesGroupsForm("sales-mars", "1"), Optional.empty(), Optional.of(GlobalSettingsView.conflict(2)),
                Optional.of(new Versioned<>(stored, 2)), Locale.ENGLISH));

        Element phrases = saved.selectFirst("form.promisedesk-phrases");
        assertTrue("a top-label AUI form", phrases.hasClass("aui") && phrases.hasClass("top-label"));
        // Every phrase row is an AUI field group and every choice an AUI select, and there are some of each.
        Elements rows = phrases.select("p.promisedesk-phrases__row");
        assertFalse(rows.isEmpty());
        assertEquals(rows.size(), rows.select(".field-group").size());
        Elements choices = phrases.select("select");
        assertFalse(choices.isEmpty());
        assertEquals(choices.size(), choices.select(".select").size());
        assertTrue(phrases.selectFirst(".promisedesk-phrases__submit").hasClass("aui-button-primary"));
        assertTrue("an AUI success message", saved.selectFirst(".promisedesk-admin__notice").hasClass("aui-message-success"));
        assertTrue(refused.getElementById("promisedesk-phrase-status-1-error").hasClass("error"));
        Element notice = conflict.selectFirst(".promisedesk-admin__notice");
        assertTrue("an AUI warning message", notice.hasClass("aui-message-warning") && !notice.hasClass("aui-message-success"));
        assertTrue(conflict.selectFirst(".promisedesk-sales-groups__newer").hasClass("aui-message-warning"));
        assertTrue(conflict.selectFirst("form.promisedesk-sales-groups").hasClass("aui"));
        assertTrue(conflict.selectFirst("p.promisedesk-sales-groups__field").hasClass("field-group"));
        assertTrue(conflict.getElementById("promisedesk-sales-groups-hint").hasClass("description"));
        assertTrue(conflict.selectFirst(".promisedesk-sales-groups__submit").hasClass("aui-button-primary"));
    }

    /** Every visible control has a unique id and a non-blank label naming it. */
    static void assertEveryControlLabelled(Document page, int expectedControls) {
        Set<String> ids = new HashSet<>();
        List<String> unlabelled = new ArrayList<>();
        for (Element field : page.select("form input:not([type=hidden]), form select, form textarea")) {
            String id = field.id();
            assertTrue("duplicate id " + id, id.isEmpty() || ids.add(id));
            Element label = id.isEmpty() ? null : page.selectFirst("label[for=" + id + "]");
            if (label == null || label.text().isBlank()) {
                unlabelled.add(field.outerHtml());
            }
        }
        assertEquals(List.of(), unlabelled);
        assertEquals(expectedControls, ids.size());
    }
}
