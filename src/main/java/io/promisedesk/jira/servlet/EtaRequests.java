package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.panel.EtaFormInput;
import io.promisedesk.panel.EtaFormView;
import io.promisedesk.panel.EtaHistoryView;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.work.IssueKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ETA form of an issue, with its ETA history, without Jira: GET shows it, POST runs {@link UpdateEta}. A saved ETA redirects back to the
 * issue in Jira, where the panel shows it; a refused one shows the form again with the message beside its field and
 * everything typed kept. Technicians are whoever Jira lets edit the issue ({@link Access#canEdit}); an issue the
 * reader may not browse, or of no configured team, is not found.
 */
public final class EtaRequests {
    public static final String PATH = "/plugins/servlet/promisedesk/eta/";
    static final String TEMPLATE_BACK = "templates/page/back-link.vm";

    private final Access access;
    private final TeamDirectory teams;
    private final EtaHistoryStore histories;
    private final UpdateEta updateEta;

    public EtaRequests(Access access, TeamDirectory teams, EtaHistoryStore histories, UpdateEta updateEta) {
        this.access = Require.present(access, "access");
        this.teams = Require.present(teams, "teams");
        this.histories = Require.present(histories, "histories");
        this.updateEta = Require.present(updateEta, "updateEta");
    }

    /** The form with the stored ETA; without Edit Issues, the one line saying the reader cannot change it. */
    public PageAnswer get(PageRequest request) {
        if (access.user().isEmpty()) {
            return new PageAnswer.Login();
        }
        Optional<Subject> subject = subject(request);
        if (subject.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        IssueKey key = subject.get().key();
        return page(request, subject.get(), new EtaFormView(request.baseUrl()).fresh(key,
                histories.load(key).currentEta(), access.canEdit(key), request.locale()));
    }

    /** The form's submit: Edit Issues and a valid XSRF token first, then the update. */
    public PageAnswer post(PageRequest request) {
        if (access.user().isEmpty()) {
            return new PageAnswer.Login();
        }
        Optional<Subject> found = subject(request);
        if (found.isEmpty()) {
            return MessagePages.notFound(request.locale());
        }
        IssueKey key = found.get().key();
        if (!access.canEdit(key)) {
            return MessagePages.forbidden("promisedesk.page.forbidden.eta", request.locale());
        }
        if (!request.xsrfValid()) {
            return MessagePages.xsrfRefused(request.locale());
        }
        EtaFormView view = new EtaFormView(request.baseUrl());
        EtaFormInput typed = EtaFormInput.of(request.parameters());
        Map<String, Object> form;
        try {
            EtaUpdateOutcome outcome = updateEta.update(typed.toCommand(found.get().team(), key,
                    access.user().orElseThrow()));
            if (outcome instanceof EtaUpdateOutcome.Accepted) {
                return new PageAnswer.Redirect(issueHref(request, key));
            }
            form = view.rejected(key, typed, (EtaUpdateOutcome.Rejected) outcome, request.locale());
        } catch (InvalidValueException invalid) {
            form = view.invalid(key, histories.load(key).currentEta(), typed, invalid, request.locale());
        }
        return page(request, found.get(), form);
    }

    private Optional<Subject> subject(PageRequest request) {
        if (!request.path().startsWith(PATH)) {
            return Optional.empty();
        }
        Optional<IssueKey> key = IssueKeys.parse(request.after(PATH));
        if (key.isEmpty() || !access.canBrowse(key.get())) {
            return Optional.empty();
        }
        return teams.teamOf(key.get()).flatMap(teams::team).map(team -> new Subject(key.get(), team));
    }

    /**
     * The form, the issue's ETA history (times in the team's zone: the reader's own zone is Jira's
     * {@code TimeZoneManager}'s, not used yet) and a link back to the issue.
     */
    private Page page(PageRequest request, Subject subject, Map<String, Object> form) {
        IssueKey key = subject.key();
        MessageRenderer texts = new MessageRenderer(request.locale());
        Map<String, Object> formContext = new LinkedHashMap<>(form);
        formContext.put("xsrfToken", request.xsrfToken());
        Map<String, Object> history = new EtaHistoryView().context(histories.load(key), subject.team(),
                subject.team().timeZone(), request.locale());
        Map<String, Object> back = new LinkedHashMap<>();
        back.put("href", issueHref(request, key));
        back.put("label", texts.render("promisedesk.page.eta.back", key.toString()));
        return new Page(200, texts.render("promisedesk.page.eta.title", key.toString()), "promisedesk-eta-page", true,
                List.of(new Section(EtaFormView.TEMPLATE, formContext), new Section(EtaHistoryView.TEMPLATE, history),
                        new Section(TEMPLATE_BACK, back)));
    }

    /** The issue in Jira; keys are validated (PROJECT-123), so the path needs no encoding. */
    private static String issueHref(PageRequest request, IssueKey key) {
        String base = request.baseUrl().endsWith("/")
                ? request.baseUrl().substring(0, request.baseUrl().length() - 1) : request.baseUrl();
        return base + "/browse/" + key;
    }

    private record Subject(IssueKey key, Team team) {
    }
}
