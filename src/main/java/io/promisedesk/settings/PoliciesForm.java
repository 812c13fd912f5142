package io.promisedesk.settings;

import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.statuslink.StatusLinkPolicy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.promisedesk.settings.FormFields.parsed;

/**
 * The admin's policies form as typed: how many minutes figures may be known stale before a reader waits for a search,
 * whether status links open and how long they may live, and the e-mail domains commitments may name people at (one
 * per line or separated by commas; none means any). A checkbox sends {@code statusLinksEnabled} only when ticked.
 */
public record PoliciesForm(String snapshotWaitMinutes, boolean statusLinksEnabled, String statusLinkMaxDays,
                           String allowedEmailDomains, String version) {
    public static final String WAIT = "snapshotWaitMinutes";
    public static final String LINKS_ENABLED = "statusLinksEnabled";
    public static final String LINK_DAYS = "statusLinkMaxDays";
    public static final String DOMAINS = "allowedEmailDomains";
    public static final String VERSION = "version";
    /** ASCII digits only, and fewer than a long could overflow on: anything else is refused with the range. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern SEPARATOR = Pattern.compile("[,;\\s]+");

    public PoliciesForm {
        snapshotWaitMinutes = snapshotWaitMinutes == null ? "" : snapshotWaitMinutes;
        statusLinkMaxDays = statusLinkMaxDays == null ? "" : statusLinkMaxDays;
        allowedEmailDomains = allowedEmailDomains == null ? "" : allowedEmailDomains;
        version = version == null ? "" : version;
    }

    /** The form of a submitted request. */
    public static PoliciesForm of(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return new PoliciesForm(first(parameters, WAIT), !first(parameters, LINKS_ENABLED).isEmpty(),
                first(parameters, LINK_DAYS), first(parameters, DOMAINS), first(parameters, VERSION));
    }

    /** The stored policies, domains in alphabetical order one per line, carrying the version they were stored as. */
    public static PoliciesForm of(Versioned<GlobalSettings> stored) {
        Require.present(stored, "stored");
        GlobalSettings settings = stored.value();
        return new PoliciesForm(Long.toString(settings.snapshotWaitBound().toMinutes()),
                settings.statusLinks().enabled(), Integer.toString(settings.statusLinks().longestLifetimeDays()),
                String.join("\n", new TreeSet<>(settings.allowedEmailDomains().domains())),
                Long.toString(stored.version()));
    }

    public PoliciesForm withVersion(long newer) {
        return new PoliciesForm(snapshotWaitMinutes, statusLinksEnabled, statusLinkMaxDays, allowedEmailDomains,
                Long.toString(newer));
    }

    /** The policies typed, on top of {@code base}'s phrases and groups; or every field's problem. */
    Checked check(GlobalSettings base) {
        Require.present(base, "base");
        Map<String, Message> errors = new LinkedHashMap<>();
        Optional<Duration> wait = parsed(errors, WAIT, () -> Duration.ofMinutes(
                GlobalSettings.requireWaitMinutes(number(snapshotWaitMinutes, WAIT, "promisedesk.admin.policies.error.wait",
                GlobalSettings.MIN_WAIT_MINUTES, GlobalSettings.MAX_WAIT_MINUTES))));
        Optional<StatusLinkPolicy> links = parsed(errors, LINK_DAYS, () -> new StatusLinkPolicy(statusLinksEnabled,
                (int) number(statusLinkMaxDays, LINK_DAYS, "promisedesk.admin.policies.error.linkDays",
                        StatusLinkPolicy.MAX_LIFETIME_DAYS)));
        Optional<AllowedEmailDomains> domains = parsed(errors, DOMAINS, this::domains);
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), Optional.of(new FormErrors(errors)));
        }
        return new Checked(Optional.of(new GlobalSettings(base.phrases(), base.salesGroups(), wait.orElseThrow(),
                links.orElseThrow(), domains.orElseThrow())), Optional.empty());
    }

    Optional<Long> expectedVersion() {
        return FormFields.expectedVersion(version);
    }

    /** The settings when the form was right, otherwise the errors by field. */
    record Checked(Optional<GlobalSettings> settings, Optional<FormErrors> errors) {
    }

    private AllowedEmailDomains domains() {
        Require.plainText(allowedEmailDomains, DOMAINS, true);
        Set<String> named = new LinkedHashSet<>();
        for (String typed : SEPARATOR.split(allowedEmailDomains.strip())) {
            if (!typed.isEmpty()) {
                named.add(AllowedEmailDomains.domainOf(typed));
            }
        }
        return new AllowedEmailDomains(named);
    }

    /** A whole number; refused with the field's own range message when it is none, so the admin sees the range. */
    private static long number(String typed, String field, String rangeKey, Object... range) {
        String stripped = typed.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, "promisedesk.error.required", "is required");
        }
        if (WHOLE_NUMBER.matcher(stripped).matches()) {
            return Long.parseLong(stripped);
        }
        throw new InvalidValueException(field, rangeKey, "must be a whole number in range", range);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
