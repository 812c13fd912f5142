package io.promisedesk.language;

import io.promisedesk.workload.Level;
import org.junit.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;

/** The short names of phrases, risks and levels as admins and technicians see them on labels. */
public class NamesTest {
    private final MessageRenderer english = new MessageRenderer(Locale.ENGLISH);
    private final MessageRenderer dutch = new MessageRenderer(Locale.forLanguageTag("nl"));

    @Test
    public void businessPhrases_haveNamesInEnglishAndDutch() {
        List<BusinessPhrase> phrases = Arrays.asList(BusinessPhrase.values());

        assertEquals(List.of("Not started yet", "Being worked on", "Waiting for the customer", "Done"),
                phrases.stream().map(phrase -> english.render(phrase.message())).toList());
        assertEquals(List.of("Nog niet begonnen", "In behandeling", "Wacht op de klant", "Klaar"),
                phrases.stream().map(phrase -> dutch.render(phrase.message())).toList());
    }

    @Test
    public void salesRisks_haveNamesInEnglishAndDutch() {
        List<SalesRisk> risks = Arrays.asList(SalesRisk.values());

        assertEquals(List.of("On track", "At risk", "Late"),
                risks.stream().map(risk -> english.render(risk.message())).toList());
        assertEquals(List.of("Op schema", "Loopt risico", "Te laat"),
                risks.stream().map(risk -> dutch.render(risk.message())).toList());
    }

    @Test
    public void workloadLevels_haveNamesInEnglishAndDutch() {
        List<Level> levels = Arrays.asList(Level.values());

        assertEquals(List.of("OK", "Warning", "Overcommitted"),
                levels.stream().map(level -> english.render(LevelNames.of(level))).toList());
        assertEquals(List.of("OK", "Waarschuwing", "Overbelast"),
                levels.stream().map(level -> dutch.render(LevelNames.of(level))).toList());
    }
}
