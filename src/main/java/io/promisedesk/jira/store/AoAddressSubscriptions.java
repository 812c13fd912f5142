package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.addressmail.AddressSubscriptions;
import io.promisedesk.addressmail.UnsubscribeLink;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;
import io.promisedesk.statuslink.TokenHash;

import net.java.ao.Query;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps unsubscribe tokens (their hashes) and unsubscribed addresses in Active Objects, a row each. Unsubscribing
 * twice, even from two nodes at once, leaves one row: the address column is unique and a refused second insert is
 * the same outcome. Expired tokens are found by their creation text, compared a whole second at a time (see
 * {@link Rows#secondOf}), and deleted a bounded batch per transaction.
 */
public final class AoAddressSubscriptions implements AddressSubscriptions {
    private static final String BY_HASH = UnsubscribeTokenEntity.TOKEN_HASH + " = ?";
    private static final String BY_ADDRESS = UnsubscribedAddressEntity.ADDRESS_KEY + " = ?";
    private static final String MADE_BEFORE = UnsubscribeTokenEntity.CREATED_AT + " < ?";

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
    public Optional<UnsubscribeLink> linkOf(TokenHash hash) {
        Require.present(hash, "hash");
        return ao.executeInTransaction(() -> Rows.where(ao, UnsubscribeTokenEntity.class, BY_HASH, hash.hex())
                .stream().findFirst().map(row -> new UnsubscribeLink(new EmailAddress(row.getAddress()),
                        Rows.instant(row.getCreatedAt()))));
    }

    @Override
    public void removeToken(TokenHash hash) {
        Require.present(hash, "hash");
        ao.executeInTransaction(() -> ao.deleteWithSQL(UnsubscribeTokenEntity.class, BY_HASH, hash.hex()));
    }

    /**
     * Deletes tokens made in whole seconds before {@code cutoff}'s: the texts of instants sort as the instants only to
     * the second, so the tokens of {@code cutoff}'s own second wait for a later call.
     */
    @Override
    public int removeTokensMadeBefore(Instant cutoff, int most) {
        Require.present(cutoff, "cutoff");
        if (most < 1) {
            throw new IllegalArgumentException("most must be positive, not " + most);
        }
        return ao.executeInTransaction(() -> {
            List<Object> ids = Stream.of(ao.find(UnsubscribeTokenEntity.class, Query.select()
                            .where(MADE_BEFORE, Rows.secondOf(cutoff)).limit(most)))
                    .map(row -> (Object) row.getID()).toList();
            return ids.isEmpty() ? 0 : ao.deleteWithSQL(UnsubscribeTokenEntity.class,
                    "ID IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", ids.toArray());
        });
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
