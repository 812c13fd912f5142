package io.promisedesk.language;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class MessageRendererTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final LocalDate FRIDAY_13_MARCH = LocalDate.of(2026, 3, 13);

    private final MessageRenderer english = new MessageRenderer(Locale.ENGLISH);
    private final MessageRenderer dutch = new MessageRenderer(DUTCH);

    @Test
    public void messageWithoutArguments_rendersTheBundleValue() {
        Message message = BusinessPhrase.IN_PROGRESS.message();

        assertEquals("Being worked on", english.render(message));
        assertEquals("In behandeling", dutch.render(message));
    }

    @Test
    public void doubledApostropheInAValueWithArguments_rendersAsOneApostrophe() {
        Message message = Message.of("promisedesk.error.weeklyHours.absurd", 200);

        String text = english.render(message);

        assertEquals("A week has 168 hours; 200 hours a week can't be right.", text);
    }

    @Test
    public void apostropheInAnArgument_rendersUnchanged() {
        Message message = Message.of("promisedesk.language.sentence.etaOn", FRIDAY_13_MARCH, "O'Reilly {0}");

        String text = english.render(message);

        assertEquals("Expected Fri 13 Mar, the date promised to O'Reilly {0}.", text);
    }

    @Test
    public void englishEmDash_isReadAsUtf8() {
        Message message = SalesRisk.AT_RISK.sentence();

        String text = english.render(message);

        assertEquals("At risk \u2014 the team has little room left before the promised date.", text);
    }

    @Test
    public void dutchAccents_areReadAsUtf8() {
        Message message = Message.of("promisedesk.error.workingDays.empty");

        String text = dutch.render(message);

        assertEquals("Kies minstens \u00e9\u00e9n werkdag.", text);
    }

    @Test
    public void javasOwnBundleLoading_readsTheBundlesAsUtf8Too() {
        // Jira loads the same files through the JDK's default control, which reads UTF-8 since Java 9.
        ResourceBundle.clearCache();
        ResourceBundle bundle = ResourceBundle.getBundle(MessageRenderer.BUNDLE, DUTCH);

        String value = bundle.getString("promisedesk.error.workingDays.empty");

        assertEquals("Kies minstens \u00e9\u00e9n werkdag.", value);
    }

    @Test
    public void dates_renderAsShortWeekdayDayAndMonth() {
        assertEquals("Fri 13 Mar", english.format(FRIDAY_13_MARCH));
        assertEquals("vr 13 mrt", dutch.format(FRIDAY_13_MARCH));
    }

    @Test
    public void dutchMonthAbbreviations_loseTheirPeriod() {
        LocalDate saturday13June = LocalDate.of(2026, 6, 13);

        String text = dutch.format(saturday13June);

        assertEquals("za 13 jun", text);
    }

    @Test
    public void dateArgument_isWrittenInTheReadersLanguage() {
        Message message = Message.of("promisedesk.language.sentence.eta", FRIDAY_13_MARCH);

        assertEquals("Expected Fri 13 Mar.", english.render(message));
        assertEquals("Verwacht op vr 13 mrt.", dutch.render(message));
    }

    @Test
    public void numberArgument_usesTheLanguagesSeparators() {
        Message message = Message.of("promisedesk.error.hours.absurd", 100_000L, new BigDecimal("100000.5"));

        assertEquals("Hours must be at most 100,000, not 100,000.5.", english.render(message));
        assertEquals("Uren mogen hoogstens 100.000 zijn, niet 100.000,5.", dutch.render(message));
    }

    @Test
    public void messageArgument_isRenderedInTheSameLanguage() {
        Message message = Message.of("promisedesk.language.sentence.phrase", BusinessPhrase.NOT_STARTED.message());

        assertEquals("Not started yet.", english.render(message));
        assertEquals("Nog niet begonnen.", dutch.render(message));
    }

    @Test
    public void severalMessages_areSeparatedByASpace() {
        List<Message> messages = List.of(Message.of("promisedesk.language.sentence.noEta"), SalesRisk.ON_TRACK.sentence());

        assertEquals("No expected date yet. On track.", english.render(messages));
    }

    @Test
    public void languageWithoutABundle_readsEnglish() {
        MessageRenderer german = new MessageRenderer(Locale.GERMAN);

        String text = german.render(BusinessPhrase.WAITING_FOR_CUSTOMER.message());

        assertEquals("Waiting for the customer", text);
    }

    @Test
    public void dutchAsSpokenInBelgium_readsDutch() {
        MessageRenderer flemish = new MessageRenderer(Locale.forLanguageTag("nl-BE"));

        String text = flemish.render(BusinessPhrase.WAITING_FOR_CUSTOMER.message());

        assertEquals("Wacht op de klant", text);
    }

    @Test
    public void englishReader_readsEnglishOnADutchServer() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(DUTCH);
            ResourceBundle.clearCache();
            MessageRenderer renderer = new MessageRenderer(Locale.ENGLISH);

            String text = renderer.render(BusinessPhrase.DONE.message());

            assertEquals("Done", text);
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    public void keyNoBundleHas_isReportedWithTheKey() {
        Message message = Message.of("promisedesk.language.nowhere");

        MissingResourceException error = assertThrows(MissingResourceException.class, () -> english.render(message));

        assertEquals("promisedesk.language.nowhere", error.getKey());
    }
}
