package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;
import io.promisedesk.statuslink.TokenHash;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps unsubscribe tokens and unsubscribed addresses in memory, for tests and the workbench; thread-safe. */
public final class InMemoryAddressSubscriptions implements AddressSubscriptions {
    private final Map<TokenHash, UnsubscribeLink> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> unsubscribed = new ConcurrentHashMap<>();

    @Override
    public void addToken(TokenHash hash, EmailAddress address, Instant at) {
        tokens.put(Require.present(hash, "hash"), new UnsubscribeLink(address, at));
    }

    @Override
    public Optional<UnsubscribeLink> linkOf(TokenHash hash) {
        return Optional.ofNullable(tokens.get(Require.present(hash, "hash")));
    }

    @Override
    public void removeToken(TokenHash hash) {
        tokens.remove(Require.present(hash, "hash"));
    }

    @Override
    public synchronized int removeTokensMadeBefore(Instant cutoff, int most) {
        Require.present(cutoff, "cutoff");
        if (most < 1) {
            throw new IllegalArgumentException("most must be positive, not " + most);
        }
        int removed = 0;
        for (Map.Entry<TokenHash, UnsubscribeLink> token : tokens.entrySet()) {
            if (removed == most) {
                break;
            }
            if (token.getValue().issuedAt().isBefore(cutoff) && tokens.remove(token.getKey(), token.getValue())) {
                removed++;
            }
        }
        return removed;
    }

    @Override
    public void unsubscribe(EmailAddress address, Instant at) {
        unsubscribed.putIfAbsent(Require.present(address, "address").key(), Require.present(at, "at"));
    }

    @Override
    public boolean isUnsubscribed(EmailAddress address) {
        return unsubscribed.containsKey(Require.present(address, "address").key());
    }

    /** How many tokens are kept, for the tests of pruning. */
    public int tokenCount() {
        return tokens.size();
    }
}
