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
    private final Map<TokenHash, EmailAddress> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> unsubscribed = new ConcurrentHashMap<>();

    @Override
    public void addToken(TokenHash hash, EmailAddress address, Instant at) {
        Require.present(at, "at");
        tokens.put(Require.present(hash, "hash"), Require.present(address, "address"));
    }

    @Override
    public Optional<EmailAddress> addressOf(TokenHash hash) {
        return Optional.ofNullable(tokens.get(Require.present(hash, "hash")));
    }

    @Override
    public void unsubscribe(EmailAddress address, Instant at) {
        unsubscribed.putIfAbsent(Require.present(address, "address").key(), Require.present(at, "at"));
    }

    @Override
    public boolean isUnsubscribed(EmailAddress address) {
        return unsubscribed.containsKey(Require.present(address, "address").key());
    }
}
