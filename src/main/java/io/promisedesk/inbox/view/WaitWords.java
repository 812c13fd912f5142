package io.promisedesk.inbox.view;

import io.promisedesk.common.Require;

import java.time.Duration;
import java.util.Locale;

/** A wait in the ETA inbox's words ("3 hours, 20 minutes"), for the other screens that show one, such as the admin's. */
public final class WaitWords {
    private WaitWords() {
    }

    public static String of(Duration wait, Locale locale) {
        return new InboxWords(Require.present(locale, "locale")).wait(Require.present(wait, "wait"));
    }
}
