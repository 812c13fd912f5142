package io.promisedesk.admin;

import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.Message;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.InMemoryJiraDirectoryNames;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamForms;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.admin.AdminViewsTest.BASE_URL;
import static io.promisedesk.admin.AdminViewsTest.render;
import static io.promisedesk.admin.AdminViewsTest.settings;
import static io.promisedesk.admin.AdminViewsTest.teamForm;
import static io.promisedesk.admin.AdminViewsTest.teamList;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Whatever an admin types, or Jira names (teams, groups, projects, JQL, statuses), stays text on every admin page. */
public class AdminViewsSafetyTest {
    private static final int NAME_LENGTH = 255;

    @Test
    public void hostileTeamName_staysTextInTheListTheFormAndTheDeletePage() {
        Map<TeamKey, Duration> waits = Map.of(settings(TeamForms.valid()).key(), Duration.ofMinutes(200));
        int listElements = teamList(List.of(settings(TeamForms.valid())), Map.of(), waits, Locale.ENGLISH)
                .getAllElements().size();
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            TeamSettings team = settings(TeamForms.with(TeamForm.NAME, payload));
            TeamAssessment assessment = TeamAssessment.assess(team.team(), List.of(), LocalDate.parse("2026-03-02"));

            Document list = teamList(List.of(team), Map.of(team.key(), assessment), waits, Locale.ENGLISH);
            Document form = teamForm(new TeamFormView(BASE_URL).fresh(TeamForm.of(new Versioned<>(team, 1)), false,
                    Locale.ENGLISH));
            Document delete = render(DeleteTeamView.TEMPLATE, new DeleteTeamView(BASE_URL).confirm(new Versioned<>(team, 1),
                    Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(list);
            RenderedHtml.assertNoActiveContent(form);
            RenderedHtml.assertNoActiveContent(delete);
            assertEquals(listElements, list.getAllElements().size());
            assertEquals(payload.strip(), list.selectFirst(".promisedesk-admin-team__name").text());
            assertEquals("3 hours, 20 minutes", list.selectFirst(".promisedesk-admin-team__wait").text());
            assertEquals(payload.strip(), form.selectFirst("#promisedesk-team-name").val());
            assertEquals("Delete team " + payload.strip() + "?", delete.selectFirst("h1").text());
        }
    }

    @Test
    public void hostileTypedValues_ofARefusedTeamForm_stayTheControlsValues() {
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            TeamForm typed = new TeamForm(payload, payload, payload, payload, payload, payload, List.of(payload), payload,
                    payload, payload, payload, payload, payload, payload, payload);
            FormErrors errors = ((TeamForm.Checked.Invalid) typed.check(TeamForms.NAMES)).errors();

            Document page = teamForm(new TeamFormView(BASE_URL).refused(typed, true, errors, Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            for (String field : List.of("key", "name", "memberGroup", "projects", "jql", "members", "nonWorkingDates",
                    "absences", "focusFactor", "timeZone", "defaultEstimate", "warn", "critical")) {
                assertEquals(field, payload, page.selectFirst("#promisedesk-team-" + field).val());
            }
            assertEquals(payload, page.selectFirst("input[name=version]").val());
        }
    }

    @Test
    public void hostileGroupProjectAndJql_ofAStoredTeam_stayTextInTheFormAndInAConflictsNewerValues() {
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            String single = payload.replaceAll("[,\\s]+", "_");
            InMemoryJiraDirectoryNames names = new InMemoryJiraDirectoryNames(Set.of(single), Set.of(single));
            TeamForm typed = new TeamForm("t", "T", single, single, payload, "a: 1", List.of("MONDAY"), "", "", "1", "UTC",
                    "8", "0.85", "1", "");
            TeamSettings team = ((TeamForm.Checked.Valid) typed.check(names)).settings();

            Document page = teamForm(new TeamFormView(BASE_URL).conflict(TeamForms.valid().withVersion(1),
                    new Versioned<>(team, 2), Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(TeamForms.valid().jql(), page.selectFirst("#promisedesk-team-jql").val());
            List<String> newer = page.select(".promisedesk-team-form__newer dd").eachText();
            assertTrue(newer.toString(), newer.contains(single));
            assertTrue(newer.toString(), newer.contains(payload.strip()));
        }
    }

    @Test
    public void hostileStatusNamesAndGroups_stayText() {
        GlobalSettingsView view = new GlobalSettingsView(BASE_URL);
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Versioned<GlobalSettings> stored = new Versioned<>(GlobalSettings.of(StatusPhraseMapping.defaults()
                    .withOverride(payload, BusinessPhrase.DONE), Set.of(payload)), 2);

            Document phrases = render(GlobalSettingsView.PHRASES_TEMPLATE, view.phrases(
                    new PhraseForm(List.of(payload), List.of(payload), payload), Optional.empty(),
                    Optional.of(GlobalSettingsView.conflict(2)), Optional.of(stored), Locale.ENGLISH));
            Document groups = render(GlobalSettingsView.SALES_GROUPS_TEMPLATE, view.salesGroups(
                    new SalesGroupsForm(payload, payload), Optional.empty(), Optional.empty(), Optional.of(stored),
                    Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(phrases);
            RenderedHtml.assertNoActiveContent(groups);
            assertEquals(payload, phrases.selectFirst("#promisedesk-phrase-status-0").val());
            assertEquals(payload, phrases.selectFirst("input[name=version]").val());
            assertEquals(payload.strip() + ": Done", phrases.selectFirst(".promisedesk-phrases__newer li").text());
            assertEquals(payload, groups.selectFirst("#promisedesk-sales-groups").val());
            assertEquals(payload.strip(), groups.selectFirst(".promisedesk-sales-groups__newer li").text());
        }
    }

    @Test
    public void hostileTypedPolicies_stayText() {
        GlobalSettingsView view = new GlobalSettingsView(BASE_URL);
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Document page = render(GlobalSettingsView.POLICIES_TEMPLATE, view.policies(
                    new PoliciesForm(payload, true, payload, payload, payload),
                    Optional.of(new FormErrors(Map.of(PoliciesForm.DOMAINS,
                            Message.of("promisedesk.admin.policies.error.domain", payload)))),
                    Optional.empty(), Optional.empty(), Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, page.getElementById("promisedesk-policies-snapshotWaitMinutes").val());
            assertEquals(payload, page.getElementById("promisedesk-policies-statusLinkMaxDays").val());
            assertEquals(payload, page.getElementById("promisedesk-policies-allowedEmailDomains").val());
            assertEquals(payload, page.selectFirst("input[name=version]").val());
        }
    }

    @Test
    public void templates_keepTheSourceRules() {
        for (String path : List.of(TeamListView.TEMPLATE, TeamFormView.TEMPLATE, DeleteTeamView.TEMPLATE,
                GlobalSettingsView.PHRASES_TEMPLATE, GlobalSettingsView.SALES_GROUPS_TEMPLATE,
                GlobalSettingsView.POLICIES_TEMPLATE)) {
            assertEquals(path, List.of(), TemplateSourceRules.problems(path));
        }
    }
}
