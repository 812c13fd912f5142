package io.promisedesk.common;

import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class RequireTest {

    @Test
    public void oneLineText_withANul_isRefusedNamingTheFieldTheCharacterAndItsPosition() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> Require.notBlank("ACME\u0000Corp", "customer", 255));

        assertEquals("customer: must not contain control or text-direction characters, has U+0000 at position 5",
                error.getMessage());
        assertEquals("promisedesk.error.controlCharacter", error.i18nKey());
        assertEquals(List.of("U+0000", 5), error.arguments());
    }

    @Test
    public void oneLineText_refusesEveryControlAndTextDirectionCharacter() {
        for (char hidden : new char[] {'\u0001', '\t', '\n', '\r', '\u001F', '\u007F', '\u0085', '\u009F', '\u202A',
                '\u202E', '\u2066', '\u2069'}) {
            InvalidValueException error = assertThrows(InvalidValueException.class,
                    () -> Require.notBlank("a" + hidden + "b", "name", 255));

            assertEquals(List.of(String.format("U+%04X", (int) hidden), 2), error.arguments());
        }
    }

    @Test
    public void oneLineText_keepsRightToLeftLettersAccentsAndJoinedEmoji() {
        String text = "\u05E9\u05DC\u05D5\u05DD Caf\u00e9 \uD83D\uDC68\u200D\uD83D\uDC69";

        assertEquals(text, Require.notBlank(" " + text + "\t", "name", 255));
    }

    @Test
    public void freeText_keepsLineBreaksAndTabs_butRefusesOtherControls() {
        assertEquals(Optional.of("Parts late\r\n\tsee mail"),
                Require.optionalText(Optional.of("Parts late\r\n\tsee mail"), "reason", 1_000));

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> Require.optionalText(Optional.of("Parts \u202Elate"), "reason", 1_000));

        assertEquals("reason: must not contain control or text-direction characters, has U+202E at position 7",
                error.getMessage());
    }

    @Test
    public void withoutHidden_leavesOutWhatPlainTextRefuses_keepingLineBreaksOnlyForFreeText() {
        assertEquals("Lotte de Vries", Require.withoutHidden("Lotte\u0000 de\u202E Vries\r\n\t", false));
        assertEquals("Parts\nlate\t", Require.withoutHidden("Parts\u2066\nlate\u0085\t", true));
    }

    @Test
    public void tooLong_isStillReportedBeforeAHiddenCharacter() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> Require.notBlank("\u0000".repeat(3) + "x", "customer", 2));

        assertEquals("promisedesk.error.tooLong", error.i18nKey());
    }
}
