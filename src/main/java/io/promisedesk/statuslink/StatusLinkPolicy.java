package io.promisedesk.statuslink;

import io.promisedesk.common.InvalidValueException;

/**
 * What the Jira administrator allows of read-only status links: whether they open at all, and the longest lifetime a
 * creator may give one.
 *
 * @param enabled             false closes every link at once (each opens the neutral page) and refuses new ones
 * @param longestLifetimeDays from 1 to {@value #MAX_LIFETIME_DAYS}
 */
public record StatusLinkPolicy(boolean enabled, int longestLifetimeDays) {
    /** A year: a link is a snapshot of a promise shared with someone outside, not a standing door. */
    public static final int MAX_LIFETIME_DAYS = 365;
    /** Links open; ninety days at most. */
    public static final StatusLinkPolicy DEFAULT = new StatusLinkPolicy(true, 90);

    public StatusLinkPolicy {
        if (longestLifetimeDays < 1 || longestLifetimeDays > MAX_LIFETIME_DAYS) {
            throw new InvalidValueException("statusLinkMaxDays", "promisedesk.admin.policies.error.linkDays",
                    "must be from 1 to " + MAX_LIFETIME_DAYS + ", was " + longestLifetimeDays, MAX_LIFETIME_DAYS);
        }
    }
}
