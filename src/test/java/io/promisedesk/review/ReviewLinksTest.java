package io.promisedesk.review;

import io.promisedesk.commitment.Customer;

import org.junit.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ReviewLinksTest {
    private static final ReviewLinks LINKS = new ReviewLinks("/jira/");

    @Test
    public void page_andCsv_carryTheNameInTheCustomerParameter_percentEncodedSlashesAndAll() {
        assertEquals("/jira/plugins/servlet/promisedesk/review?customer=Wayne%20Enterprises",
                LINKS.page(new Customer("Wayne Enterprises")));
        assertEquals("/jira/plugins/servlet/promisedesk/review?customer=A%2FB%20%26%20Co%2E%2Ecsv",
                LINKS.page(new Customer("A/B & Co..csv")));
        assertEquals("/jira/plugins/servlet/promisedesk/review?customer=Caf%C3%A9%20M%C3%BCller%2B%23",
                LINKS.page(new Customer("Café Müller+#")));
        assertEquals("/jira/plugins/servlet/promisedesk/review/csv?customer=Acme", LINKS.csv(new Customer("Acme")));
        assertEquals("/jira/plugins/servlet/promisedesk/review", LINKS.customers());
    }

    @Test
    public void customer_readsBackEveryNameALinkHolds_onceTheContainerHasDecodedTheQuery() {
        for (String name : List.of("Acme", "Wayne Enterprises", "A/B & Co.", "report.csv", "Café Müller", "东京", "..",
                "100% <b>\"quoted\"</b> 'x'", "a+b", "=SUM(A1)", "x&customer=y#z")) {
            Customer customer = new Customer(name);
            String value = LINKS.page(customer).substring(LINKS.page(customer).indexOf('=') + 1);

            assertTrue(value, value.matches("[A-Za-z0-9%_~-]+"));
            String decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
            assertEquals(name, Optional.of(customer), ReviewLinks.customer(Map.of(ReviewLinks.CUSTOMER, List.of(decoded))));
        }
    }

    @Test
    public void customer_refusesNoneSeveralBlankAndTooLongNames() {
        assertEquals(Optional.empty(), ReviewLinks.customer(Map.of()));
        assertEquals(Optional.empty(), ReviewLinks.customer(null));
        assertEquals(Optional.empty(), ReviewLinks.customer(Map.of(ReviewLinks.CUSTOMER, List.of())));
        assertEquals(Optional.empty(), ReviewLinks.customer(Map.of(ReviewLinks.CUSTOMER, List.of("Acme", "Globex"))));
        for (String bad : List.of("", "   ", "x".repeat(256))) {
            assertEquals(bad, Optional.empty(), ReviewLinks.customer(Map.of(ReviewLinks.CUSTOMER, List.of(bad))));
        }
        assertEquals(Optional.of(new Customer("Acme")), ReviewLinks.customer(Map.of(ReviewLinks.CUSTOMER, List.of(" Acme "))));
        assertTrue(ReviewLinks.asksForCustomer(Map.of(ReviewLinks.CUSTOMER, List.of(""))));
        assertFalse(ReviewLinks.asksForCustomer(Map.of("role", List.of("x"))));
    }

    @Test
    public void csvFileName_isAsciiAndSafeInAHeader_theUtf8NameKeepsTheCustomer() {
        LocalDate day = LocalDate.parse("2026-03-02");

        assertEquals("account-review-Wayne-Enterprises-2026-03-02.csv",
                ReviewLinks.csvFileName(new Customer("Wayne Enterprises"), day).ascii());
        assertEquals("account-review-caf-M-ller-2026-03-02.csv",
                ReviewLinks.csvFileName(new Customer("\"café\" / Müller;"), day).ascii());
        assertEquals("attachment; filename=\"account-review-customer-2026-03-02.csv\"; "
                + "filename*=UTF-8''account-review-%E4%B8%9C%E4%BA%AC-2026-03-02.csv",
                ReviewLinks.csvFileName(new Customer("东京"), day).contentDisposition());
        String hostile = ReviewLinks.csvFileName(new Customer("a\"; filename=evil.exe\r\n"), day).contentDisposition();
        assertTrue(hostile, hostile.split("filename\\*=", 2)[1].matches("[A-Za-z0-9%'_~.-]+"));
    }

    @Test
    public void baseUrl_mustBeAUrlOrAPath() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewLinks("javascript:alert(1)"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/review",
                new ReviewLinks("https://jira.example.com").customers());
    }
}
