package io.promisedesk.review;

import io.promisedesk.commitment.Customer;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ReviewLinksTest {
    private static final ReviewLinks LINKS = new ReviewLinks("/jira/");

    @Test
    public void page_encodesSpacesSlashesDotsAndUnicode_inOneSegment() {
        assertEquals("/jira/plugins/servlet/promisedesk/review/Wayne%20Enterprises",
                LINKS.page(new Customer("Wayne Enterprises")));
        assertEquals("/jira/plugins/servlet/promisedesk/review/A%2FB%20%26%20Co%2E%2Ecsv",
                LINKS.page(new Customer("A/B & Co..csv")));
        assertEquals("/jira/plugins/servlet/promisedesk/review/Caf%C3%A9%20M%C3%BCller%2B",
                LINKS.page(new Customer("Café Müller+")));
        assertEquals("/jira/plugins/servlet/promisedesk/review/Acme.csv", LINKS.csv(new Customer("Acme")));
        assertEquals("/jira/plugins/servlet/promisedesk/review", LINKS.customers());
    }

    @Test
    public void parse_readsBackEveryNameAPageLinksTo_andTheCsvSuffix() {
        for (String name : List.of("Acme", "Wayne Enterprises", "A/B & Co.", "report.csv", "Café Müller", "东京", "..",
                "100% <b>\"quoted\"</b> 'x'", "a+b", "=SUM(A1)")) {
            Customer customer = new Customer(name);
            String page = LINKS.page(customer).substring((LINKS.customers() + "/").length());

            assertEquals(name, Optional.of(new ReviewLinks.Request(customer, false)), ReviewLinks.parse(page));
            assertEquals(name, Optional.of(new ReviewLinks.Request(customer, true)),
                    ReviewLinks.parse(page + ReviewLinks.CSV_SUFFIX));
        }
    }

    @Test
    public void parse_acceptsWhatAPersonTypes_aPlusStaysAPlus() {
        assertEquals(Optional.of(new ReviewLinks.Request(new Customer("acme.nl"), false)), ReviewLinks.parse("acme.nl"));
        assertEquals(Optional.of(new ReviewLinks.Request(new Customer("a+b"), true)), ReviewLinks.parse("a+b.csv"));
        assertEquals(Optional.of(new ReviewLinks.Request(new Customer("café"), false)), ReviewLinks.parse("caf%c3%a9"));
    }

    @Test
    public void parse_refusesWhatNoLinkWouldHold() {
        for (String bad : List.of("", ".csv", "%20%20", "a/b", "a%2", "a%zz", "%C3", "%FF%FE", "café", "a%", "x".repeat(256))) {
            assertEquals(bad, Optional.empty(), ReviewLinks.parse(bad));
        }
        assertEquals(Optional.empty(), ReviewLinks.parse(null));
    }

    @Test
    public void csvFileName_isAsciiAndSafeInAHeader_theUtf8NameKeepsTheCustomer() {
        LocalDate day = LocalDate.parse("2026-03-02");

        assertEquals("account-review-Wayne-Enterprises-2026-03-02.csv",
                ReviewLinks.csvFileName(new Customer("Wayne Enterprises"), day));
        assertEquals("account-review-caf-M-ller-2026-03-02.csv", ReviewLinks.csvFileName(new Customer("\"café\" / Müller;"), day));
        assertEquals("account-review-customer-2026-03-02.csv", ReviewLinks.csvFileName(new Customer("东京"), day));
        assertEquals("UTF-8''account-review-%E4%B8%9C%E4%BA%AC-2026-03-02.csv",
                ReviewLinks.csvFileNameUtf8(new Customer("东京"), day));
        String hostile = ReviewLinks.csvFileNameUtf8(new Customer("a\"; filename=evil.exe\r\n"), day);
        assertTrue(hostile, hostile.matches("[A-Za-z0-9%'_~.-]+"));
    }

    @Test
    public void baseUrl_mustBeAUrlOrAPath() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewLinks("javascript:alert(1)"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/review",
                new ReviewLinks("https://jira.example.com").customers());
    }
}
