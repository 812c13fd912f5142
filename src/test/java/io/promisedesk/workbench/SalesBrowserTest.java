package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A salesperson on the demo data in headless Chromium: the sales view of a committed issue, reached from the issue
 * page, and "My commitments" filtered by a customer typed into its form. Saves {@code sales-issue.png} and
 * {@code sales-commitments.png}.
 */
@RunWith(InBothThemes.class)
public class SalesBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    @Test
    public void salesperson_opensTheSalesViewOfACommittedIssue_andSeesOnlyWhatSalesAskedFor() throws Exception {
        BROWSER.open("/?role=salesperson");
        String key = BROWSER.openFirstOvercommittedIssue();
        // What the issue page shows and sales must not see.
        String status = field("status");
        String assignee = field("assignee");
        String priority = field("priority");
        String eta = field("eta");
        String commitment = field("commitment");
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-overcommit")).isEmpty());

        BROWSER.driver().findElement(By.linkText("Sales view")).click();
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".promisedesk-sales-issue")));

        WebElement view = BROWSER.driver().findElement(By.cssSelector(".promisedesk-sales-issue"));
        assertEquals(key, view.findElement(By.cssSelector(".promisedesk-sales-issue__key")).getText());
        String sentence = view.findElement(By.cssSelector(".promisedesk-sales-issue__sentence")).getText();
        assertTrue(sentence, sentence.contains("Expected " + eta));
        assertEquals(eta, value("eta"));
        // The issue page reads "Sat 28 Feb, Vandelay"; the sales view gives the date and the customer apart.
        assertTrue(commitment + " / " + value("commitment"),
                commitment.startsWith(value("commitment").replace(" (passed)", "")));
        assertTrue(commitment.endsWith(value("customer")));
        assertEquals("Late", value("risk"));
        assertTrue(view.findElement(By.cssSelector(".promisedesk-fact--risk .promisedesk-risk")).getAttribute("class")
                .contains("promisedesk-risk--late"));

        String page = BROWSER.driver().findElement(By.tagName("main")).getText();
        for (String hidden : List.of(status, assignee, priority)) {
            assertFalse(hidden + " shows in: " + page, Pattern.compile("\\b" + Pattern.quote(hidden) + "\\b").matcher(page).find());
        }
        assertFalse(page, page.toLowerCase(Locale.ROOT).contains("remaining"));
        assertFalse(page, page.contains("Status") || page.contains("Assignee") || page.contains("Priority"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-overcommit, #promisedesk-overcommit-panel")).isEmpty());
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-eta-form")).isEmpty());
        BROWSER.savedScreenshot("sales-issue");
    }

    @Test
    public void commitments_filterByACustomerTypedIntoTheForm_andKeepTheTypedValue() throws Exception {
        BROWSER.open("/?role=salesperson");
        BROWSER.driver().findElement(By.linkText("My commitments")).click();
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".promisedesk-commitments__table")));
        int everyone = rows().size();

        WebElement customer = BROWSER.driver().findElement(By.id("promisedesk-sales-customer"));
        customer.sendKeys("glob");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitments__apply")).click();
        BROWSER.waiting().until(ExpectedConditions.urlContains("customer=glob"));

        List<String> customers = rows().stream()
                .map(row -> row.findElement(By.cssSelector(".promisedesk-commitment__customer")).getText())
                .collect(Collectors.toList());
        assertFalse(customers.isEmpty());
        assertTrue(customers.toString(), customers.stream().allMatch("Globex"::equals));
        assertTrue(everyone + " rows before", everyone > customers.size() || everyone == 25);
        assertEquals("glob", BROWSER.driver().findElement(By.id("promisedesk-sales-customer")).getAttribute("value"));
        assertTrue(BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitments__caption")).getText().startsWith("Commitments 1 to"));
        BROWSER.savedScreenshot("sales-commitments");
    }

    @Test
    public void technician_isRefusedTheSalesPages() throws Exception {
        BROWSER.open("/plugins/servlet/promisedesk/sales/commitments?role=technician");
        assertTrue(BROWSER.driver().findElement(By.tagName("h1")).getText(), BROWSER.driver().findElement(By.tagName("h1")).getText().equals("Not allowed"));
        assertEquals(403, WORKBENCH.get("/plugins/servlet/promisedesk/sales/commitments?role=technician").statusCode());
        assertEquals(200, WORKBENCH.get("/plugins/servlet/promisedesk/sales/commitments?role=admin").statusCode());
    }

    private static List<WebElement> rows() {
        return BROWSER.driver().findElements(By.cssSelector(".promisedesk-commitments__table tbody tr.promisedesk-commitment"));
    }

    private static String field(String name) {
        return BROWSER.driver().findElement(By.cssSelector("dd.workbench-field--" + name)).getText();
    }

    private static String value(String name) {
        // The words as written; AUI's lozenge only shows the risk word in capitals.
        return BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--" + name)).getAttribute("textContent").strip();
    }

}
