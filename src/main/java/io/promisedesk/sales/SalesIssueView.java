package io.promisedesk.sales;

import io.promisedesk.commitment.AddressState;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.common.Require;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.language.SalesSentence;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.review.ReviewLinks;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns one issue into the context of {@code templates/sales/issue-view.vm}: what sales asked for and nothing else,
 * as plain JDK values with every text already in the reader's language.
 *
 * <p>The context is built from a short list of fields on purpose: the workflow status, assignee, priority, hours,
 * sprint and load never enter it, so no template change can show them to sales by accident.
 */
public final class SalesIssueView {
    public static final String TEMPLATE = "templates/sales/issue-view.vm";
    /** Jira keeps a note of a commitment to this length, as it keeps other free text. */
    public static final int MAX_NOTE = WorkItem.MAX_TEXT;

    private final SalesLinks links;
    private final ReviewLinks reviews;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public SalesIssueView(String baseUrl) {
        this.links = new SalesLinks(baseUrl);
        this.reviews = new ReviewLinks(baseUrl);
    }

    /**
     * The context for {@code item} of the team {@code assessment} judged, its phrase from {@code mapping}, with the
     * note sales wrote on the commitment if any, read in {@code locale} on {@code today} in the team's time zone.
     */
    public Map<String, Object> context(WorkItem item, TeamAssessment assessment, StatusPhraseMapping mapping,
                                       Optional<String> note, Locale locale, LocalDate today) {
        return context(item, assessment, mapping, note, InformedAddresses.none(), address -> AddressState.MAILED,
                locale, today);
    }

    /**
     * As above, with the e-mail addresses the commitment keeps informed, each marked when it is not mailed; only for
     * readers who may browse the issue, as every sales view is.
     */
    public Map<String, Object> context(WorkItem item, TeamAssessment assessment, StatusPhraseMapping mapping,
                                       Optional<String> note, InformedAddresses informed,
                                       Function<EmailAddress, AddressState> states, Locale locale, LocalDate today) {
        Require.present(item, "item");
        Require.present(informed, "informed");
        Require.present(states, "states");
        Require.present(assessment, "assessment");
        Require.present(mapping, "mapping");
        Optional<String> shownNote = Require.optionalText(note, "note", MAX_NOTE);
        Require.present(today, "today");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        Optional<SalesRisk> risk = assessment.verdictFor(item.key()).map(SalesRisk::of);

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("key", item.key().toString());
        context.put("summary", item.summary());
        context.put("sentence", words.text(SalesSentence.about(item, mapping, assessment)));
        context.put("facts", facts(item, words, today));
        context.put("hasRisk", risk.isPresent());
        risk.ifPresent(known -> context.put("risk", words.risk(known)));
        context.put("riskLabel", words.text("promisedesk.sales.issue.label.risk"));
        context.put("hasNote", shownNote.isPresent());
        shownNote.ifPresent(text -> context.put("note", text));
        context.put("noteLabel", words.text("promisedesk.sales.issue.label.note"));
        context.put("hasInformed", !informed.isEmpty());
        context.put("informedLabel", words.text("promisedesk.commitment.addresses.shown"));
        context.put("informed", informed(informed, states, words));
        context.put("commitmentsHref", links.commitments());
        context.put("commitmentsLink", words.text("promisedesk.sales.issue.commitmentsLink"));
        return Collections.unmodifiableMap(context);
    }

    /** Each address as a line, with why it gets no digests when it gets none. */
    static List<String> informed(InformedAddresses informed, Function<EmailAddress, AddressState> states,
                                 SalesWords words) {
        return informed.all().stream().map(InformedAddress::address).map(address -> switch (states.apply(address)) {
            case MAILED -> address.text();
            case DOMAIN_NOT_ALLOWED -> words.text("promisedesk.commitment.addresses.notAllowed", address.text());
            case UNSUBSCRIBED -> words.text("promisedesk.commitment.addresses.unsubscribed", address.text());
        }).toList();
    }

    /** The committed customer's name links to its review, where sales sees all that was promised to it. */
    private List<Object> facts(WorkItem item, SalesWords words, LocalDate today) {
        List<Object> facts = new ArrayList<>(SalesFacts.etaAndPromise(item, words, today));
        item.commitment().ifPresent(promise -> facts.add(promise.customerIfKnown()
                .map(customer -> SalesFacts.linkedRow("customer", words.text("promisedesk.sales.issue.label.customer"),
                        customer.name(), reviews.page(customer)))
                .orElseGet(() -> SalesFacts.row("customer", words.text("promisedesk.sales.issue.label.customer"),
                        words.text("promisedesk.sales.issue.customer.unknown")))));
        return List.copyOf(facts);
    }
}
