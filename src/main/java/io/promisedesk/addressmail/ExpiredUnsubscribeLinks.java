package io.promisedesk.addressmail;

import io.promisedesk.common.Require;

import java.time.Instant;

/**
 * Forgets the tokens of unsubscribe links past their {@link UnsubscribeLink#LIFETIME}, in batches of {@value #BATCH}
 * and at most {@value #MOST_BATCHES} batches a run, so that one run stays short however many expired at once (the
 * rest go at the next runs). Unsubscribed addresses are never touched: they stay unsubscribed for good.
 */
public final class ExpiredUnsubscribeLinks {
    /** Tokens forgotten in one go, one transaction in Jira: well under any database's statement limits. */
    public static final int BATCH = 500;
    /** Batches in one run: 10,000 tokens, more than a large Jira's mails to addresses in a day. */
    public static final int MOST_BATCHES = 20;

    private final AddressSubscriptions subscriptions;

    public ExpiredUnsubscribeLinks(AddressSubscriptions subscriptions) {
        this.subscriptions = Require.present(subscriptions, "subscriptions");
    }

    /** Forgets tokens of links that no longer work at {@code now}, at most {@value #BATCH} times {@value #MOST_BATCHES}. */
    public int prune(Instant now) {
        Instant cutoff = UnsubscribeLink.expiredBefore(now);
        int removed = 0;
        for (int batch = 0; batch < MOST_BATCHES; batch++) {
            int inBatch = subscriptions.removeTokensMadeBefore(cutoff, BATCH);
            removed += inBatch;
            if (inBatch < BATCH) {
                break;
            }
        }
        return removed;
    }
}
