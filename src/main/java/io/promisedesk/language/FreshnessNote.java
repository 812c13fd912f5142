package io.promisedesk.language;

import io.promisedesk.common.Require;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one line every page with team figures shows once they have been known to miss a change for more than a minute:
 * how old they are. Shared by the overcommit panel, the sales, review, chart and admin pages.
 */
public final class FreshnessNote {
    /** Figures older than this say how old they are. */
    public static final Duration SAID_AFTER = Duration.ofMinutes(1);
    /** A page section holding only the note, placed after the page's figures. */
    public static final String TEMPLATE = "templates/page/freshness.vm";

    private FreshnessNote() {
    }

    /** The note for figures known to miss a change for {@code staleFor}; empty up to {@link #SAID_AFTER}. */
    public static Optional<Message> of(Duration staleFor) {
        Require.present(staleFor, "staleFor");
        if (staleFor.compareTo(SAID_AFTER) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Message.of("promisedesk.figures.stale", staleFor.toMinutes()));
    }

    /** {@code context} with {@code hasStaleNote} and, when true, {@code staleNote} in {@code locale}. */
    public static Map<String, Object> into(Map<String, Object> context, Duration staleFor, Locale locale) {
        Require.present(context, "context");
        Require.present(locale, "locale");
        Map<String, Object> noted = new LinkedHashMap<>(context);
        Optional<Message> note = of(staleFor);
        noted.put("hasStaleNote", note.isPresent());
        note.ifPresent(message -> noted.put("staleNote", new MessageRenderer(locale).render(message)));
        return Collections.unmodifiableMap(noted);
    }

    /** The context of {@link #TEMPLATE}. */
    public static Map<String, Object> context(Duration staleFor, Locale locale) {
        return into(Map.of(), staleFor, locale);
    }
}
