package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.commitment.Customer;

import java.time.Instant;
import java.util.Optional;

/** One salesperson asking for an issue's ETA for a customer, saying how urgently and, optionally, what exactly. */
public record Ask(String requester, Customer customer, Urgency urgency, Optional<String> question, Instant askedAt) {
    public static final int MAX_QUESTION = 1_000;

    public Ask {
        requester = Require.notBlank(requester, "requester", Require.USER_NAME_LENGTH);
        Require.present(customer, "customer");
        Require.present(urgency, "urgency");
        question = Require.optionalText(question, "question", Ask.MAX_QUESTION);
        Require.present(askedAt, "askedAt");
    }
}
