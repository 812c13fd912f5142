package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The e-mail addresses a commitment keeps informed, in the order they were typed, each once (whatever the case of
 * its letters), at most {@link #MAX_COUNT}.
 */
public record InformedAddresses(List<InformedAddress> all) {
    /** A commitment informs a customer's few contacts, not a mailing list. */
    public static final int MAX_COUNT = 20;
    /** What a form's box may hold: {@link #MAX_COUNT} addresses of the longest kind, with separators. */
    public static final int MAX_TYPED = MAX_COUNT * (EmailAddress.MAX_LENGTH + 2);
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final InformedAddresses NONE = new InformedAddresses(List.of());

    public InformedAddresses {
        Map<String, InformedAddress> once = new LinkedHashMap<>();
        for (InformedAddress address : Require.present(all, "addresses")) {
            once.putIfAbsent(Require.present(address, "addresses").address().key(), address);
        }
        if (once.size() > MAX_COUNT) {
            throw new InvalidValueException("addresses", "promisedesk.error.address.tooMany",
                    "must be at most " + MAX_COUNT + " addresses, were " + once.size(), MAX_COUNT, once.size());
        }
        all = List.copyOf(once.values());
    }

    public static InformedAddresses none() {
        return NONE;
    }

    /**
     * The addresses typed in one box, separated by commas, semicolons, spaces or line breaks, all in
     * {@code language}; none when the box is empty.
     *
     * @throws InvalidValueException naming the first address that is not one, or when there are too many
     */
    public static InformedAddresses parse(Optional<String> typed, Locale language) {
        Optional<String> text = Require.optionalText(typed, "addresses", MAX_TYPED);
        if (text.isEmpty()) {
            return NONE;
        }
        List<InformedAddress> addresses = new ArrayList<>();
        for (String part : SEPARATORS.split(text.get().strip())) {
            addresses.add(new InformedAddress(new EmailAddress(part), language));
        }
        return new InformedAddresses(addresses);
    }

    /**
     * These addresses when each one newly named is at a domain the administrator allows: an address {@code kept}
     * from the commitment they replace stays even after the domains were restricted (shown as not mailed), so that
     * keeping what was typed before is never refused.
     *
     * @param allowed the administrator's allowed domains now
     * @param kept    the addresses of the commitment these replace; none for a first commitment
     * @throws InvalidValueException naming the first new address whose domain is not allowed, and the allowed domains
     */
    public InformedAddresses requireAllowed(AllowedEmailDomains allowed, InformedAddresses kept) {
        Require.present(allowed, "allowed");
        Set<String> keptKeys = Require.present(kept, "kept").all().stream()
                .map(address -> address.address().key()).collect(Collectors.toSet());
        for (InformedAddress address : all) {
            if (!keptKeys.contains(address.address().key()) && !allowed.permits(address.address().domain())) {
                String domains = String.join(", ", new TreeSet<>(allowed.domains()));
                throw new InvalidValueException("addresses", "promisedesk.error.address.domain",
                        "must be at one of the allowed domains " + domains + ", was " + address.address(),
                        address.address().text(), domains);
            }
        }
        return this;
    }

    /**
     * These addresses, each one {@code current} names already in the language it has there: a box of addresses
     * types no languages, so retyping an address must not change the language of its digests.
     */
    public InformedAddresses keepingLanguagesOf(InformedAddresses current) {
        Map<String, InformedAddress> known = new LinkedHashMap<>();
        Require.present(current, "current").all().forEach(address -> known.put(address.address().key(), address));
        return new InformedAddresses(all.stream()
                .map(address -> known.getOrDefault(address.address().key(), address)).toList());
    }

    /** Whether these name the same mailboxes as {@code other}, in the same order, whatever their languages. */
    public boolean sameAddressesAs(InformedAddresses other) {
        return keys().equals(Require.present(other, "other").keys());
    }

    private List<String> keys() {
        return all.stream().map(address -> address.address().key()).toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The addresses alone, as a form shows them back: one per line. */
    public String typed() {
        return String.join("\n", all.stream().map(address -> address.address().text()).toList());
    }

    /** Each address with its language, one per line ({@code "nl jan@example.com"}): how the store keeps them. */
    public String stored() {
        return String.join("\n", all.stream()
                .map(address -> address.language().getLanguage() + " " + address.address().text()).toList());
    }

    /** The addresses as {@link #stored()} wrote them; none for a commitment stored before addresses existed. */
    public static InformedAddresses fromStored(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        List<InformedAddress> addresses = new ArrayList<>();
        for (String line : stored.strip().split("\n")) {
            int space = line.indexOf(' ');
            addresses.add(new InformedAddress(new EmailAddress(line.substring(space + 1)),
                    InformedAddress.language(line.substring(0, space))));
        }
        return new InformedAddresses(addresses);
    }
}
