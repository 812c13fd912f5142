package io.promisedesk.panel;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaUpdateOutcome.Accepted;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the context of {@code templates/panel/eta-form.vm}, the technician's ETA form: fresh, refused with what was
 * typed kept and the message beside its field, saved, or an explanation for someone who may not edit.
 *
 * <p>The map is mutable on purpose: the caller adds {@code xsrfToken}, Jira's token for the form, before rendering.
 */
public final class EtaFormView {
    public static final String TEMPLATE = "templates/panel/eta-form.vm";
    /** Where the form posts; the adapter serves {@code <base>/plugins/servlet/promisedesk/eta/KEY}. */
    static final String PATH = "/plugins/servlet/promisedesk/eta/";

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public EtaFormView(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The form as first shown, prefilled with the current ETA; without a form when {@code mayEdit} is false. */
    public Map<String, Object> fresh(IssueKey issue, Optional<LocalDate> currentEta, boolean mayEdit, Locale locale) {
        Require.present(currentEta, "currentEta");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        if (!mayEdit) {
            Map<String, Object> context = common(currentEta, texts);
            context.put("mayEdit", false);
            context.put("noPermission", texts.render(Message.of("promisedesk.panel.eta.noPermission")));
            return context;
        }
        String shown = iso(currentEta);
        return form(issue, currentEta, new EtaFormInput(shown, "", shown), texts);
    }

    /** The form again after a refusal by the rules, with everything typed kept and the message where it belongs. */
    public Map<String, Object> rejected(IssueKey issue, EtaFormInput typed, Rejected outcome, Locale locale) {
        Require.present(typed, "typed");
        Require.present(outcome, "outcome");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        // The outcome's ETA is the stored one; for STALE that is the newer value the technician has now been shown,
        // so the next submit is judged against it. For the other rules it is what the form expected anyway.
        EtaFormInput kept = new EtaFormInput(typed.eta(), typed.reason(), iso(outcome.currentEta()));
        Map<String, Object> context = form(issue, outcome.currentEta(), kept, texts);
        String message = texts.render(new Message(outcome.i18nKey(), outcome.arguments()));
        switch (outcome.reason()) {
            case UNCHANGED, IN_THE_PAST, BEYOND_HORIZON -> error(context, EtaFormInput.ETA, message);
            case SLIP_WITHOUT_REASON -> error(context, EtaFormInput.REASON, message);
            // Beside the date: the date is what changed meanwhile, and the message names the newer one.
            case STALE -> error(context, EtaFormInput.ETA, texts.render(List.of(
                    new Message(outcome.i18nKey(), outcome.arguments()), newer(outcome.currentEta()))));
        }
        return context;
    }

    /**
     * The form again after input that could not become an update (a malformed date, a reason too long), with the
     * message beside the field it names; {@code currentEta} is the stored ETA, as the adapter just read it.
     */
    public Map<String, Object> invalid(IssueKey issue, Optional<LocalDate> currentEta, EtaFormInput typed,
                                       InvalidValueException error, Locale locale) {
        Require.present(currentEta, "currentEta");
        Require.present(typed, "typed");
        Require.present(error, "error");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        boolean expectedUnreadable = error.field().equals(EtaFormInput.EXPECTED_ETA);
        // A hidden value nobody types can only be broken by tampering or a bad proxy: start it afresh from what is
        // stored, and say so, rather than refuse the same way on every submit.
        EtaFormInput kept = expectedUnreadable ? new EtaFormInput(typed.eta(), typed.reason(), iso(currentEta)) : typed;
        Map<String, Object> context = form(issue, currentEta, kept, texts);
        if (expectedUnreadable) {
            error(context, "form", texts.render(Message.of("promisedesk.panel.eta.error.form")));
        } else {
            String field = List.of(EtaFormInput.ETA, EtaFormInput.REASON).contains(error.field()) ? error.field() : "form";
            error(context, field, texts.render(Message.ofError(error)));
        }
        return context;
    }

    /** The form after a saved update: a confirmation, and the form ready for the next change. */
    public Map<String, Object> accepted(IssueKey issue, Accepted outcome, Locale locale) {
        Require.present(outcome, "outcome");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        EtaChange change = outcome.change();
        String saved = change.newEta().toString();
        Map<String, Object> context = form(issue, Optional.of(change.newEta()), new EtaFormInput(saved, "", saved), texts);
        context.put("confirmed", true);
        context.put("confirmation", texts.render(Message.of("promisedesk.panel.eta.accepted", change.newEta())));
        return context;
    }

    private Map<String, Object> form(IssueKey issue, Optional<LocalDate> currentEta, EtaFormInput values,
                                     MessageRenderer texts) {
        Require.present(issue, "issue");
        Map<String, Object> context = common(currentEta, texts);
        context.put("mayEdit", true);
        context.put("formAction", baseUrl + PATH + issue);
        context.put("labels", Map.of(
                "date", texts.render(Message.of("promisedesk.panel.eta.label.date")),
                "reason", texts.render(Message.of("promisedesk.panel.eta.label.reason")),
                "submit", texts.render(Message.of("promisedesk.panel.eta.submit"))));
        context.put("reasonHint", texts.render(Message.of("promisedesk.panel.eta.reason.hint")));
        context.put("reasonMaxLength", EtaChange.MAX_REASON);
        context.put("values", Map.of("date", values.eta(), "reason", values.reason(), "expectedEta", values.expectedEta()));
        context.put("confirmed", false);
        for (String field : List.of("Date", "Reason", "Form")) {
            context.put("has" + field + "Error", false);
        }
        return context;
    }

    private static Map<String, Object> common(Optional<LocalDate> currentEta, MessageRenderer texts) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", texts.render(Message.of("promisedesk.panel.eta.heading")));
        context.put("currentLabel", texts.render(Message.of("promisedesk.panel.eta.current")));
        context.put("current", currentEta.map(texts::format)
                .orElseGet(() -> texts.render(Message.of("promisedesk.panel.eta.none"))));
        return context;
    }

    /** Puts the message under the field's key: {@code dateError}, {@code reasonError} or {@code formError}. */
    private static void error(Map<String, Object> context, String field, String message) {
        String name = field.equals(EtaFormInput.ETA) ? "Date" : field.equals(EtaFormInput.REASON) ? "Reason" : "Form";
        context.put("has" + name + "Error", true);
        context.put(Character.toLowerCase(name.charAt(0)) + name.substring(1) + "Error", message);
    }

    private static Message newer(Optional<LocalDate> currentEta) {
        return currentEta.map(eta -> Message.of("promisedesk.panel.eta.stale.current", eta))
                .orElseGet(() -> Message.of("promisedesk.panel.eta.stale.none"));
    }

    private static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
