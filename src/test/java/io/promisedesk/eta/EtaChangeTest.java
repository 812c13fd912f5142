package io.promisedesk.eta;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class EtaChangeTest {

    @Test
    public void firstEta_isFirstAndNoSlip() {
        EtaChange change = anEtaChange().to("2025-03-10").build();

        assertTrue(change.isFirst());
        assertFalse(change.isSlip());
    }

    @Test
    public void laterEta_isSlip() {
        EtaChange change = anEtaChange().from("2025-03-10").to("2025-03-11").build();

        assertTrue(change.isSlip());
    }

    @Test
    public void earlierEta_isNoSlip() {
        EtaChange change = anEtaChange().from("2025-03-10").to("2025-03-07").build();

        assertFalse(change.isSlip());
    }

    @Test
    public void reason_isTrimmed() {
        EtaChange change = anEtaChange().because("  waiting for the vendor \n").build();

        assertEquals(Optional.of("waiting for the vendor"), change.reason());
    }

    @Test
    public void blankReason_isAbsent() {
        EtaChange change = anEtaChange().because(" \t ").build();

        assertEquals(Optional.empty(), change.reason());
    }

    @Test
    public void reasonOf1000Characters_isAccepted() {
        EtaChange change = anEtaChange().because("x".repeat(1000)).build();

        assertEquals(1000, change.reason().orElseThrow().length());
    }

    @Test
    public void reasonOf1001Characters_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> anEtaChange().because("x".repeat(1001)).build());

        assertEquals("reason: must be at most 1000 characters, was 1001", error.getMessage());
        assertEquals("promisedesk.error.tooLong", error.i18nKey());
        assertEquals(List.of(1000, 1001), error.arguments());
    }

    @Test
    public void author_isTrimmed() {
        EtaChange change = anEtaChange().by(" anna ").build();

        assertEquals("anna", change.author());
    }

    @Test
    public void blankAuthor_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> anEtaChange().by("  ").build());

        assertEquals("author: must not be blank", error.getMessage());
        assertEquals("promisedesk.error.blank", error.i18nKey());
    }

    @Test
    public void authorLongerThan255Characters_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> anEtaChange().by("a".repeat(256)).build());

        assertEquals("author: must be at most 255 characters, was 256", error.getMessage());
        assertEquals("promisedesk.error.tooLong", error.i18nKey());
    }

    @Test
    public void missingNewEta_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new EtaChange(
                IssueKey.parse("OPS-1"), "anna", Instant.parse("2025-03-03T09:00:00Z"), Optional.empty(), null,
                Optional.empty()));

        assertEquals("newEta: is required", error.getMessage());
        assertEquals("promisedesk.error.required", error.i18nKey());
        assertEquals("newEta", error.field());
    }

    @Test
    public void missingTime_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new EtaChange(
                IssueKey.parse("OPS-1"), "anna", null, Optional.empty(), LocalDate.parse("2025-03-10"),
                Optional.empty()));

        assertEquals("when: is required", error.getMessage());
    }
}
