package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The e-mail domains a commitment may name people at, as the Jira administrator restricts them: none means any
 * domain; otherwise an address's domain must be one of them or below one ({@code eu.example.com} under
 * {@code example.com}).
 *
 * @param domains lower-case DNS names in ASCII (an internationalised name in its {@code xn--} form)
 */
public record AllowedEmailDomains(Set<String> domains) {
    /** More than any company has; bounds the form and the stored rows. */
    public static final int MAX_DOMAINS = 100;
    /** The longest DNS name (RFC 1035). */
    public static final int MAX_DOMAIN_LENGTH = 253;
    public static final AllowedEmailDomains ANY = new AllowedEmailDomains(Set.of());

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public AllowedEmailDomains {
        domains = domains == null ? Set.of() : Set.copyOf(new TreeSet<>(domains));
        if (domains.size() > MAX_DOMAINS) {
            throw new InvalidValueException("allowedEmailDomains", "promisedesk.admin.policies.error.domains.tooMany",
                    "must name at most " + MAX_DOMAINS + " domains, named " + domains.size(), MAX_DOMAINS);
        }
        domains.forEach(AllowedEmailDomains::requireDomain);
    }

    /** The domain as an admin may type it, lower-cased and without a leading "@"; refused when it is no DNS name. */
    public static String domainOf(String typed) {
        String domain = Require.present(typed, "domain").strip().toLowerCase(Locale.ROOT);
        domain = domain.startsWith("@") ? domain.substring(1) : domain;
        requireDomain(domain);
        return domain;
    }

    /** Whether an address at {@code domain} may be named; any domain when none are set. */
    public boolean permits(String domain) {
        Require.present(domain, "domain");
        if (domains.isEmpty()) {
            return true;
        }
        String asked = domain.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(allowed -> asked.equals(allowed) || asked.endsWith("." + allowed));
    }

    /** Whether any domain may be named. */
    public boolean any() {
        return domains.isEmpty();
    }

    private static void requireDomain(String domain) {
        boolean valid = domain.length() <= MAX_DOMAIN_LENGTH && domain.contains(".");
        if (valid) {
            for (String label : domain.split("\\.", -1)) {
                valid &= LABEL.matcher(label).matches();
            }
        }
        if (!valid) {
            throw new InvalidValueException("allowedEmailDomains", "promisedesk.admin.policies.error.domain",
                    "must be domain names such as example.com, \"" + domain + "\" is not one", domain);
        }
    }
}
