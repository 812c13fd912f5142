package io.promisedesk.language;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class MessageTest {
    @Test
    public void message_keepsKeyAndArgumentsInOrder() {
        Message message = Message.of("promisedesk.error.tooLong", 255, 300);

        assertEquals("promisedesk.error.tooLong", message.key());
        assertEquals(List.of(255, 300), message.arguments());
    }

    @Test
    public void arguments_areCopiedSoTheMessageCannotChange() {
        List<Object> arguments = new ArrayList<>(List.of("ACME"));
        Message message = new Message("promisedesk.error.team.duplicateMember", arguments);

        arguments.add("other");

        assertEquals(List.of("ACME"), message.arguments());
    }

    @Test
    public void keyWithoutThePluginPrefix_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Message.of("error.required"));

        assertEquals("message key must look like promisedesk.feature.element, was \"error.required\"", error.getMessage());
    }

    @Test
    public void keyEndingInADot_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Message.of("promisedesk.language."));

        assertEquals("message key must look like promisedesk.feature.element, was \"promisedesk.language.\"",
                error.getMessage());
    }

    @Test
    public void mutableArgument_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Message.of("promisedesk.error.issueKey.format", new StringBuilder("OPS-0")));

        assertEquals("argument 0 of promisedesk.error.issueKey.format must be a String, Integer, Long, BigDecimal, LocalDate"
                + " or Message, was a java.lang.StringBuilder", error.getMessage());
    }

    @Test
    public void datesNumbersAndMessages_areAcceptedAsArguments() {
        Message phrase = BusinessPhrase.DONE.message();

        Message message = Message.of("promisedesk.language.sentence.phrase",
                phrase, LocalDate.of(2026, 3, 13), 3L, 7, new BigDecimal("0.85"), "ACME");

        assertEquals(List.of(phrase, LocalDate.of(2026, 3, 13), 3L, 7, new BigDecimal("0.85"), "ACME"),
                message.arguments());
    }

    @Test
    public void error_becomesItsKeyWithTheValuesItCarries() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Hours.of(-2.5));

        Message message = Message.ofError(error);

        assertEquals(Message.of("promisedesk.error.hours.negative", new BigDecimal("-2.5")), message);
    }

    @Test
    public void quoting_showsAnArgumentAsTyped_andLeavesTheOthers() {
        Message message = Message.of("promisedesk.error.hours.absurd", 100_000L, new BigDecimal("200000"));

        Message quoted = message.quoting(new BigDecimal("200000"), "2e5");

        assertEquals(List.of(100_000L, "2e5"), quoted.arguments());
        assertEquals("Hours must be at most 100,000, not 2e5.",
                new MessageRenderer(java.util.Locale.ENGLISH).render(quoted));
    }
}
