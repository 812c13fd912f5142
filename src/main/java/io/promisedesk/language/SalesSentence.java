package io.promisedesk.language;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.team.WorkingDays;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What sales reads about one issue, as i18n messages rendered one after the other: where it stands, when it is
 * expected against the date promised, and the risk to that promise; never empty.
 *
 * <p>For example "Being worked on. Expected Fri 13 Mar, 3 working days before the date promised to ACME. On track."
 * A done issue says only that it is done: its dates no longer matter to the customer.
 */
public record SalesSentence(List<Message> parts) {
    public SalesSentence {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a sales sentence needs at least one part");
        }
    }

    /**
     * The sentence about an issue in {@code phrase}; distances between the ETA and the commitment count the
     * team's {@code workingDays}, and a {@code risk} is only known for a commitment.
     */
    public static SalesSentence describe(BusinessPhrase phrase, Optional<LocalDate> eta, Optional<Commitment> commitment,
                                         Optional<SalesRisk> risk, WorkingDays workingDays) {
        Require.present(phrase, "phrase");
        if (risk.isPresent() && commitment.isEmpty()) {
            throw new IllegalArgumentException("risk " + risk.get() + " needs a commitment to be at risk");
        }
        List<Message> parts = new ArrayList<>();
        parts.add(Message.of("promisedesk.language.sentence.phrase", phrase.message()));
        if (phrase == BusinessPhrase.DONE) {
            return new SalesSentence(parts);
        }
        parts.add(schedule(eta, commitment, workingDays));
        risk.ifPresent(known -> parts.add(known.sentence()));
        return new SalesSentence(parts);
    }

    /** The sentence about {@code item} with its phrase from {@code mapping} and its risk from {@code assessment}. */
    public static SalesSentence about(WorkItem item, StatusPhraseMapping mapping, TeamAssessment assessment) {
        return describe(mapping.phraseFor(item), item.eta(), item.commitment(),
                assessment.verdictFor(item.key()).map(SalesRisk::of), new WorkingDays(assessment.team()));
    }

    private static Message schedule(Optional<LocalDate> eta, Optional<Commitment> commitment, WorkingDays workingDays) {
        if (eta.isEmpty()) {
            return commitment.map(SalesSentence::promisedWithoutEta)
                    .orElseGet(() -> Message.of("promisedesk.language.sentence.noEta"));
        }
        return commitment.map(promise -> expectedAgainst(eta.get(), promise, workingDays))
                .orElseGet(() -> Message.of("promisedesk.language.sentence.eta", eta.get()));
    }

    private static Message promisedWithoutEta(Commitment commitment) {
        return commitment.customerIfKnown()
                .map(customer -> Message.of("promisedesk.language.sentence.noEtaPromised", commitment.date(), customer.name()))
                .orElseGet(() -> Message.of("promisedesk.language.sentence.noEtaPromisedUnknownCustomer", commitment.date()));
    }

    /**
     * Before or after follows the calendar; the distance counts working days, so an ETA on the weekend after a
     * Friday commitment is after it by zero working days, and the bundle words that case without a number.
     */
    private static Message expectedAgainst(LocalDate eta, Commitment commitment, WorkingDays workingDays) {
        Optional<String> customer = commitment.customerIfKnown().map(Customer::name);
        long distance = Math.abs(workingDays.between(commitment.date(), eta));
        if (eta.isBefore(commitment.date())) {
            return customer
                    .map(name -> Message.of("promisedesk.language.sentence.etaBefore", eta, distance, name))
                    .orElseGet(() -> Message.of("promisedesk.language.sentence.etaBeforeUnknownCustomer", eta, distance));
        }
        if (eta.isAfter(commitment.date())) {
            return customer
                    .map(name -> Message.of("promisedesk.language.sentence.etaAfter", eta, distance, name))
                    .orElseGet(() -> Message.of("promisedesk.language.sentence.etaAfterUnknownCustomer", eta, distance));
        }
        return customer
                .map(name -> Message.of("promisedesk.language.sentence.etaOn", eta, name))
                .orElseGet(() -> Message.of("promisedesk.language.sentence.etaOnUnknownCustomer", eta));
    }
}
