package io.promisedesk.inbox.view;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.inbox.EtaInbox;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.language.LevelNames;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the context of {@code templates/inbox/eta-inbox.vm}, a team's ETA inbox: the open requests most pressing
 * first, each with what sales asked, how long it waited, the issue's workload level and a form to set the ETA
 * there, which answers every ask on the issue; and the median wait of the requests answered lately.
 *
 * <p>The row forms post the ETA form's fields ({@code eta}, {@code reason}, {@code expectedEta}, as
 * {@code panel.EtaFormInput} reads them) plus {@code issue} to the inbox's own address, so that a technician stays
 * on the inbox between answers. The map is mutable on purpose: the caller adds {@code xsrfToken} before rendering.
 */
public final class EtaInboxView {
    public static final String TEMPLATE = "templates/inbox/eta-inbox.vm";
    /** The form field naming the issue a row's form answers. */
    public static final String ISSUE = "issue";

    private final InboxLinks links;
    private final long answeredWithinDays;

    /**
     * @param baseUrl        Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira})
     * @param answeredWithin how far back the inbox was given answered requests, as {@code ShowEtaInbox} was told
     */
    public EtaInboxView(String baseUrl, Duration answeredWithin) {
        this.links = new InboxLinks(baseUrl);
        this.answeredWithinDays = Require.present(answeredWithin, "answeredWithin").toDays();
    }

    /**
     * The inbox as it stands. {@code assessment} is the team's, for each issue's level; {@code issues} holds the
     * issues of the open requests as they are now (an issue missing from it is shown by its key alone, without form).
     */
    public Map<String, Object> context(EtaInbox inbox, TeamAssessment assessment, Map<IssueKey, WorkItem> issues,
                                       Locale locale) {
        return inbox(inbox, assessment, issues, Optional.empty(), new InboxWords(Require.present(locale, "locale")));
    }

    /** The inbox after a row's ETA was saved: a confirmation, and that issue's request gone from the list. */
    public Map<String, Object> answered(EtaInbox inbox, TeamAssessment assessment, Map<IssueKey, WorkItem> issues,
                                        EtaChange change, Locale locale) {
        Require.present(change, "change");
        InboxWords words = new InboxWords(Require.present(locale, "locale"));
        Map<String, Object> context = inbox(inbox, assessment, issues, Optional.empty(), words);
        context.put("confirmed", true);
        context.put("confirmation", words.text("promisedesk.inbox.answered", change.issue().toString(), change.newEta()));
        return context;
    }

    /**
     * The inbox after a row's ETA was refused: that row's form as {@code panel.EtaFormView#rejected} or
     * {@code #invalid} built it, so its message stands beside the field it names and what was typed is kept.
     */
    public Map<String, Object> refused(EtaInbox inbox, TeamAssessment assessment, Map<IssueKey, WorkItem> issues,
                                       IssueKey issue, Map<String, Object> etaForm, Locale locale) {
        Require.present(issue, "issue");
        Require.present(etaForm, "etaForm");
        return inbox(inbox, assessment, issues, Optional.of(Map.entry(issue, etaForm)),
                new InboxWords(Require.present(locale, "locale")));
    }

    private Map<String, Object> inbox(EtaInbox inbox, TeamAssessment assessment, Map<IssueKey, WorkItem> issues,
                                      Optional<Map.Entry<IssueKey, Map<String, Object>>> refused, InboxWords words) {
        Require.present(inbox, "inbox");
        Require.present(assessment, "assessment");
        Require.present(issues, "issues");
        Team team = assessment.team();
        if (!team.key().equals(inbox.team())) {
            throw new IllegalArgumentException("the assessment of team " + team.key() + " cannot show the inbox of "
                    + inbox.team());
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", words.text("promisedesk.inbox.heading", team.name()));
        context.put("intro", words.text("promisedesk.inbox.intro"));
        context.put("medianLabel", words.text("promisedesk.inbox.median.label"));
        context.put("median", inbox.medianWaitOfAnswered()
                .map(median -> words.text("promisedesk.inbox.median", words.wait(median), inbox.answered().size(),
                        answeredWithinDays))
                .orElseGet(() -> words.text("promisedesk.inbox.median.none", answeredWithinDays)));
        context.put("caption", words.text("promisedesk.inbox.caption", inbox.open().size()));
        context.put("hasRows", !inbox.open().isEmpty());
        context.put("none", words.text("promisedesk.inbox.none"));
        context.put("columns", columns(words));
        context.put("labels", Map.of(
                "date", words.text("promisedesk.panel.eta.label.date"),
                "reason", words.text("promisedesk.panel.eta.label.reason"),
                "reasonHint", words.text("promisedesk.panel.eta.reason.hint"),
                "submit", words.text("promisedesk.inbox.answer.submit"),
                "currentEta", words.text("promisedesk.panel.eta.current")));
        context.put("reasonMaxLength", EtaChange.MAX_REASON);
        context.put("formAction", links.inbox(team.key()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EtaRequest request : inbox.open()) {
            Optional<Map<String, Object>> form = refused.filter(entry -> entry.getKey().equals(request.issue()))
                    .map(Map.Entry::getValue);
            rows.add(row(request, inbox, assessment, Optional.ofNullable(issues.get(request.issue())), form, words));
        }
        context.put("rows", rows);
        context.put("confirmed", false);
        // The request may have left the list meanwhile (someone else answered it): say why nothing was saved above it.
        Optional<String> elsewhere = refused.filter(entry -> inbox.open().stream()
                        .noneMatch(request -> request.issue().equals(entry.getKey())))
                .map(entry -> words.text("promisedesk.inbox.refused", entry.getKey().toString(), message(entry.getValue())));
        context.put("hasRefusal", elsewhere.isPresent());
        context.put("refusal", elsewhere.orElse(""));
        return context;
    }

    private static List<Map<String, Object>> columns(InboxWords words) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (String name : List.of("issue", "urgency", "asked", "waited", "commitment", "level", "answer")) {
            columns.add(Map.of("name", name, "label", words.text(column(name))));
        }
        return columns;
    }

    private static String column(String name) {
        // Spelled out so that the bundle test finds every key in the source.
        return switch (name) {
            case "issue" -> "promisedesk.inbox.column.issue";
            case "urgency" -> "promisedesk.inbox.column.urgency";
            case "asked" -> "promisedesk.inbox.column.asked";
            case "waited" -> "promisedesk.inbox.column.waited";
            case "commitment" -> "promisedesk.inbox.column.commitment";
            case "level" -> "promisedesk.inbox.column.level";
            default -> "promisedesk.inbox.column.answer";
        };
    }

    private Map<String, Object> row(EtaRequest request, EtaInbox inbox, TeamAssessment assessment,
                                    Optional<WorkItem> issue, Optional<Map<String, Object>> refused, InboxWords words) {
        IssueKey key = request.issue();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key.toString());
        row.put("href", links.issue(key));
        row.put("summary", issue.map(WorkItem::summary).orElseGet(() -> words.text("promisedesk.inbox.issue.missing")));
        row.put("urgency", words.urgency(request.urgency()));
        row.put("customers", request.customers().stream().map(Customer::name).collect(Collectors.joining(", ")));
        row.put("asks", words.text("promisedesk.inbox.asks", request.asks().size(),
                String.join(", ", request.requesters())));
        row.put("questions", request.questions());
        row.put("hasQuestions", !request.questions().isEmpty());
        row.put("noQuestion", words.text("promisedesk.inbox.question.none"));
        row.put("waited", words.wait(inbox.waitOf(request)));
        row.put("commitment", request.commitmentDate().map(words::date)
                .orElseGet(() -> words.text("promisedesk.inbox.commitment.none")));
        Optional<IssueVerdict> verdict = assessment.verdictFor(key);
        row.put("hasLevel", verdict.isPresent());
        row.put("level", verdict.map(found -> Map.<String, Object>of(
                        "name", words.text(LevelNames.of(found.level())),
                        "modifier", found.level().name().toLowerCase(Locale.ROOT)))
                .orElseGet(() -> Map.of("name", words.text("promisedesk.inbox.level.none"), "modifier", "none")));
        Optional<LocalDate> eta = issue.flatMap(WorkItem::eta);
        row.put("currentEta", eta.map(words::date).orElseGet(() -> words.text("promisedesk.panel.eta.none")));
        row.put("hasForm", issue.isPresent());
        row.put("form", form(key, eta, refused));
        return row;
    }

    /** The message of a refused ETA form, whichever field it stood beside. */
    private static String message(Map<String, Object> etaForm) {
        for (String field : List.of("form", "date", "reason")) {
            if (Boolean.TRUE.equals(etaForm.get("has" + Character.toUpperCase(field.charAt(0)) + field.substring(1) + "Error"))) {
                return String.valueOf(etaForm.get(field + "Error"));
            }
        }
        return "";
    }

    /** Ids carry the issue key, which is letters, digits, underscores and one dash: safe in an id as it is. */
    private static Map<String, Object> form(IssueKey key, Optional<LocalDate> eta, Optional<Map<String, Object>> refused) {
        Map<String, Object> form = new LinkedHashMap<>();
        String id = "promisedesk-inbox-" + key;
        form.put("id", id);
        String iso = eta.map(LocalDate::toString).orElse("");
        form.put("values", refused.map(shown -> shown.get("values"))
                .orElseGet(() -> Map.of("date", iso, "reason", "", "expectedEta", iso)));
        for (String field : List.of("Date", "Reason", "Form")) {
            boolean has = refused.map(shown -> Boolean.TRUE.equals(shown.get("has" + field + "Error"))).orElse(false);
            form.put("has" + field + "Error", has);
            String name = Character.toLowerCase(field.charAt(0)) + field.substring(1) + "Error";
            form.put(name, has ? refused.get().get(name) : "");
        }
        return form;
    }
}
