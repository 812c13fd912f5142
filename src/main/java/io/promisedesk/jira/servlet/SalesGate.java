package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;

import java.util.Locale;
import java.util.Optional;

/**
 * The gate of the pages for sales (their issue pages, My commitments, My digest): nobody logged in goes to the login
 * page, anyone but the sales groups and Jira administrators is refused with the words saying who may.
 */
final class SalesGate {
    private SalesGate() {
    }

    /** Why the current person may not pass; empty when they may. */
    static Optional<PageAnswer> refusal(Access access, Locale locale) {
        if (access.user().isEmpty()) {
            return Optional.of(new PageAnswer.Login());
        }
        if (!access.isSales() && !access.isAdministrator()) {
            return Optional.of(MessagePages.forbidden("promisedesk.page.forbidden.sales", locale));
        }
        return Optional.empty();
    }
}
