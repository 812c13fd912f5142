package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentSaved;
import io.promisedesk.commitment.CommitmentStale;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.PromiseAnswer;
import io.promisedesk.workload.PromiseOutcome;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the context of {@code templates/sales/commitment-form.vm}, where sales sets or changes an issue's commitment:
 * fresh with the current commitment, checked with the team's answer, saved, refused as stale when someone else changed
 * the commitment meanwhile, or refused with the message beside its field; what was typed is always kept. The form
 * carries the commitment it was shown with in hidden inputs, so that a save from an outdated form is refused.
 *
 * <p>The map is mutable on purpose: the caller adds {@code xsrfToken}, Jira's token for the form, before rendering.
 */
public final class CommitmentFormView {
    public static final String TEMPLATE = "templates/sales/commitment-form.vm";

    private static final List<String> FIELDS = List.of(
            CommitmentFormInput.DATE, CommitmentFormInput.CUSTOMER, CommitmentFormInput.NOTE, CommitmentFormInput.ADDRESSES);
    /** The fields of the addresses' rules, all shown beside the one box they are typed in. */
    private static final List<String> ADDRESS_FIELDS = List.of("address", "addresses", "language");

    private final SalesLinks links;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public CommitmentFormView(String baseUrl) {
        this.links = new SalesLinks(baseUrl);
    }

    /** The form as first shown, prefilled with the issue's commitment and note, to be changed or set. */
    public Map<String, Object> fresh(WorkItem issue, Optional<String> note, Locale locale) {
        return fresh(issue, note, InformedAddresses.none(), locale);
    }

    /** The form as first shown, prefilled with the issue's commitment, note and the addresses it keeps informed. */
    public Map<String, Object> fresh(WorkItem issue, Optional<String> note, InformedAddresses informed, Locale locale) {
        Require.present(issue, "issue");
        return form(issue.key(), issue.commitment(), CommitmentFormInput.showing(issue.commitment(), note, informed,
                        Require.present(locale, "locale")), new SalesWords(locale));
    }

    /**
     * The form again with what was typed and the team's answer for that date; nothing is saved, and the commitment
     * the form was opened on stays the one expected, so that a save after the check is judged against it.
     */
    public Map<String, Object> checked(WorkItem issue, CommitmentFormInput typed, PromiseOutcome answer, Locale locale) {
        Require.present(answer, "answer");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        Map<String, Object> context = form(Require.present(issue, "issue").key(), issue.commitment(),
                Require.present(typed, "typed"), words);
        answer(context, answer, words);
        return context;
    }

    /**
     * The form again after a save refused because someone else changed the commitment since the form was shown:
     * everything typed kept, the newer commitment shown and now the one expected, so that saving again replaces it,
     * and the message beside the date naming it.
     */
    public Map<String, Object> stale(WorkItem issue, CommitmentFormInput typed, CommitmentStale outcome, Locale locale) {
        Require.present(outcome, "outcome");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        Map<String, Object> context = form(Require.present(issue, "issue").key(), outcome.current(),
                Require.present(typed, "typed").expecting(outcome.current()), words);
        // Beside the date: the date is what the salesperson promises, and what someone else changed meanwhile.
        error(context, CommitmentFormInput.DATE, words.text(List.of(Message.of(outcome.i18nKey()),
                newer(outcome.current()))));
        return context;
    }

    /**
     * The form after a save: a confirmation, the team's answer for the saved date, and the saved values ready to be
     * changed again; {@code issue} is the issue as it is now, carrying the saved commitment.
     */
    public Map<String, Object> saved(WorkItem issue, CommitmentSaved outcome, Locale locale) {
        Require.present(outcome, "outcome");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        StoredCommitment saved = outcome.saved().current();
        Commitment promise = saved.commitment();
        String customer = promise.customerIfKnown().map(known -> known.name()).orElse("");
        Map<String, Object> context = form(Require.present(issue, "issue").key(), Optional.of(promise),
                CommitmentFormInput.showing(Optional.of(promise), saved.note(), saved.informed(), locale), words);
        context.put("confirmed", true);
        context.put("confirmation", words.text("promisedesk.sales.commitment.saved", promise.date(), customer));
        answer(context, outcome.promise(), words);
        return context;
    }

    /**
     * The form again after input that could not become a commitment, the message beside the field it names. An
     * unreadable hidden commitment starts afresh from the issue's, with a message above the form, rather than being
     * refused the same way on every submit.
     */
    public Map<String, Object> invalid(WorkItem issue, CommitmentFormInput typed, InvalidValueException error,
                                       Locale locale) {
        Require.present(error, "error");
        Require.present(typed, "typed");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        boolean expectedUnreadable = error.field().equals(CommitmentFormInput.EXPECTED_DATE);
        CommitmentFormInput kept = expectedUnreadable ? typed.expecting(issue.commitment()) : typed;
        Map<String, Object> context = form(Require.present(issue, "issue").key(), issue.commitment(), kept, words);
        // Commitment and the promise check name the date after what it is; the form names it after its input.
        String field = List.of("commitment", "wished").contains(error.field()) ? CommitmentFormInput.DATE
                : ADDRESS_FIELDS.contains(error.field()) ? CommitmentFormInput.ADDRESSES : error.field();
        error(context, FIELDS.contains(field) ? field : "form", words.text(Message.ofError(error)));
        return context;
    }

    private Map<String, Object> form(IssueKey key, Optional<Commitment> current, CommitmentFormInput values,
                                     SalesWords words) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", words.text("promisedesk.sales.commitment.heading"));
        context.put("currentLabel", words.text("promisedesk.sales.commitment.current"));
        context.put("current", current.map(promise -> current(promise, words))
                .orElseGet(() -> words.text("promisedesk.sales.issue.commitment.none")));
        context.put("formAction", links.commitmentForm(key));
        context.put("labels", Map.of(
                "date", words.text("promisedesk.sales.commitment.label.date"),
                "customer", words.text("promisedesk.sales.commitment.label.customer"),
                "note", words.text("promisedesk.sales.commitment.label.note"),
                "addresses", words.text("promisedesk.commitment.addresses.label"),
                "addressLanguage", words.text("promisedesk.commitment.addresses.language"),
                "check", words.text("promisedesk.sales.commitment.check"),
                "save", words.text("promisedesk.sales.commitment.save")));
        context.put("checkHint", words.text("promisedesk.sales.commitment.check.hint"));
        context.put("noteHint", words.text("promisedesk.sales.commitment.note.hint", StoredCommitment.MAX_NOTE));
        context.put("addressesHint", words.text("promisedesk.commitment.addresses.hint", InformedAddresses.MAX_COUNT));
        context.put("addressesMaxLength", InformedAddresses.MAX_TYPED);
        context.put("addressLanguages", languages(values.addressLanguage(), words));
        context.put("customerMaxLength", Customer.MAX_LENGTH);
        context.put("noteMaxLength", StoredCommitment.MAX_NOTE);
        context.put("actions", Map.of("check", CommitmentFormInput.Action.CHECK.value(),
                "save", CommitmentFormInput.Action.SAVE.value()));
        context.put("values", Map.of("date", values.date(), "customer", values.customer(), "note", values.note(),
                "expectedDate", values.expectedDate(), "expectedCustomer", values.expectedCustomer(),
                "addresses", values.addresses()));
        context.put("hasAnswer", false);
        context.put("confirmed", false);
        for (String field : List.of("Date", "Customer", "Note", "Addresses", "Form")) {
            context.put("has" + field + "Error", false);
        }
        return context;
    }

    /** The languages an address's digests can be in, each named in its own language, the one typed selected. */
    private static List<Map<String, Object>> languages(String typed, SalesWords words) {
        return InformedAddress.LANGUAGES.stream()
                .map(language -> Map.<String, Object>of("value", language.getLanguage(),
                        "name", words.text("promisedesk.commitment.addresses.language." + language.getLanguage()),
                        "selected", language.getLanguage().equals(typed)))
                .toList();
    }

    private static String current(Commitment promise, SalesWords words) {
        return promise.customerIfKnown()
                .map(customer -> words.text("promisedesk.sales.commitment.current.to", promise.date(), customer.name()))
                .orElseGet(() -> words.date(promise.date()));
    }

    /**
     * The team's answer in business words, whether it can (for the class that marks it besides the words), and the
     * earliest date it can as ISO, empty unless it cannot, for a script or test to use without reading the words.
     */
    private static void answer(Map<String, Object> context, PromiseOutcome outcome, SalesWords words) {
        String text;
        String modifier;
        String earliestIso = "";
        if (outcome instanceof PromiseOutcome.Answered answered) {
            PromiseAnswer answer = answered.answer();
            LocalDate wished = answer.wished();
            if (answer.feasible()) {
                text = words.text("promisedesk.sales.commitment.answer.can", wished);
                modifier = "can";
            } else {
                text = answer.earliest()
                        .map(earliest -> words.text("promisedesk.sales.commitment.answer.cannot", wished, earliest))
                        .orElseGet(() -> words.text("promisedesk.sales.commitment.answer.never", wished));
                modifier = "cannot";
                earliestIso = answer.earliest().map(LocalDate::toString).orElse("");
            }
        } else {
            text = words.text("promisedesk.sales.commitment.answer.unknownTeam");
            modifier = "unknown";
        }
        context.put("hasAnswer", true);
        context.put("answer", text);
        context.put("answerModifier", modifier);
        context.put("hasEarliest", !earliestIso.isEmpty());
        context.put("answerEarliest", earliestIso);
    }

    /** Puts the message under the field's key: {@code dateError}, {@code customerError}, ... or {@code formError}. */
    private static void error(Map<String, Object> context, String name, String message) {
        context.put("has" + capitalized(name) + "Error", true);
        context.put(name + "Error", message);
    }

    private static Message newer(Optional<Commitment> current) {
        return current.map(promise -> promise.customerIfKnown()
                        .map(customer -> Message.of("promisedesk.sales.commitment.stale.current", promise.date(),
                                customer.name()))
                        .orElseGet(() -> Message.of("promisedesk.sales.commitment.stale.unknownCustomer", promise.date())))
                .orElseGet(() -> Message.of("promisedesk.sales.commitment.stale.none"));
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
