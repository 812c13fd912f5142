package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * An account review on the demo data in headless Chromium: a technician's ETA slip, with its reason, shows on the
 * customer's review page beside the ETA, the risk and the delivery record; the page's CSV link downloads the same
 * rows; printing hides the navigation; role none is refused. Saves {@code customer-review.png}.
 */
@RunWith(InBothThemes.class)
public class ReviewBrowserTest {
    private static final String REASON = "The fibre contractor moved the dig by a week";

    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    @Test
    public void technicianSlipsAnEta_andTheReviewShowsItWithItsReason_theRecordAndTheSameRowsAsCsv() throws Exception {
        BROWSER.open("/?role=technician");
        String key = BROWSER.openFirstOvercommittedIssue();
        String commitment = BROWSER.driver().findElement(By.cssSelector("dd.workbench-field--commitment")).getText();
        String customer = commitment.substring(commitment.lastIndexOf(", ") + 2);
        LocalDate later = LocalDate.parse(BROWSER.driver().findElement(By.id("promisedesk-eta-date")).getAttribute("value"))
                .plusWeeks(1);
        BROWSER.script("arguments[0].value = arguments[1]", BROWSER.driver().findElement(By.id("promisedesk-eta-date")),
                later.toString());
        BROWSER.driver().findElement(By.id("promisedesk-eta-reason")).sendKeys(REASON);
        BROWSER.saveEtaOf(key);
        assertEquals(later.toString(), BROWSER.driver().findElement(By.id("promisedesk-eta-date")).getAttribute("value"));
        String eta = BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentEta")).getText();

        // The salesperson of the account opens the review from the index, then the customer from the list.
        BROWSER.open("/?role=salesperson");
        BROWSER.driver().findElement(By.linkText("Customer reviews")).click();
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".promisedesk-reviews__table")));
        BROWSER.driver().findElement(By.linkText(customer)).click();
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".promisedesk-review")));

        assertEquals("Account review: " + customer, BROWSER.driver().findElement(By.tagName("h1")).getText());
        WebElement row = BROWSER.driver().findElement(By.xpath("//table[contains(@class,'promisedesk-review__table--open')]"
                + "//tr[th//a[text()='" + key + "']]"));
        assertEquals(eta, row.findElement(By.cssSelector(".promisedesk-review__eta")).getText());
        assertTrue(row.findElement(By.cssSelector(".promisedesk-risk")).getAttribute("textContent").matches("On track|At risk|Late"));
        String slips = row.findElement(By.cssSelector(".promisedesk-review__slip-summary")).getText();
        assertTrue(slips, slips.startsWith("Slipped once, 5 working days"));
        String slip = row.findElement(By.cssSelector("li.promisedesk-review__slip")).getText();
        assertTrue(slip, slip.startsWith("Moved from ") && slip.endsWith(" to " + eta + ": " + REASON));
        String record = BROWSER.driver().findElement(By.cssSelector(".promisedesk-review__record-summary")).getText();
        assertTrue(record, record.matches("\\d+ of \\d+ commitments delivered on time \\(\\d+%\\)\\.|No deliveries in the last 90 days\\."));

        List<String> rows = new ArrayList<>();
        for (WebElement shown : BROWSER.driver().findElements(By.cssSelector(".promisedesk-review__table tbody tr"))) {
            rows.add(shown.findElement(By.cssSelector(".promisedesk-review__key")).getText());
        }
        String csvHref = BROWSER.driver().findElement(By.linkText("Download as CSV")).getAttribute("href");
        HttpResponse<String> csv = WORKBENCH.get(csvHref + "&role=salesperson");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow().toLowerCase());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename=\""));
        List<String> csvKeys = new ArrayList<>();
        for (String line : csv.body().split("\r\n")) {
            csvKeys.add(line.split(",")[1]);
        }
        assertEquals(rows, csvKeys.subList(1, csvKeys.size()));
        assertTrue(csv.body(), csv.body().contains("," + REASON + ","));
        BROWSER.savedScreenshot("customer-review");

        // Printed: no header, role switch or download link, the review itself still there.
        ((ChromeDriver) BROWSER.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".workbench-header", ".workbench-notice", ".promisedesk-review__actions")) {
                assertEquals(hidden, "none", BROWSER.script("return getComputedStyle(document.querySelector(arguments[0])).display", hidden));
            }
            assertEquals("block", BROWSER.script("return getComputedStyle(document.querySelector('.promisedesk-review')).display"));
            // Chromium prints to the stylesheet's page size: A4 is 595 x 842 points.
            Object pdf = ((ChromeDriver) BROWSER.driver()).executeCdpCommand("Page.printToPDF",
                    Map.of("preferCSSPageSize", true)).get("data");
            String document = new String(Base64.getDecoder().decode((String) pdf), StandardCharsets.ISO_8859_1);
            assertTrue(document.substring(0, 200), Pattern.compile("/MediaBox \\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\]")
                    .matcher(document).find());
        } finally {
            ((ChromeDriver) BROWSER.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    public void roleNone_isRefusedTheReview() throws Exception {
        BROWSER.open("/plugins/servlet/promisedesk/review?customer=Acme&role=none");

        assertEquals("Not allowed", BROWSER.driver().findElement(By.tagName("h1")).getText());
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-review")).isEmpty());
        assertEquals(403, WORKBENCH.get("/plugins/servlet/promisedesk/review/csv?customer=Acme&role=none").statusCode());
    }
}
