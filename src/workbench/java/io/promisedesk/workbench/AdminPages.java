package io.promisedesk.workbench;

import io.promisedesk.admin.AdminLinks;
import io.promisedesk.admin.DeleteTeamView;
import io.promisedesk.admin.GlobalSettingsView;
import io.promisedesk.admin.HealthView;
import io.promisedesk.admin.SettingsFormShown;
import io.promisedesk.admin.TeamFormView;
import io.promisedesk.admin.TeamListView;
import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.inbox.MedianWaits;
import io.promisedesk.jira.servlet.PageAnswer;
import io.promisedesk.language.Message;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.TeamChange;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.VisibleAssessment;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin pages at the paths the plugin's servlet will serve them, for the admin role only: the team list with each
 * team's live load and median wait for ETA answers (and the health check's banner), the team form (create, edit), the
 * delete confirmation, the status phrases, the sales groups, the policies and the health check on the world's stand-in host
 * ({@link WorkbenchHealth}); the plugin's views and templates over the world's {@link WorkbenchSettings}. The team
 * list counts only the issues the admin may browse, as in Jira.
 *
 * <p>A save also puts the team into the world's team directory (its issues stay assigned as the scenario gave them)
 * and forgets every snapshot, so issue pages show the new settings; a delete leaves its issues with no team.
 */
final class AdminPages {
    private static final Pattern TEAM_PATH = Pattern.compile(Pattern.quote(AdminLinks.TEAM) + "([A-Za-z0-9_-]+)("
            + Pattern.quote(AdminLinks.DELETE_SUFFIX) + ")?");
    private static final Locale LOCALE = Locale.ENGLISH;

    private final WorkbenchWorld world;
    private final WorkbenchAccess access;
    private final WorkbenchSettings settings;
    private final MedianWaits medianWaits;
    private final TeamListView list = new TeamListView("");
    private final TeamFormView form = new TeamFormView("");
    private final DeleteTeamView delete = new DeleteTeamView("");
    private final GlobalSettingsView global = new GlobalSettingsView("");
    private final HealthView health = new HealthView("");
    private final RunHealthChecks checks;

    AdminPages(WorkbenchWorld world, WorkbenchAccess access, RunHealthChecks checks) {
        this.world = world;
        this.access = access;
        this.checks = checks;
        this.settings = world.settings();
        this.medianWaits = new MedianWaits(world.etaRequests(), world.clock());
    }

    static boolean handles(String path) {
        return path.equals(AdminLinks.PATH) || path.startsWith(AdminLinks.PATH + "/");
    }

    /** The page at {@code path}; empty for a path that names nothing (an unknown team among them). */
    Optional<String> get(String path, Role role, String xsrfToken) {
        if (path.equals(AdminLinks.PATH)) {
            return Optional.of(teamList(Optional.empty(), role));
        }
        if (path.equals(AdminLinks.NEW_TEAM)) {
            return Optional.of(teamForm(form.fresh(TeamForm.blank(), true, LOCALE), path, role, xsrfToken));
        }
        if (path.equals(AdminLinks.PHRASES)) {
            return Optional.of(phrases(SettingsFormShown.stored(PhraseForm.of(settings.globalSettings())), role, xsrfToken));
        }
        if (path.equals(AdminLinks.SALES_GROUPS)) {
            return Optional.of(salesGroups(SettingsFormShown.stored(SalesGroupsForm.of(settings.globalSettings())), role, xsrfToken));
        }
        if (path.equals(AdminLinks.POLICIES)) {
            return Optional.of(policies(SettingsFormShown.stored(PoliciesForm.of(settings.globalSettings())), role, xsrfToken));
        }
        if (path.equals(AdminLinks.HEALTH)) {
            return Optional.of(page("Health check", AdminLinks.HEALTH, role, "promisedesk-admin-health",
                    JiraLikeVelocity.render(HealthView.TEMPLATE,
                            health.context(WorkbenchAccess.answer(role, checks::run), LOCALE)),
                    PageAnswer.Frame.ADMIN_HEALTH));
        }
        Matcher team = TEAM_PATH.matcher(path);
        if (!team.matches()) {
            return Optional.empty();
        }
        Optional<Versioned<TeamSettings>> stored = settings.teams().find(new TeamKey(team.group(1)));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (team.group(2) != null) {
            return Optional.of(deletePage(delete.confirm(stored.get(), LOCALE), path, role, xsrfToken));
        }
        return Optional.of(teamForm(form.fresh(TeamForm.of(stored.get()), false, LOCALE), path, role, xsrfToken));
    }

    /** A submitted admin form, answered with the page it leads to (200, no redirect); empty for an unknown path. */
    Optional<String> post(String path, Map<String, List<String>> parameters, Role role, String xsrfToken) {
        if (path.equals(AdminLinks.NEW_TEAM)) {
            TeamForm typed = TeamForm.of(parameters);
            return Optional.of(afterTeamChange(settings.createTeam(typed), typed, true, path, role, xsrfToken));
        }
        if (path.equals(AdminLinks.PHRASES)) {
            PhraseForm typed = PhraseForm.of(parameters);
            return Optional.of(phrases(SettingsFormShown.after(settings.savePhrases(typed), typed, PhraseForm::of, PhraseForm::withVersion), role,
                    xsrfToken));
        }
        if (path.equals(AdminLinks.SALES_GROUPS)) {
            SalesGroupsForm typed = SalesGroupsForm.of(parameters);
            return Optional.of(salesGroups(SettingsFormShown.after(settings.saveSalesGroups(typed), typed, SalesGroupsForm::of, SalesGroupsForm::withVersion), role,
                    xsrfToken));
        }
        if (path.equals(AdminLinks.POLICIES)) {
            PoliciesForm typed = PoliciesForm.of(parameters);
            return Optional.of(policies(SettingsFormShown.after(settings.savePolicies(typed), typed, PoliciesForm::of, PoliciesForm::withVersion), role,
                    xsrfToken));
        }
        Matcher team = TEAM_PATH.matcher(path);
        if (!team.matches()) {
            return Optional.empty();
        }
        TeamKey key = new TeamKey(team.group(1));
        if (team.group(2) != null) {
            return deleteTeam(key, parameters, path, role, xsrfToken);
        }
        // The key is the path's; a key typed into the read-only field cannot move the settings to another team.
        TeamForm posted = TeamForm.of(parameters);
        TeamForm typed = new TeamForm(key.value(), posted.name(), posted.memberGroup(), posted.projects(), posted.jql(),
                posted.members(), posted.workingDays(), posted.nonWorkingDates(), posted.absences(),
                posted.focusFactor(), posted.timeZone(), posted.defaultEstimate(), posted.warn(), posted.critical(),
                posted.version());
        return Optional.of(afterTeamChange(settings.updateTeam(key, typed), typed, false, path, role, xsrfToken));
    }

    private Optional<String> deleteTeam(TeamKey key, Map<String, List<String>> parameters, String path, Role role,
                                        String xsrfToken) {
        Optional<Versioned<TeamSettings>> stored = settings.teams().find(key);
        if (stored.isEmpty()) {
            return Optional.of(teamList(Optional.of(TeamListView.missing()), role));
        }
        long version;
        try {
            version = Long.parseLong(first(parameters, DeleteTeamView.VERSION));
        } catch (NumberFormatException unreadable) {
            version = 0;
        }
        boolean confirmed = !first(parameters, DeleteTeamView.CONFIRM).isEmpty();
        TeamChange change = settings.deleteTeam(key, version, confirmed);
        if (change instanceof TeamChange.Deleted deleted) {
            return Optional.of(teamList(Optional.of(TeamListView.deleted(deleted.deleted().team().name())), role));
        }
        if (change instanceof TeamChange.Missing) {
            return Optional.of(teamList(Optional.of(TeamListView.missing()), role));
        }
        if (change instanceof TeamChange.Conflict conflict) {
            return Optional.of(deletePage(delete.changed(conflict.current(), LOCALE), path, role, xsrfToken));
        }
        return Optional.of(deletePage(delete.unconfirmed(stored.get(), LOCALE), path, role, xsrfToken));
    }

    private String afterTeamChange(TeamChange change, TeamForm typed, boolean isNew, String path, Role role,
                                   String xsrfToken) {
        if (change instanceof TeamChange.Saved saved) {
            return teamList(Optional.of(TeamListView.saved(saved.stored().value().team().name())), role);
        }
        if (change instanceof TeamChange.Conflict conflict) {
            return teamForm(form.conflict(typed, conflict.current(), LOCALE), path, role, xsrfToken);
        }
        if (change instanceof TeamChange.Refused refused) {
            return teamForm(form.refused(typed, isNew, refused.errors(), LOCALE), path, role, xsrfToken);
        }
        return teamList(Optional.of(TeamListView.missing()), role);
    }

    private String teamList(Optional<Message> notice, Role role) {
        List<TeamSettings> configured = settings.teams().all().stream().map(Versioned::value).toList();
        Map<TeamKey, VisibleAssessment> loads = new HashMap<>();
        Map<TeamKey, Duration> waits = new HashMap<>();
        Predicate<IssueKey> browsable = access.browsableBy(role);
        for (TeamSettings settings : configured) {
            world.assessment(settings.key()).ifPresent(assessment ->
                    loads.put(settings.key(), assessment.visibleTo(browsable)));
            medianWaits.of(settings.key(), browsable).ifPresent(wait -> waits.put(settings.key(), wait));
        }
        return page("Promise Desk administration", AdminLinks.PATH, role, "promisedesk-admin-teams",
                JiraLikeVelocity.render(TeamListView.TEMPLATE, list.context(configured, loads, waits, notice,
                        checks.quick(), LOCALE)));
    }

    private String teamForm(Map<String, Object> context, String path, Role role, String xsrfToken) {
        return page("Team", path, role, "promisedesk-admin-team", render(TeamFormView.TEMPLATE, context, xsrfToken));
    }

    private String deletePage(Map<String, Object> context, String path, Role role, String xsrfToken) {
        return page("Delete team", path, role, "promisedesk-admin-delete", render(DeleteTeamView.TEMPLATE, context, xsrfToken));
    }

    private String phrases(SettingsFormShown<PhraseForm> shown, Role role, String xsrfToken) {
        return page("Status phrases", AdminLinks.PHRASES, role, "promisedesk-admin-phrases", render(GlobalSettingsView.PHRASES_TEMPLATE,
                global.phrases(shown.form(), shown.errors(), shown.notice(), shown.newer(), LOCALE), xsrfToken));
    }

    private String salesGroups(SettingsFormShown<SalesGroupsForm> shown, Role role, String xsrfToken) {
        return page("Sales groups", AdminLinks.SALES_GROUPS, role, "promisedesk-admin-sales-groups", render(GlobalSettingsView.SALES_GROUPS_TEMPLATE,
                global.salesGroups(shown.form(), shown.errors(), shown.notice(), shown.newer(), LOCALE), xsrfToken));
    }

    private String policies(SettingsFormShown<PoliciesForm> shown, Role role, String xsrfToken) {
        return page("Policies", AdminLinks.POLICIES, role, "promisedesk-admin-policies", render(GlobalSettingsView.POLICIES_TEMPLATE,
                global.policies(shown.form(), shown.errors(), shown.notice(), shown.newer(), LOCALE), xsrfToken));
    }

    private static String render(String template, Map<String, Object> context, String xsrfToken) {
        Map<String, Object> withToken = new LinkedHashMap<>(context);
        withToken.put("xsrfToken", xsrfToken);
        return JiraLikeVelocity.render(template, withToken);
    }

    private static String page(String title, String path, Role role, String id, String body) {
        return page(title, path, role, id, body, PageAnswer.Frame.ADMIN);
    }

    /** In Jira's administration frame, as the plugin's admin pages ask for it (its item marked in the admin menu). */
    private static String page(String title, String path, Role role, String id, String body, PageAnswer.Frame frame) {
        return Layout.page(title, path, role, "<div class=\"workbench-panel\" id=\"" + id + "\">\n" + body.strip()
                + "\n</div>\n", frame);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
