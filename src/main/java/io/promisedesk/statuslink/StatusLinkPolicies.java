package io.promisedesk.statuslink;

/** Where the administrator's current {@link StatusLinkPolicy} is read, on each use, so a change holds at once. */
@FunctionalInterface
public interface StatusLinkPolicies {

    /** The policy as the administrator last saved it. */
    StatusLinkPolicy current();
}
