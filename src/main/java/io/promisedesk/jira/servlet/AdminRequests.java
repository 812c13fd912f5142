package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.admin.AdminLinks;
import io.promisedesk.admin.DeleteTeamView;
import io.promisedesk.admin.GlobalSettingsView;
import io.promisedesk.admin.HealthView;
import io.promisedesk.admin.PreviewTeam;
import io.promisedesk.admin.SettingsFormShown;
import io.promisedesk.admin.TeamFormView;
import io.promisedesk.admin.TeamListView;
import io.promisedesk.admin.TeamPreviewView;
import io.promisedesk.admin.WhatIf;
import io.promisedesk.admin.WhatIfForm;
import io.promisedesk.chart.WorkloadChartView;
import io.promisedesk.common.Require;
import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.inbox.MedianWaits;
import io.promisedesk.jira.servlet.PageAnswer.Frame;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.Message;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.TeamChange;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.TeamSnapshot;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.VisibleAssessment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin pages under {@value AdminLinks#PATH} without Jira, for Jira administrators only: the team list with each
 * team's live load and median wait for ETA answers, the team form (create, edit), the delete confirmation, a team's preview with its what-if, the
 * status phrases, the sales groups, the policies and the health check (run live on each view; the team list shows its banner from
 * {@link RunHealthChecks#quick()}). Saves go through {@link ConfigureTeams} and {@link ConfigureGlobalSettings}
 * and answer with the page they lead to (200); a form post needs Jira's XSRF token. The routes are the workbench's.
 */
public final class AdminRequests {
    /** A team key as {@link TeamKey} takes it (at most 64 characters), so that a longer one is simply not found. */
    private static final Pattern TEAM_PATH = Pattern.compile(Pattern.quote(AdminLinks.TEAM) + "([A-Za-z0-9_-]{1,64})("
            + Pattern.quote(AdminLinks.DELETE_SUFFIX) + "|" + Pattern.quote(AdminLinks.PREVIEW_SUFFIX) + ")?");

    private final Access access;
    private final TeamSettingsStore teams;
    private final ConfigureTeams configureTeams;
    private final ConfigureGlobalSettings configureGlobal;
    private final TeamSnapshots snapshots;
    private final PreviewTeam preview;
    private final MedianWaits medianWaits;
    private final RunHealthChecks health;

    public AdminRequests(Access access, TeamSettingsStore teams, ConfigureTeams configureTeams,
                         ConfigureGlobalSettings configureGlobal, TeamSnapshots snapshots, PreviewTeam preview,
                         MedianWaits medianWaits, RunHealthChecks health) {
        this.access = Require.present(access, "access");
        this.teams = Require.present(teams, "teams");
        this.configureTeams = Require.present(configureTeams, "configureTeams");
        this.configureGlobal = Require.present(configureGlobal, "configureGlobal");
        this.snapshots = Require.present(snapshots, "snapshots");
        this.preview = Require.present(preview, "preview");
        this.medianWaits = Require.present(medianWaits, "medianWaits");
        this.health = Require.present(health, "health");
    }

    /** Nobody logged in: the login page; logged in but not a Jira administrator: 403. Empty for an administrator. */
    public Optional<PageAnswer> refusal(PageRequest request) {
        if (access.user().isEmpty()) {
            return Optional.of(new PageAnswer.Login());
        }
        if (!access.isAdministrator()) {
            return Optional.of(MessagePages.forbidden("promisedesk.page.forbidden.admin", request.locale()));
        }
        return Optional.empty();
    }

    /** The page at the request's path; an unknown path or team is not found. */
    public PageAnswer get(PageRequest request) {
        Optional<PageAnswer> refused = refusal(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        String path = request.path();
        if (path.equals(AdminLinks.PATH) || path.equals(AdminLinks.PATH + "/")) {
            return teamList(request, Optional.empty());
        }
        if (path.equals(AdminLinks.NEW_TEAM)) {
            return teamForm(request, new TeamFormView(request.baseUrl()).fresh(TeamForm.blank(), true, request.locale()));
        }
        if (path.equals(AdminLinks.PHRASES)) {
            return phrases(request, SettingsFormShown.stored(PhraseForm.of(configureGlobal.current())));
        }
        if (path.equals(AdminLinks.SALES_GROUPS)) {
            return salesGroups(request, SettingsFormShown.stored(SalesGroupsForm.of(configureGlobal.current())));
        }
        if (path.equals(AdminLinks.POLICIES)) {
            return policies(request, SettingsFormShown.stored(PoliciesForm.of(configureGlobal.current())));
        }
        if (path.equals(AdminLinks.HEALTH)) {
            return page("promisedesk-admin-health", HealthView.TEMPLATE,
                    new HealthView(request.baseUrl()).context(health.run(), request.locale()), request,
                    Frame.ADMIN_HEALTH);
        }
        Matcher team = TEAM_PATH.matcher(path);
        if (!team.matches()) {
            return MessagePages.notFound(request.locale());
        }
        TeamKey key = new TeamKey(team.group(1));
        if (AdminLinks.PREVIEW_SUFFIX.equals(team.group(2))) {
            return preview.current(key).<PageAnswer>map(current -> teamPreview(request, current))
                    .orElseGet(() -> MessagePages.notFound(request.locale()));
        }
        Optional<Versioned<TeamSettings>> stored = teams.find(key);
        if (stored.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        if (AdminLinks.DELETE_SUFFIX.equals(team.group(2))) {
            return deletePage(request, new DeleteTeamView(request.baseUrl()).confirm(stored.get(), request.locale()));
        }
        return teamForm(request, new TeamFormView(request.baseUrl()).fresh(TeamForm.of(stored.get()), false,
                request.locale()));
    }

    /** A submitted admin form: a valid XSRF token first, then the save, answered with the page it leads to. */
    public PageAnswer post(PageRequest request) {
        Optional<PageAnswer> refused = refusal(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!request.xsrfValid()) {
            return MessagePages.xsrfRefused(request.locale());
        }
        String path = request.path();
        Map<String, List<String>> parameters = request.parameters();
        if (path.equals(AdminLinks.NEW_TEAM)) {
            TeamForm typed = TeamForm.of(parameters);
            return afterTeamChange(request, configureTeams.create(typed), typed, true);
        }
        if (path.equals(AdminLinks.PHRASES)) {
            return savePhrases(request, PhraseForm.of(parameters));
        }
        if (path.equals(AdminLinks.SALES_GROUPS)) {
            return saveSalesGroups(request, SalesGroupsForm.of(parameters));
        }
        if (path.equals(AdminLinks.POLICIES)) {
            return savePolicies(request, PoliciesForm.of(parameters));
        }
        Matcher team = TEAM_PATH.matcher(path);
        if (!team.matches() || AdminLinks.PREVIEW_SUFFIX.equals(team.group(2))) {
            return MessagePages.notFound(request.locale());
        }
        TeamKey key = new TeamKey(team.group(1));
        if (teams.find(key).isEmpty()) {
            return teamList(request, Optional.of(TeamListView.missing()));
        }
        if (AdminLinks.DELETE_SUFFIX.equals(team.group(2))) {
            return deleteTeam(request, key);
        }
        // The key is the path's; a key typed into the read-only field cannot move the settings to another team.
        TeamForm posted = TeamForm.of(parameters);
        TeamForm typed = new TeamForm(key.value(), posted.name(), posted.memberGroup(), posted.projects(), posted.jql(),
                posted.members(), posted.workingDays(), posted.nonWorkingDates(), posted.absences(),
                posted.focusFactor(), posted.timeZone(), posted.defaultEstimate(), posted.warn(), posted.critical(),
                posted.version());
        return afterTeamChange(request, configureTeams.update(key, typed), typed, false);
    }

    private PageAnswer deleteTeam(PageRequest request, TeamKey key) {
        long version;
        try {
            version = Long.parseLong(first(request.parameters(), DeleteTeamView.VERSION));
        } catch (NumberFormatException unreadable) {
            // No stored team has version 0, so an unreadable version is answered as a conflict with the stored one.
            version = 0;
        }
        boolean confirmed = !first(request.parameters(), DeleteTeamView.CONFIRM).isEmpty();
        TeamChange change = configureTeams.delete(key, version, confirmed);
        DeleteTeamView view = new DeleteTeamView(request.baseUrl());
        if (change instanceof TeamChange.Deleted deleted) {
            return teamList(request, Optional.of(TeamListView.deleted(deleted.deleted().team().name())));
        }
        if (change instanceof TeamChange.Conflict conflict) {
            return deletePage(request, view.changed(conflict.current(), request.locale()));
        }
        Optional<Versioned<TeamSettings>> stored = teams.find(key);
        if (change instanceof TeamChange.Missing || stored.isEmpty()) {
            return teamList(request, Optional.of(TeamListView.missing()));
        }
        return deletePage(request, view.unconfirmed(stored.get(), request.locale()));
    }

    private PageAnswer afterTeamChange(PageRequest request, TeamChange change, TeamForm typed, boolean isNew) {
        TeamFormView view = new TeamFormView(request.baseUrl());
        if (change instanceof TeamChange.Saved saved) {
            return teamList(request, Optional.of(TeamListView.saved(saved.stored().value().team().name())));
        }
        if (change instanceof TeamChange.Conflict conflict) {
            return teamForm(request, view.conflict(typed, conflict.current(), request.locale()));
        }
        if (change instanceof TeamChange.Refused refused) {
            return teamForm(request, view.refused(typed, isNew, refused.errors(), request.locale()));
        }
        return teamList(request, Optional.of(TeamListView.missing()));
    }

    private PageAnswer savePhrases(PageRequest request, PhraseForm typed) {
        return phrases(request, SettingsFormShown.after(configureGlobal.savePhrases(typed), typed, PhraseForm::of, PhraseForm::withVersion));
    }

    private PageAnswer saveSalesGroups(PageRequest request, SalesGroupsForm typed) {
        return salesGroups(request, SettingsFormShown.after(configureGlobal.saveSalesGroups(typed), typed, SalesGroupsForm::of, SalesGroupsForm::withVersion));
    }

    private PageAnswer savePolicies(PageRequest request, PoliciesForm typed) {
        return policies(request, SettingsFormShown.after(configureGlobal.savePolicies(typed), typed, PoliciesForm::of, PoliciesForm::withVersion));
    }

    /**
     * Each team with its current snapshot and its median wait, as far as the administrator may browse the issues (a
     * Jira administrator is not granted every project); a team whose work cannot be assessed yet shows as not
     * assessed, one that answered no ETA request lately as having none.
     */
    private PageAnswer teamList(PageRequest request, Optional<Message> notice) {
        List<TeamSettings> configured = teams.all().stream().map(Versioned::value).toList();
        Map<TeamKey, VisibleAssessment> loads = new HashMap<>();
        Map<TeamKey, Duration> waits = new HashMap<>();
        Duration staleFor = Duration.ZERO;
        for (TeamSettings settings : configured) {
            Optional<TeamSnapshot> snapshot = snapshots.snapshot(settings.key());
            if (snapshot.isPresent()) {
                loads.put(settings.key(), snapshot.get().assessment().visibleTo(access::canBrowse));
                staleFor = FreshnessSection.oldest(staleFor, snapshot.get().staleFor());
            }
            medianWaits.of(settings.key(), access::canBrowse).ifPresent(wait -> waits.put(settings.key(), wait));
        }
        Page list = page("promisedesk-admin-teams", TeamListView.TEMPLATE,
                new TeamListView(request.baseUrl()).context(configured, loads, waits, notice, health.quick(),
                        request.locale()), request);
        List<Section> sections = new ArrayList<>(list.sections());
        sections.add(FreshnessSection.of(staleFor, request.locale()));
        return new Page(list.status(), list.title(), list.id(), list.headed(), List.copyOf(sections), list.frame());
    }

    /** The team's preview and what-if, listing, counting and charting only the issues the administrator may browse. */
    private PageAnswer teamPreview(PageRequest request, TeamAssessment whole) {
        VisibleAssessment current = whole.visibleTo(access::canBrowse);
        TeamPreviewView view = new TeamPreviewView(request.baseUrl());
        Map<String, List<String>> parameters = request.parameters();
        Map<String, Object> context;
        Optional<VisibleAssessment> whatIf = Optional.empty();
        if (WhatIfForm.FIELDS.stream().noneMatch(parameters::containsKey)) {
            context = view.fresh(current, request.locale());
        } else {
            WhatIfForm typed = WhatIfForm.of(parameters);
            WhatIf.Outcome outcome = WhatIf.apply(current.team(), typed);
            if (outcome instanceof WhatIf.Changed changed) {
                whatIf = Optional.of(preview.whatIf(whole, changed.team()).visibleTo(access::canBrowse));
                context = view.previewed(current, typed, whatIf.get(), request.locale());
            } else {
                context = view.refused(current, typed, ((WhatIf.Refused) outcome).errors(), request.locale());
            }
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(TeamPreviewView.TEMPLATE, context));
        sections.add(new Section(WorkloadChartView.TEMPLATE, view.chart(current, false, request.locale())));
        whatIf.ifPresent(assessment -> sections.add(new Section(WorkloadChartView.TEMPLATE,
                view.chart(assessment, true, request.locale()))));
        return new Page(200, String.valueOf(context.get("heading")), "promisedesk-admin-preview", false, sections,
                Frame.ADMIN);
    }

    private PageAnswer teamForm(PageRequest request, Map<String, Object> context) {
        return page("promisedesk-admin-team", TeamFormView.TEMPLATE, context, request);
    }

    private PageAnswer deletePage(PageRequest request, Map<String, Object> context) {
        return page("promisedesk-admin-delete", DeleteTeamView.TEMPLATE, context, request);
    }

    private PageAnswer phrases(PageRequest request, SettingsFormShown<PhraseForm> shown) {
        return page("promisedesk-admin-phrases", GlobalSettingsView.PHRASES_TEMPLATE, new GlobalSettingsView(request.baseUrl()).phrases(shown.form(),
                shown.errors(), shown.notice(), shown.newer(), request.locale()), request);
    }

    private PageAnswer salesGroups(PageRequest request, SettingsFormShown<SalesGroupsForm> shown) {
        return page("promisedesk-admin-sales-groups", GlobalSettingsView.SALES_GROUPS_TEMPLATE, new GlobalSettingsView(request.baseUrl()).salesGroups(shown.form(),
                shown.errors(), shown.notice(), shown.newer(), request.locale()), request);
    }

    private PageAnswer policies(PageRequest request, SettingsFormShown<PoliciesForm> shown) {
        return page("promisedesk-admin-policies", GlobalSettingsView.POLICIES_TEMPLATE, new GlobalSettingsView(request.baseUrl()).policies(shown.form(),
                shown.errors(), shown.notice(), shown.newer(), request.locale()), request);
    }

    /** One view's page, titled by its heading (already translated), with the form token its forms post back. */
    private static Page page(String id, String template, Map<String, Object> context, PageRequest request) {
        return page(id, template, context, request, Frame.ADMIN);
    }

    private static Page page(String id, String template, Map<String, Object> context, PageRequest request,
                             Frame frame) {
        Map<String, Object> withToken = new LinkedHashMap<>(context);
        withToken.put("xsrfToken", request.xsrfToken());
        return new Page(200, String.valueOf(context.get("heading")), id, false, List.of(new Section(template, withToken)),
                frame);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
