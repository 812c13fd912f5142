package io.promisedesk.addressmail;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One digest to an e-mail address: the ETA news after {@code after} and at or before {@code upTo} on the issues
 * whose commitments name it, one item per issue in key order, in the address's language. Never empty.
 */
public record AddressDigest(EmailAddress address, Locale language, Instant after, Instant upTo,
                            List<AddressNews> news) {
    public AddressDigest {
        Require.present(address, "address");
        Require.present(language, "language");
        Require.present(after, "after");
        Require.present(upTo, "upTo");
        if (upTo.isBefore(after)) {
            throw new IllegalArgumentException("digest to " + address + " must end at or after " + after);
        }
        news = Require.present(news, "news").stream()
                .sorted(Comparator.comparing(item -> item.issue().toString()))
                .toList();
        if (news.isEmpty()) {
            throw new IllegalArgumentException("a digest to " + address + " must have news");
        }
    }
}
