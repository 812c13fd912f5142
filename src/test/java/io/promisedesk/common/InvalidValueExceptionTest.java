package io.promisedesk.common;

import org.junit.Test;

import java.util.Arrays;

import static org.junit.Assert.assertEquals;

public class InvalidValueExceptionTest {
    @Test
    public void nullArgument_isKeptRatherThanHidingTheError() {
        InvalidValueException error = new InvalidValueException("customer", "promisedesk.error.blank", "must not be blank",
                "ACME", null);

        assertEquals(Arrays.asList("ACME", null), error.arguments());
        assertEquals("customer: must not be blank", error.getMessage());
        assertEquals("must not be blank", error.reason());
    }
}
