package io.promisedesk.language;

import io.promisedesk.rendering.JiraLikeVelocity;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.Duration;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

/** The freshness line: said only after a minute, in the reader's language, and its template renders only the line. */
public class FreshnessNoteTest {
    private static Document rendered(Duration staleFor, Locale locale) {
        return JiraLikeVelocity.parse(JiraLikeVelocity.render(FreshnessNote.TEMPLATE,
                FreshnessNote.context(staleFor, locale)));
    }

    @Test
    public void figuresStaleForTwoHours_sayHowOldInMinutes_inEnglishAndDutch() {
        assertEquals("These figures are 120 minutes old: a change is being taken into account.",
                rendered(Duration.ofHours(2), Locale.ENGLISH).selectFirst("p.promisedesk-freshness[role=status]").text());
        assertEquals("Deze cijfers zijn 120 minuten oud: een wijziging wordt verwerkt.",
                rendered(Duration.ofHours(2), Locale.forLanguageTag("nl")).selectFirst("p.promisedesk-freshness").text());
    }

    @Test
    public void figuresFreshOrStaleForAMinuteAtMost_renderNothing() {
        assertNull(rendered(Duration.ZERO, Locale.ENGLISH).selectFirst("p"));
        assertNull(rendered(Duration.ofMinutes(1), Locale.ENGLISH).selectFirst("p"));
        assertEquals(false, FreshnessNote.context(Duration.ofMinutes(1), Locale.ENGLISH).get("hasStaleNote"));
    }

    @Test
    public void missingArguments_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> FreshnessNote.of(null));
        assertThrows(IllegalArgumentException.class, () -> FreshnessNote.context(Duration.ZERO, null));
    }
}
