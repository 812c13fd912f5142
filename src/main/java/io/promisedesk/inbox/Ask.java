package io.promisedesk.inbox;

import io.promisedesk.commitment.Customer;

import java.time.Instant;
import java.util.Optional;

/** One salesperson asking for an issue's ETA for a customer, saying how urgently and, optionally, what exactly. */
public record Ask(String requester, Customer customer, Urgency urgency, Optional<String> question, Instant askedAt) {
    public static final int MAX_QUESTION = Checks.MAX_QUESTION;

    public Ask {
        requester = Checks.requester(requester);
        Checks.required(customer, "customer");
        Checks.required(urgency, "urgency");
        question = Checks.question(question);
        Checks.required(askedAt, "askedAt");
    }
}
