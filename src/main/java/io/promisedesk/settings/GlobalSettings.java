package io.promisedesk.settings;

import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.statuslink.StatusLinkPolicy;

import java.time.Duration;
import java.util.Set;

/**
 * The settings that are not per team: the status-to-phrase mapping sales reads, the Jira groups of salespeople, and the
 * admin's policies (how stale figures may get before a reader waits, status links, e-mail domains).
 *
 * @param snapshotWaitBound a reader waits for a team's search, at most {@code SnapshotTimes#longestWait}, once the
 *                          figures it would get are known to miss a change for longer than this; whole minutes from
 *                          {@value #MIN_WAIT_MINUTES} to {@value #MAX_WAIT_MINUTES}
 */
public record GlobalSettings(StatusPhraseMapping phrases, Set<String> salesGroups, Duration snapshotWaitBound,
                             StatusLinkPolicy statusLinks, AllowedEmailDomains allowedEmailDomains) {
    public static final int MIN_WAIT_MINUTES = 1;
    /** A day: past that, figures are no longer "a little old" but wrong. */
    public static final int MAX_WAIT_MINUTES = 1_440;
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);
    public static final GlobalSettings DEFAULTS = of(StatusPhraseMapping.defaults(), Set.of());

    public GlobalSettings {
        Require.present(phrases, "phrases");
        salesGroups = salesGroups == null ? Set.of() : Set.copyOf(salesGroups);
        salesGroups.forEach(group -> Require.plainText(group, "salesGroups", false));
        Require.present(snapshotWaitBound, "snapshotWaitBound");
        requireWaitMinutes(snapshotWaitBound.toMinutes());
        if (!snapshotWaitBound.equals(Duration.ofMinutes(snapshotWaitBound.toMinutes()))) {
            throw new IllegalArgumentException("snapshotWaitBound must be whole minutes, was " + snapshotWaitBound);
        }
        Require.present(statusLinks, "statusLinks");
        Require.present(allowedEmailDomains, "allowedEmailDomains");
    }

    /** The phrases and sales groups with the default policies. */
    public static GlobalSettings of(StatusPhraseMapping phrases, Set<String> salesGroups) {
        return new GlobalSettings(phrases, salesGroups, DEFAULT_WAIT, StatusLinkPolicy.DEFAULT, AllowedEmailDomains.ANY);
    }

    /** Refuses a wait bound outside {@value #MIN_WAIT_MINUTES} to {@value #MAX_WAIT_MINUTES} minutes. */
    public static long requireWaitMinutes(long minutes) {
        if (minutes < MIN_WAIT_MINUTES || minutes > MAX_WAIT_MINUTES) {
            throw new InvalidValueException("snapshotWaitMinutes", "promisedesk.admin.policies.error.wait",
                    "must be from " + MIN_WAIT_MINUTES + " to " + MAX_WAIT_MINUTES + " minutes, was " + minutes,
                    MIN_WAIT_MINUTES, MAX_WAIT_MINUTES);
        }
        return minutes;
    }

    public GlobalSettings withPhrases(StatusPhraseMapping newer) {
        return new GlobalSettings(newer, salesGroups, snapshotWaitBound, statusLinks, allowedEmailDomains);
    }

    public GlobalSettings withSalesGroups(Set<String> newer) {
        return new GlobalSettings(phrases, newer, snapshotWaitBound, statusLinks, allowedEmailDomains);
    }

    /** These settings with {@code policies}' wait bound, status-link policy and e-mail domains. */
    public GlobalSettings withPoliciesOf(GlobalSettings policies) {
        return new GlobalSettings(phrases, salesGroups, policies.snapshotWaitBound, policies.statusLinks,
                policies.allowedEmailDomains);
    }
}
