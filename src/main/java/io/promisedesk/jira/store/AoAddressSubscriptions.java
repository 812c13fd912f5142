package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.addressmail.AddressSubscriptions;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;
import io.promisedesk.statuslink.TokenHash;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps unsubscribe tokens (their hashes) and unsubscribed addresses in Active Objects, a row each. Unsubscribing
 * twice, even from two nodes at once, leaves one row: the address column is unique and a refused second insert is
 * the same outcome.
 */
public final class AoAddressSubscriptions implements AddressSubscriptions {
    private static final String BY_HASH = UnsubscribeTokenEntity.TOKEN_HASH + " = ?";
    private static final String BY_ADDRESS = UnsubscribedAddressEntity.ADDRESS_KEY + " = ?";

    private final ActiveObjects ao;

    public AoAddressSubscriptions(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void addToken(TokenHash hash, EmailAddress address, Instant at) {
        Require.present(hash, "hash");
        Require.present(address, "address");
        Require.present(at, "at");
        ao.executeInTransaction(() -> ao.create(UnsubscribeTokenEntity.class, columns(
                UnsubscribeTokenEntity.TOKEN_HASH, hash.hex(),
                UnsubscribeTokenEntity.ADDRESS, address.text(),
                UnsubscribeTokenEntity.CREATED_AT, at.toString())));
    }

    @Override
    public Optional<EmailAddress> addressOf(TokenHash hash) {
        Require.present(hash, "hash");
        return ao.executeInTransaction(() -> Rows.where(ao, UnsubscribeTokenEntity.class, BY_HASH, hash.hex())
                .stream().findFirst().map(row -> new EmailAddress(row.getAddress())));
    }

    @Override
    public void unsubscribe(EmailAddress address, Instant at) {
        Require.present(address, "address");
        Require.present(at, "at");
        if (isUnsubscribed(address)) {
            return;
        }
        try {
            ao.executeInTransaction(() -> ao.create(UnsubscribedAddressEntity.class, columns(
                    UnsubscribedAddressEntity.ADDRESS_KEY, address.key(),
                    UnsubscribedAddressEntity.UNSUBSCRIBED_AT, at.toString())));
        } catch (RuntimeException failure) {
            // The unique column refused a second row: someone unsubscribed the address meanwhile, as asked.
            if (!isUnsubscribed(address)) {
                throw failure;
            }
        }
    }

    @Override
    public boolean isUnsubscribed(EmailAddress address) {
        Require.present(address, "address");
        return ao.executeInTransaction(() -> !Rows.where(ao, UnsubscribedAddressEntity.class, BY_ADDRESS,
                address.key()).isEmpty());
    }
}
