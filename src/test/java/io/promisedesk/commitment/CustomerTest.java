package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class CustomerTest {

    @Test
    public void blankCustomer_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new Customer("   "));

        assertEquals("customer: must not be blank", error.getMessage());
    }

    @Test
    public void missingCustomer_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new Customer(null));

        assertEquals("customer: is required", error.getMessage());
    }

    @Test
    public void customerNameLongerThan255Characters_isRejected() {
        String name = "A".repeat(256);

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new Customer(name));

        assertEquals("customer: must be at most 255 characters, was 256", error.getMessage());
    }

    @Test
    public void customerName_isStrippedOfSurroundingSpace() {
        Customer customer = new Customer("  ACME ");

        assertEquals("ACME", customer.name());
    }

    @Test
    public void commitmentWithoutCustomer_hasNoKnownCustomer() {
        Commitment commitment = Commitment.of(LocalDate.parse("2026-03-20"), null);

        assertTrue(commitment.customerIfKnown().isEmpty());
    }

    @Test
    public void commitmentWithBlankCustomer_isRejected() {
        LocalDate date = LocalDate.parse("2026-03-20");

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Commitment.of(date, ""));

        assertEquals("customer: must not be blank", error.getMessage());
    }

    @Test
    public void commitmentWithoutDate_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> Commitment.of(null, "ACME"));

        assertEquals("commitment: is required", error.getMessage());
    }
}
