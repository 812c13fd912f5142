package io.promisedesk.digest;

import java.util.List;

/**
 * What one run of the digest job did, for its log line and the scheduler's record.
 *
 * @param sent        digests handed over for delivery
 * @param withoutNews salespeople whose period ended without news: no mail, their mark moved on
 * @param unreachable salespeople with news but no active account or e-mail address: no mail, their mark moved on
 * @param failures    one line ({@code user: reason}) per digest that could not be handed over: its claim was
 *                    released, the next run tries again
 */
public record DigestRun(int sent, int withoutNews, int unreachable, List<String> failures) {
    public DigestRun {
        if (sent < 0 || withoutNews < 0 || unreachable < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        failures = List.copyOf(failures);
    }

    /** Both runs' counts together: the salespeople's digests and the addresses'. */
    public DigestRun and(DigestRun other) {
        List<String> both = new java.util.ArrayList<>(failures);
        both.addAll(other.failures());
        return new DigestRun(sent + other.sent(), withoutNews + other.withoutNews(), unreachable + other.unreachable(),
                both);
    }

    public int failed() {
        return failures.size();
    }
}
