package io.promisedesk.inbox.view;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.inbox.Ask;
import io.promisedesk.inbox.Asked;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.language.Message;
import io.promisedesk.work.WorkItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the context of {@code templates/inbox/ask-form.vm}, where sales asks the team for an issue's ETA without
 * interrupting anyone: fresh, asked with where the request now stands, or refused with the message beside its field
 * and what was typed kept.
 *
 * <p>The map is mutable on purpose: the caller adds {@code xsrfToken}, Jira's token for the form, before rendering.
 */
public final class AskFormView {
    public static final String TEMPLATE = "templates/inbox/ask-form.vm";

    private static final List<String> FIELDS = List.of(AskFormInput.URGENCY, AskFormInput.CUSTOMER, AskFormInput.QUESTION);

    private final InboxLinks links;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public AskFormView(String baseUrl) {
        this.links = new InboxLinks(baseUrl);
    }

    /** The form as first shown: no urgency chosen, the customer of the issue's commitment, and who already waits. */
    public Map<String, Object> fresh(WorkItem issue, Optional<EtaRequest> open, Locale locale) {
        return form(issue, open, freshInput(issue), new InboxWords(Require.present(locale, "locale")));
    }

    /** The form after an ask: where the request stands in business words, and the form fresh for the next ask. */
    public Map<String, Object> asked(WorkItem issue, Asked outcome, Locale locale) {
        Require.present(outcome, "outcome");
        InboxWords words = new InboxWords(Require.present(locale, "locale"));
        Map<String, Object> context = form(issue, Optional.of(outcome.request()), freshInput(issue), words);
        context.put("confirmed", true);
        context.put("confirmation", outcome instanceof Asked.Joined
                ? words.text("promisedesk.inbox.ask.joined", outcome.request().asks().size() - 1)
                : words.text("promisedesk.inbox.ask.opened"));
        return context;
    }

    /** The form again after input that could not become an ask, the message beside the field it names. */
    public Map<String, Object> invalid(WorkItem issue, Optional<EtaRequest> open, AskFormInput typed,
                                       InvalidValueException error, Locale locale) {
        Require.present(error, "error");
        InboxWords words = new InboxWords(Require.present(locale, "locale"));
        Map<String, Object> context = form(issue, open, Require.present(typed, "typed"), words);
        String name = FIELDS.contains(error.field()) ? error.field() : "form";
        context.put("has" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Error", true);
        context.put(name + "Error", words.text(Message.ofError(error)));
        return context;
    }

    private static AskFormInput freshInput(WorkItem issue) {
        Require.present(issue, "issue");
        String customer = issue.commitment().flatMap(Commitment::customerIfKnown).map(Customer::name).orElse("");
        return new AskFormInput("", customer, "");
    }

    private Map<String, Object> form(WorkItem issue, Optional<EtaRequest> open, AskFormInput values, InboxWords words) {
        Require.present(open, "open");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", words.text("promisedesk.inbox.ask.heading"));
        context.put("intro", words.text("promisedesk.inbox.ask.intro"));
        Optional<EtaRequest> waiting = open.filter(EtaRequest::isOpen);
        context.put("hasWaiting", waiting.isPresent());
        context.put("waiting", waiting.map(request -> words.text("promisedesk.inbox.ask.waiting", request.asks().size(),
                words.text(request.urgency().i18nKey()))).orElse(""));
        context.put("formAction", links.ask(issue.key()));
        context.put("labels", Map.of(
                "urgency", words.text("promisedesk.inbox.ask.label.urgency"),
                "customer", words.text("promisedesk.inbox.ask.label.customer"),
                "question", words.text("promisedesk.inbox.ask.label.question"),
                "submit", words.text("promisedesk.inbox.ask.submit")));
        List<Map<String, Object>> options = new ArrayList<>();
        for (Urgency urgency : Urgency.values()) {
            Map<String, Object> option = new LinkedHashMap<>(words.urgency(urgency));
            option.put("value", InboxWords.value(urgency));
            option.put("id", "promisedesk-ask-urgency-" + InboxWords.value(urgency));
            option.put("checked", InboxWords.value(urgency).equals(values.urgency()));
            options.add(option);
        }
        context.put("urgencyOptions", options);
        context.put("questionHint", words.text("promisedesk.inbox.ask.question.hint", Ask.MAX_QUESTION));
        context.put("customerMaxLength", Customer.MAX_LENGTH);
        context.put("questionMaxLength", Ask.MAX_QUESTION);
        context.put("values", Map.of("customer", values.customer(), "question", values.question()));
        context.put("confirmed", false);
        for (String field : List.of("Urgency", "Customer", "Question", "Form")) {
            context.put("has" + field + "Error", false);
        }
        return context;
    }
}
