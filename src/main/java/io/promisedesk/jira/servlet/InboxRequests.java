package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.inbox.EtaInbox;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.EtaRequestStore;
import io.promisedesk.inbox.ShowEtaInbox;
import io.promisedesk.inbox.view.EtaInboxView;
import io.promisedesk.inbox.view.InboxLinks;
import io.promisedesk.inbox.view.InboxListView;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.panel.EtaFormInput;
import io.promisedesk.panel.EtaFormView;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.WorkItemSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The teams' ETA inboxes without Jira: {@value #LIST_PATH} lists the inboxes the reader may open with how many wait
 * in each; {@value InboxLinks#INBOX_PATH}TEAM shows one, whose row forms post back to it and run {@link UpdateEta}
 * (the ETA history store answers the issue's requests once the ETA is saved).
 *
 * <p>A team's inbox is for its technicians, and for Jira administrators: a member of the team, or whoever Jira lets
 * edit one of the issues sales asked the team about ({@link Access#canEdit}), as the ETA form decides. Each row is
 * shown only when the reader may browse its issue, and answered only when they may edit it; a hidden issue is never
 * named, not even in the counts or the median wait.
 */
public final class InboxRequests {
    /** The list of inboxes; {@value InboxLinks#INBOX_PATH} without a team shows it too. */
    public static final String LIST_PATH = "/plugins/servlet/promisedesk/inbox";
    /** How far back answered requests count towards the median wait. */
    public static final Duration ANSWERED_WITHIN = Duration.ofDays(30);

    private final Access access;
    private final TeamDirectory teams;
    private final TeamSnapshots snapshots;
    private final WorkItemSource work;
    private final EtaHistoryStore histories;
    private final UpdateEta updateEta;
    private final ShowEtaInbox showInbox;
    private final Clock clock;

    public InboxRequests(Access access, TeamDirectory teams, TeamSnapshots snapshots, WorkItemSource work,
                         EtaRequestStore requests, EtaHistoryStore histories, UpdateEta updateEta, Clock clock) {
        this.access = Require.present(access, "access");
        this.teams = Require.present(teams, "teams");
        this.snapshots = Require.present(snapshots, "snapshots");
        this.work = Require.present(work, "work");
        this.histories = Require.present(histories, "histories");
        this.updateEta = Require.present(updateEta, "updateEta");
        this.clock = Require.present(clock, "clock");
        this.showInbox = new ShowEtaInbox(Require.present(requests, "requests"), clock, ANSWERED_WITHIN);
    }

    /** The list of inboxes, or one team's inbox as it stands. */
    public PageAnswer get(PageRequest request) {
        if (access.user().isEmpty()) {
            return new PageAnswer.Login();
        }
        if (request.path().equals(LIST_PATH) || request.path().equals(InboxLinks.INBOX_PATH)) {
            return list(request);
        }
        Optional<Subject> subject = subject(request);
        if (subject.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        if (!subject.get().mayOpen()) {
            return MessagePages.forbidden("promisedesk.page.forbidden.inbox", request.locale());
        }
        Subject team = subject.get();
        return page(request, team, view(request).context(team.visible(), team.assessment(), issues(team), request.locale()));
    }

    /**
     * A row's ETA form: the team's inbox and a valid XSRF token first, then the named issue (one of the team's the
     * reader may browse, else not found) and Jira's Edit Issues on it, then {@link UpdateEta}; the inbox again with
     * the confirmation, or that row's form with the message beside its field and everything typed kept.
     */
    public PageAnswer post(PageRequest request) {
        if (access.user().isEmpty()) {
            return new PageAnswer.Login();
        }
        Optional<Subject> found = subject(request);
        if (found.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        if (!found.get().mayOpen()) {
            return MessagePages.forbidden("promisedesk.page.forbidden.inbox", request.locale());
        }
        if (!request.xsrfValid()) {
            return MessagePages.xsrfRefused(request.locale());
        }
        Team team = found.get().team();
        Optional<IssueKey> named = IssueKeys.parse(request.parameters().getOrDefault(EtaInboxView.ISSUE, List.of())
                .stream().findFirst().orElse(""));
        if (named.isEmpty() || !access.canBrowse(named.get()) || !teams.teamOf(named.get()).equals(Optional.of(team.key()))) {
            return MessagePages.notFound(request.locale());
        }
        IssueKey key = named.get();
        if (!access.canEdit(key)) {
            return MessagePages.forbidden("promisedesk.page.forbidden.eta", request.locale());
        }
        EtaFormView etaForm = new EtaFormView(request.baseUrl());
        EtaFormInput typed = EtaFormInput.of(request.parameters());
        EtaUpdateOutcome outcome;
        try {
            outcome = updateEta.update(typed.toCommand(team, key, access.user().orElseThrow()));
        } catch (InvalidValueException invalid) {
            Subject now = subject(request).orElse(found.get());
            return page(request, now, view(request).refused(now.visible(), now.assessment(), issues(now), key,
                    etaForm.invalid(key, histories.load(key).currentEta(), typed, invalid, request.locale()),
                    request.locale()));
        }
        // Read again: the saved ETA answered the issue's request, which has left the list.
        Subject now = subject(request).orElse(found.get());
        if (outcome instanceof EtaUpdateOutcome.Accepted accepted) {
            return page(request, now, view(request).answered(now.visible(), now.assessment(), issues(now),
                    accepted.change(), request.locale()));
        }
        return page(request, now, view(request).refused(now.visible(), now.assessment(), issues(now), key,
                etaForm.rejected(key, typed, (EtaUpdateOutcome.Rejected) outcome, request.locale()), request.locale()));
    }

    private Page list(PageRequest request) {
        List<InboxListView.Waiting> inboxes = new ArrayList<>();
        // No snapshot is read: the list needs no workload.
        for (Team team : teams.teams()) {
            Seen seen = seen(team);
            if (seen.mayOpen()) {
                inboxes.add(new InboxListView.Waiting(team, seen.inbox().open().size()));
            }
        }
        Map<String, Object> context = new InboxListView(request.baseUrl()).context(inboxes, request.locale());
        String title = new MessageRenderer(request.locale()).render("promisedesk.inbox.list.heading");
        return new Page(200, title, "promisedesk-inbox-list-page", false,
                List.of(new Section(InboxListView.TEMPLATE, context)));
    }

    private Page page(PageRequest request, Subject subject, Map<String, Object> inbox) {
        Map<String, Object> context = new LinkedHashMap<>(inbox);
        context.put("xsrfToken", request.xsrfToken());
        String title = new MessageRenderer(request.locale()).render("promisedesk.inbox.heading", subject.team().name());
        return new Page(200, title, "promisedesk-inbox-page", false, List.of(new Section(EtaInboxView.TEMPLATE, context)));
    }

    private static EtaInboxView view(PageRequest request) {
        return new EtaInboxView(request.baseUrl(), ANSWERED_WITHIN);
    }

    /** The team the path names (one percent-encoded segment, as {@link InboxLinks} writes it); empty for no team. */
    private Optional<Subject> subject(PageRequest request) {
        if (!request.path().startsWith(InboxLinks.INBOX_PATH)) {
            return Optional.empty();
        }
        Optional<TeamKey> key = teamKey(request.after(InboxLinks.INBOX_PATH));
        Optional<Team> team = key.flatMap(teams::team);
        if (team.isEmpty()) {
            return Optional.empty();
        }
        return snapshots.current(team.get().key()).map(assessment -> subject(team.get(), assessment));
    }

    private static Optional<TeamKey> teamKey(String segment) {
        if (segment.isEmpty() || segment.contains("/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TeamKey(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notAKey) {
            // A malformed escape, or a key TeamKey refuses (InvalidValueException is one).
            return Optional.empty();
        }
    }

    private Subject subject(Team team, TeamAssessment assessment) {
        Seen seen = seen(team);
        return new Subject(team, assessment, seen.inbox(), seen.mayOpen());
    }

    /**
     * The team's inbox as the reader may see it: only requests on issues they may browse, open and answered alike, so
     * that neither a row nor the median wait tells of a hidden issue; and whether the reader may open it at all.
     */
    private Seen seen(Team team) {
        EtaInbox whole = showInbox.show(team.key());
        List<EtaRequest> visible = Stream.concat(whole.open().stream(), whole.answered().stream())
                .filter(request -> access.canBrowse(request.issue())).toList();
        boolean mayOpen = access.isAdministrator() || isMember(team)
                || Stream.concat(whole.open().stream(), whole.answered().stream())
                .anyMatch(request -> access.canEdit(request.issue()));
        return new Seen(EtaInbox.of(team.key(), visible, Clock.fixed(whole.asOf(), clock.getZone())), mayOpen);
    }

    private boolean isMember(Team team) {
        String user = access.user().orElse("");
        return team.members().stream().map(Member::user).anyMatch(user::equals);
    }

    /**
     * The issues of the open requests as they are now: committed ones from the team's cached snapshot, and only when
     * one is not there, one read of the team's work.
     */
    private Map<IssueKey, WorkItem> issues(Subject subject) {
        Map<IssueKey, WorkItem> issues = new LinkedHashMap<>();
        List<IssueKey> missing = new ArrayList<>();
        for (EtaRequest request : subject.visible().open()) {
            Optional<WorkItem> item = subject.assessment().verdictFor(request.issue()).map(IssueVerdict::item);
            item.ifPresentOrElse(found -> issues.put(found.key(), found), () -> missing.add(request.issue()));
        }
        if (!missing.isEmpty()) {
            work.workOf(subject.team().key()).stream().filter(item -> missing.contains(item.key()))
                    .forEach(item -> issues.put(item.key(), item));
        }
        return issues;
    }

    private record Subject(Team team, TeamAssessment assessment, EtaInbox visible, boolean mayOpen) {
    }

    private record Seen(EtaInbox inbox, boolean mayOpen) {
    }
}
