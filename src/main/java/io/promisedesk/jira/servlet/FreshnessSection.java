package io.promisedesk.jira.servlet;

import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.FreshnessNote;

import java.time.Duration;
import java.util.Locale;

/** The page section after a page's team figures that says how old they are; it renders nothing while they are fresh. */
final class FreshnessSection {
    private FreshnessSection() {
    }

    static Section of(Duration staleFor, Locale locale) {
        return new Section(FreshnessNote.TEMPLATE, FreshnessNote.context(staleFor, locale));
    }

    /** The longer of two times figures have been stale: a page of several teams tells of its oldest figures. */
    static Duration oldest(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
