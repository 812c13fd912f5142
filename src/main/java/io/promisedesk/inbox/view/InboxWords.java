package io.promisedesk.inbox.view;

import io.promisedesk.inbox.Urgency;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The ETA request screens' words in one reader's language: messages, dates, urgencies and waiting times. */
final class InboxWords {
    private final MessageRenderer renderer;

    InboxWords(Locale locale) {
        this.renderer = new MessageRenderer(locale);
    }

    String text(String key, Object... arguments) {
        return renderer.render(key, arguments);
    }

    String text(Message message) {
        return renderer.render(message);
    }

    String date(LocalDate date) {
        return renderer.format(date);
    }

    /** The urgency in words and the modifier of its CSS class, so it is never told by colour alone. */
    Map<String, Object> urgency(Urgency urgency) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("name", text(urgency.i18nKey()));
        shown.put("modifier", value(urgency));
        return shown;
    }

    /**
     * How long someone waited, to the minute under an hour, to the minute under a day, then in days and hours: a
     * technician weighs a request waiting since yesterday differently from one asked ten minutes ago.
     */
    String wait(Duration wait) {
        long minutes = wait.toMinutes();
        if (minutes < 60) {
            return text("promisedesk.inbox.wait.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return text("promisedesk.inbox.wait.hours", minutes / 60, minutes % 60);
        }
        return text("promisedesk.inbox.wait.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }

    /** The urgency's name in forms and CSS classes: {@code today}, {@code this-week}, {@code no-rush}. */
    static String value(Urgency urgency) {
        return urgency.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
