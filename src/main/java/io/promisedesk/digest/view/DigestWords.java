package io.promisedesk.digest.view;

import io.promisedesk.language.MessageRenderer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A digest's words in the reader's language, with dates and times as that language writes them in one time zone. */
final class DigestWords {
    private final MessageRenderer renderer;
    private final ZoneId zone;
    private final DateTimeFormatter clockTime;

    DigestWords(Locale locale, ZoneId zone) {
        this.renderer = new MessageRenderer(locale);
        this.zone = zone;
        // The zone's short name beside the time: a mail is read wherever the reader is.
        this.clockTime = DateTimeFormatter.ofPattern("HH:mm z", locale);
    }

    Locale locale() {
        return renderer.locale();
    }

    String text(String key, Object... arguments) {
        return renderer.render(key, arguments);
    }

    String date(LocalDate date) {
        return renderer.format(date);
    }

    /** The day the instant falls on in the zone. */
    String day(Instant instant) {
        return renderer.format(instant.atZone(zone).toLocalDate());
    }

    /** "Mon 23 Nov 07:05 UTC". */
    String time(Instant instant) {
        return day(instant) + " " + clockTime.format(instant.atZone(zone));
    }
}
