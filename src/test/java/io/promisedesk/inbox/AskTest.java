package io.promisedesk.inbox;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class AskTest {

    @Test
    public void blankRequester_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> anEtaRequest("OPS-1").by(" ").ask());

        assertEquals("requester: must not be blank", error.getMessage());
        assertEquals("promisedesk.error.blank", error.i18nKey());
    }

    @Test
    public void requesterLongerThan255Characters_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> anEtaRequest("OPS-1").by("s".repeat(256)).ask());

        assertEquals("requester: must be at most 255 characters, was 256", error.getMessage());
        assertEquals("promisedesk.error.tooLong", error.i18nKey());
    }

    @Test
    public void questionOf1001Characters_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> anEtaRequest("OPS-1").asking("?".repeat(1001)).ask());

        assertEquals("question: must be at most 1000 characters, was 1001", error.getMessage());
        assertEquals("promisedesk.error.tooLong", error.i18nKey());
        assertEquals(List.of(1000, 1001), error.arguments());
    }

    @Test
    public void blankQuestion_isAbsent() {
        Ask ask = anEtaRequest("OPS-1").asking("  ").ask();

        assertEquals(Optional.empty(), ask.question());
    }

    @Test
    public void missingUrgency_isInvalid() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> anEtaRequest("OPS-1").urgency(null).ask());

        assertEquals("urgency: is required", error.getMessage());
        assertEquals("promisedesk.error.required", error.i18nKey());
    }
}
