package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentOutcome;
import io.promisedesk.commitment.CommitmentSaved;
import io.promisedesk.commitment.CommitmentStale;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.commitment.SetCommitmentCommand;
import io.promisedesk.commitment.AddressState;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.Asked;
import io.promisedesk.inbox.EtaRequestStore;
import io.promisedesk.inbox.view.AskFormInput;
import io.promisedesk.inbox.view.AskFormView;
import io.promisedesk.inbox.view.InboxLinks;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.sales.CommitmentFormInput;
import io.promisedesk.sales.CommitmentFormView;
import io.promisedesk.sales.CommitmentList;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.sales.SalesIssue;
import io.promisedesk.sales.SalesIssueView;
import io.promisedesk.sales.SalesIssues;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamSnapshot;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.WorkItemSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sales pages without Jira: one issue as sales sees it with its commitment form and its "ask for an ETA" form,
 * the two forms' submits, and "My commitments". Every request is checked first: nobody logged in goes to the login page, anyone but the sales
 * groups and Jira administrators is refused, a form post needs a valid XSRF token, and an issue the reader may not
 * browse is not found, exactly as an issue that does not exist; "My commitments" lists and counts only issues the
 * reader may browse, by default the ones whose commitment they hold.
 */
public final class SalesRequests {
    public static final String ISSUE_PATH = "/plugins/servlet/promisedesk/sales/issue/";
    public static final String COMMITMENTS_PATH = "/plugins/servlet/promisedesk/sales/commitments";
    public static final String COMMITMENT_FORM_PATH = "/plugins/servlet/promisedesk/sales/commitment/";
    /** Where the ask form posts, as {@link InboxLinks} writes it. */
    public static final String ASK_PATH = InboxLinks.ASK_PATH;

    private final Access access;
    private final TeamDirectory teams;
    private final TeamSnapshots snapshots;
    private final SalesIssues issues;
    private final CommitmentStore commitments;
    private final SetCommitment setCommitment;
    private final GlobalSettingsStore settings;
    private final EtaRequestStore requests;
    private final AskForEta askForEta;
    private final Function<EmailAddress, AddressState> addressStates;

    public SalesRequests(Access access, TeamDirectory teams, TeamSnapshots snapshots, WorkItemSource work,
                         CommitmentStore commitments, SetCommitment setCommitment, GlobalSettingsStore settings,
                         EtaRequestStore requests, AskForEta askForEta,
                         Function<EmailAddress, AddressState> addressStates) {
        this.access = Require.present(access, "access");
        this.teams = Require.present(teams, "teams");
        this.snapshots = Require.present(snapshots, "snapshots");
        this.issues = new SalesIssues(teams, snapshots, work);
        this.commitments = Require.present(commitments, "commitments");
        this.setCommitment = Require.present(setCommitment, "setCommitment");
        this.settings = Require.present(settings, "settings");
        this.requests = Require.present(requests, "requests");
        this.addressStates = Require.present(addressStates, "addressStates");
        this.askForEta = Require.present(askForEta, "askForEta");
    }

    /**
     * {@value #ISSUE_PATH}KEY or {@value #COMMITMENTS_PATH}; {@value #COMMITMENT_FORM_PATH}KEY and {@value #ASK_PATH}KEY
     * redirect to the issue's page; anything else is not found.
     */
    public PageAnswer get(PageRequest request) {
        Optional<PageAnswer> refused = SalesGate.refusal(access, request.locale());
        if (refused.isPresent()) {
            return refused.get();
        }
        if (request.path().equals(COMMITMENTS_PATH)) {
            return commitmentList(request);
        }
        for (String form : List.of(COMMITMENT_FORM_PATH, ASK_PATH)) {
            if (request.path().startsWith(form)) {
                // Where the login page sends someone back to after a form post: the form lives on the issue's page.
                return new PageAnswer.Redirect(IssueKeys.parse(request.after(form))
                        .map(key -> trimmed(request.baseUrl()) + ISSUE_PATH + key)
                        .orElse(trimmed(request.baseUrl()) + COMMITMENTS_PATH));
            }
        }
        if (request.path().startsWith(ISSUE_PATH)) {
            return subject(request.after(ISSUE_PATH))
                    .<PageAnswer>map(subject -> issuePage(request, subject, Optional.empty(), Optional.empty()))
                    .orElseGet(() -> MessagePages.notFound(request.locale()));
        }
        return MessagePages.notFound(request.locale());
    }

    /**
     * {@value #COMMITMENT_FORM_PATH}KEY: the form's values to a command, then the promise check ("check", anything but
     * "save") or {@link SetCommitment#set} ("save", refused as stale when someone else changed the commitment since
     * the form was shown), and the issue's page with the form as the outcome says;
     * {@value #ASK_PATH}KEY: the ask form's values to {@link AskForEta}, and the issue's page with that form so.
     */
    public PageAnswer post(PageRequest request) {
        Optional<PageAnswer> refused = SalesGate.refusal(access, request.locale());
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!request.xsrfValid()) {
            return MessagePages.xsrfRefused(request.locale());
        }
        if (request.path().startsWith(ASK_PATH)) {
            return ask(request);
        }
        if (!request.path().startsWith(COMMITMENT_FORM_PATH)) {
            return MessagePages.notFound(request.locale());
        }
        Optional<SalesIssue> found = subject(request.after(COMMITMENT_FORM_PATH));
        if (found.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        SalesIssue subject = found.get();
        CommitmentFormView view = new CommitmentFormView(request.baseUrl());
        CommitmentFormInput typed = CommitmentFormInput.of(request.parameters());
        Map<String, Object> form;
        try {
            SetCommitmentCommand command = typed.toCommand(subject.team(), subject.issue(), access.user().orElseThrow());
            if (CommitmentFormInput.action(request.parameters()) == CommitmentFormInput.Action.SAVE) {
                CommitmentOutcome outcome = setCommitment.set(command);
                // Read again, as the team's snapshot may know the change already; the view shows the issue's promise
                // as the outcome has it: the one saved, or the newer one that made this save stale.
                SalesIssue after = subject(request.after(COMMITMENT_FORM_PATH)).orElse(subject);
                if (outcome instanceof CommitmentSaved saved) {
                    subject = withCommitment(after, Optional.of(saved.saved().current().commitment()));
                    form = view.saved(subject.issue(), saved, request.locale());
                } else {
                    CommitmentStale stale = (CommitmentStale) outcome;
                    subject = withCommitment(after, stale.current());
                    form = view.stale(subject.issue(), typed, stale, request.locale());
                }
            } else {
                form = view.checked(subject.issue(), typed, setCommitment.check(command), request.locale());
            }
        } catch (InvalidValueException invalid) {
            form = view.invalid(subject.issue(), typed, invalid, request.locale());
        }
        return issuePage(request, subject, Optional.of(form), Optional.empty());
    }

    /** The ask for the issue's ETA, by the reader, for the issue's team and with its commitment date now. */
    private PageAnswer ask(PageRequest request) {
        Optional<SalesIssue> found = subject(request.after(ASK_PATH));
        if (found.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        WorkItem issue = found.get().issue();
        AskFormView view = new AskFormView(request.baseUrl());
        AskFormInput typed = AskFormInput.of(request.parameters());
        Map<String, Object> form;
        try {
            Asked asked = askForEta.ask(typed.toCommand(issue, found.get().team().key(), access.user().orElseThrow()));
            form = view.asked(issue, asked, request.locale());
        } catch (InvalidValueException invalid) {
            form = view.invalid(issue, requests.openRequestOn(issue.key()), typed, invalid, request.locale());
        }
        return issuePage(request, found.get(), Optional.empty(), Optional.of(form));
    }


    /**
     * The issue the reader may browse, with its team and the team's snapshot; empty for a malformed key, an issue
     * nobody may show this reader, or one of no configured team (which has nothing for sales).
     */
    private Optional<SalesIssue> subject(String keyText) {
        Optional<IssueKey> key = IssueKeys.parse(keyText);
        if (key.isEmpty() || !access.canBrowse(key.get())) {
            return Optional.empty();
        }
        return issues.find(key.get());
    }

    private Page issuePage(PageRequest request, SalesIssue subject, Optional<Map<String, Object>> form,
                           Optional<Map<String, Object>> askForm) {
        WorkItem issue = subject.issue();
        Optional<StoredCommitment> stored = commitments.load(issue.key()).map(SavedCommitment::current);
        Optional<String> note = stored.flatMap(StoredCommitment::note);
        InformedAddresses informed = stored.map(StoredCommitment::informed).orElse(InformedAddresses.none());
        Map<String, Object> view = new SalesIssueView(request.baseUrl()).context(issue, subject.assessment(),
                settings.load().value().phrases(), note, informed, addressStates, request.locale(),
                subject.assessment().today());
        Map<String, Object> formContext = new LinkedHashMap<>(form.orElseGet(() ->
                new CommitmentFormView(request.baseUrl()).fresh(issue, note, informed, request.locale())));
        formContext.put("xsrfToken", request.xsrfToken());
        Map<String, Object> askContext = new LinkedHashMap<>(askForm.orElseGet(() ->
                new AskFormView(request.baseUrl()).fresh(issue, requests.openRequestOn(issue.key()), request.locale())));
        askContext.put("xsrfToken", request.xsrfToken());
        String title = new MessageRenderer(request.locale()).render("promisedesk.page.salesIssue.title",
                issue.key().toString());
        List<Section> sections = new ArrayList<>(List.of(
                new Section(SalesIssueView.TEMPLATE, view),
                FreshnessSection.of(subject.snapshot().staleFor(), request.locale()),
                new Section(CommitmentFormView.TEMPLATE, formContext),
                new Section(AskFormView.TEMPLATE, askContext)));
        sections.addAll(StatusLinkSection.of(new StatusLinkScope.OneIssue(issue.key()),
                settings.load().value().statusLinks(), access, request));
        return new Page(200, title, "promisedesk-sales-issue-page", false, sections);
    }

    /** "My commitments", titled by whose commitments it shows. */
    private Page commitmentList(PageRequest request) {
        CommitmentList list = new CommitmentList(request.baseUrl());
        Map<String, Object> context;
        Duration staleFor = Duration.ZERO;
        List<Section> share = List.of();
        try {
            CommitmentQuery query = CommitmentQuery.parse(request.parameters());
            Shown shown = commitments(query.scope());
            context = list.context(shown.verdicts(), query, request.locale());
            staleFor = shown.staleFor();
            // Only a list under filters that were accepted may be shared: the link keeps the filter shown.
            share = StatusLinkSection.of(new StatusLinkScope.Commitments(query),
                    settings.load().value().statusLinks(), access, request);
        } catch (InvalidValueException refused) {
            context = list.rejected(request.parameters(), refused, request.locale());
        }
        List<Section> sections = new ArrayList<>(List.of(new Section(CommitmentList.TEMPLATE, context),
                FreshnessSection.of(staleFor, request.locale())));
        sections.addAll(share);
        return new Page(200, String.valueOf(context.get("heading")), "promisedesk-commitments-page", false,
                sections);
    }

    /** The commitments a list shows, and how long the oldest of their teams' figures have been known to miss a change. */
    private record Shown(List<IssueVerdict> verdicts, Duration staleFor) {
    }

    /**
     * The commitments of {@code scope} on issues the reader may browse, each verdict from its team's cached snapshot:
     * for {@link CommitmentQuery.Scope#MINE} only those whose current commitment the reader set, the holder the
     * digest tells of their news; a commitment never set through Promise Desk has no holder.
     */
    private Shown commitments(CommitmentQuery.Scope scope) {
        String reader = access.user().orElseThrow();
        List<IssueVerdict> shown = new ArrayList<>();
        Duration staleFor = Duration.ZERO;
        for (Team team : teams.teams()) {
            Optional<TeamSnapshot> snapshot = snapshots.snapshot(team.key());
            if (snapshot.isEmpty()) {
                continue;
            }
            staleFor = FreshnessSection.oldest(staleFor, snapshot.get().staleFor());
            List<IssueVerdict> verdicts = snapshot.get().assessment().verdicts();
            Set<IssueKey> held = scope == CommitmentQuery.Scope.MINE ? heldBy(reader, verdicts) : Set.of();
            for (IssueVerdict verdict : verdicts) {
                IssueKey key = verdict.item().key();
                // The holder first: a reader holds few of the company's commitments, and each browse check asks Jira.
                if ((scope == CommitmentQuery.Scope.ALL || held.contains(key)) && access.canBrowse(key)) {
                    shown.add(verdict);
                }
            }
        }
        return new Shown(shown, staleFor);
    }

    /** The team's committed issues whose current commitment {@code reader} set: one read of the store per team. */
    private Set<IssueKey> heldBy(String reader, List<IssueVerdict> verdicts) {
        List<IssueKey> keys = verdicts.stream().map(verdict -> verdict.item().key()).toList();
        return commitments.currentOf(keys).entrySet().stream()
                .filter(current -> current.getValue().author().equals(reader))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /**
     * The issue as it is after the save, for the sales view and the form's "promised now": a snapshot may still have
     * the old commitment until the issue's change reaches it, and a save refused by the store knows the newer one.
     */
    private static SalesIssue withCommitment(SalesIssue found, Optional<Commitment> commitment) {
        WorkItem issue = found.issue();
        WorkItem.Builder builder = WorkItem.builder(issue.key(), issue.statusCategory()).summary(issue.summary())
                .status(issue.status());
        commitment.ifPresent(builder::commitment);
        issue.eta().ifPresent(builder::eta);
        issue.assignee().ifPresent(builder::assignee);
        issue.priority().ifPresent(builder::priority);
        issue.estimate().ifPresent(builder::remaining);
        return new SalesIssue(builder.build(), found.team(), found.snapshot());
    }

    private static String trimmed(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
