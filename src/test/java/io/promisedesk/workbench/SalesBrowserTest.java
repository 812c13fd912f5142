package io.promisedesk.workbench;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
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
public class SalesBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static HeadlessChromium browser;
    private static WebDriver driver;

    @BeforeClass
    public static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        driver = browser.driver();
    }

    @AfterClass
    public static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    public void salesperson_opensTheSalesViewOfACommittedIssue_andSeesOnlyWhatSalesAskedFor() throws Exception {
        open("/?role=salesperson");
        WebElement link = driver.findElement(By.xpath("//section[@id='team-field-ops']//tr[td[contains(@class,"
                + "'promisedesk-level--overcommitted')]]//a"));
        String key = link.getText();
        link.click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".workbench-issue-key"), key));
        // What the issue page shows and sales must not see.
        String status = field("status");
        String assignee = field("assignee");
        String priority = field("priority");
        String eta = field("eta");
        String commitment = field("commitment");
        assertTrue(driver.findElements(By.cssSelector(".promisedesk-overcommit")).isEmpty());

        driver.findElement(By.linkText("Sales view")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".promisedesk-sales-issue")));

        WebElement view = driver.findElement(By.cssSelector(".promisedesk-sales-issue"));
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

        String page = driver.findElement(By.tagName("main")).getText();
        for (String hidden : List.of(status, assignee, priority)) {
            assertFalse(hidden + " shows in: " + page, Pattern.compile("\\b" + Pattern.quote(hidden) + "\\b").matcher(page).find());
        }
        assertFalse(page, page.toLowerCase(Locale.ROOT).contains("remaining"));
        assertFalse(page, page.contains("Status") || page.contains("Assignee") || page.contains("Priority"));
        assertTrue(driver.findElements(By.cssSelector(".promisedesk-overcommit, #promisedesk-overcommit-panel")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".promisedesk-eta-form")).isEmpty());
        saved(browser.screenshot("sales-issue"));
    }

    @Test
    public void commitments_filterByACustomerTypedIntoTheForm_andKeepTheTypedValue() throws Exception {
        open("/?role=salesperson");
        driver.findElement(By.linkText("My commitments")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".promisedesk-commitments__table")));
        int everyone = rows().size();

        WebElement customer = driver.findElement(By.id("promisedesk-sales-customer"));
        customer.sendKeys("glob");
        driver.findElement(By.cssSelector(".promisedesk-commitments__apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("customer=glob"));

        List<String> customers = rows().stream()
                .map(row -> row.findElement(By.cssSelector(".promisedesk-commitment__customer")).getText())
                .collect(Collectors.toList());
        assertFalse(customers.isEmpty());
        assertTrue(customers.toString(), customers.stream().allMatch("Globex"::equals));
        assertTrue(everyone + " rows before", everyone > customers.size() || everyone == 25);
        assertEquals("glob", driver.findElement(By.id("promisedesk-sales-customer")).getAttribute("value"));
        assertTrue(driver.findElement(By.cssSelector(".promisedesk-commitments__caption")).getText().startsWith("Commitments 1 to"));
        saved(browser.screenshot("sales-commitments"));
    }

    @Test
    public void technician_isRefusedTheSalesPages() throws Exception {
        open("/plugins/servlet/promisedesk/sales/commitments?role=technician");
        assertTrue(driver.findElement(By.tagName("h1")).getText(), driver.findElement(By.tagName("h1")).getText().equals("Not allowed"));
        assertEquals(403, WORKBENCH.get("/plugins/servlet/promisedesk/sales/commitments?role=technician").statusCode());
        assertEquals(200, WORKBENCH.get("/plugins/servlet/promisedesk/sales/commitments?role=admin").statusCode());
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".promisedesk-commitments__table tbody tr.promisedesk-commitment"));
    }

    private static String field(String name) {
        return driver.findElement(By.cssSelector("dd.workbench-field--" + name)).getText();
    }

    private static String value(String name) {
        return driver.findElement(By.cssSelector("dd.promisedesk-fact--" + name)).getText();
    }

    private static void open(String pathAndQuery) {
        driver.get(WORKBENCH.server().uri().resolve(pathAndQuery).toString());
    }

    private static void saved(Path screenshot) throws Exception {
        assertTrue(screenshot + " is empty", Files.size(screenshot) > 10_000);
    }
}
