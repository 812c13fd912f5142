package io.promisedesk.addressmail;

import io.promisedesk.commitment.AddressState;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;

import io.promisedesk.commitment.AllowedEmailDomains;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.Predicate;

/**
 * Whether each address gets digests now: not once unsubscribed, nor while its domain is outside the domains an
 * administrator allows (an address typed before a restriction is kept, and mailed again if the domain is allowed again).
 */
public final class AddressStates implements Function<EmailAddress, AddressState> {
    private final AddressSubscriptions subscriptions;
    private final Predicate<String> allowedDomain;

    /** The domains allowed are the administrator's as they are now ({@code allowedDomains}). */
    public AddressStates(AddressSubscriptions subscriptions, Supplier<AllowedEmailDomains> allowedDomains) {
        this(subscriptions, domain -> allowedDomains.get().permits(domain));
    }

    /** {@code allowedDomain} tells whether a lower-case domain is allowed now. */
    AddressStates(AddressSubscriptions subscriptions, Predicate<String> allowedDomain) {
        this.subscriptions = Require.present(subscriptions, "subscriptions");
        this.allowedDomain = Require.present(allowedDomain, "allowedDomain");
    }

    @Override
    public AddressState apply(EmailAddress address) {
        if (subscriptions.isUnsubscribed(address)) {
            return AddressState.UNSUBSCRIBED;
        }
        return allowedDomain.test(address.domain()) ? AddressState.MAILED : AddressState.DOMAIN_NOT_ALLOWED;
    }
}
