package io.promisedesk.workbench;

import org.junit.AfterClass;
import org.junit.Before;
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
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The workbench on the demo data in headless Chromium, as a person clicks through it: the index, an overcommitted
 * issue seen by a technician and by someone with no Promise Desk role. Saves the screenshots of the main screens.
 */
public class WorkbenchBrowserTest {
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

    @Before
    public void startAsTechnician() {
        open("/?role=technician");
    }

    @Test
    public void index_listsTheThreeTeams_withTheirLevelsInWords() throws Exception {
        List<WebElement> rows = driver.findElements(By.cssSelector("table.workbench-teams tbody tr"));

        assertEquals(List.of("Field operations", "Network engineering", "Service desk"),
                rows.stream().map(row -> row.findElement(By.cssSelector("td a")).getText()).collect(Collectors.toList()));
        assertEquals(List.of("Overcommitted", "Warning", "OK"), rows.stream()
                .map(row -> row.findElement(By.cssSelector("td.promisedesk-level")).getText()).collect(Collectors.toList()));
        assertTrue(rows.stream().allMatch(WebElement::isDisplayed));
        saved(browser.screenshot("index"));
    }

    @Test
    public void technician_opensAnOvercommittedIssue_andSeesThePanelWithItsLevelInWords() throws Exception {
        String key = openFirstOvercommittedIssue();

        WebElement panel = driver.findElement(By.id("promisedesk-overcommit-panel"));
        WebElement level = panel.findElement(By.cssSelector(".promisedesk-level"));
        assertEquals(key, driver.findElement(By.cssSelector(".workbench-issue-key")).getText());
        assertTrue(panel.isDisplayed());
        assertTrue(level.getAttribute("class"), level.getAttribute("class").contains("promisedesk-level--overcommitted"));
        assertEquals("Overcommitted", level.findElement(By.cssSelector(".promisedesk-level__name")).getText());
        assertFalse(level.findElement(By.cssSelector(".promisedesk-level__verdict")).getText().isBlank());
        assertEquals(key, panel.findElement(By.cssSelector(".promisedesk-contributor--current .promisedesk-contributor__key")).getText());
        saved(browser.screenshot("issue-technician"));
    }

    @Test
    public void roleNone_seesTheIssuesFields_butNoPanel() {
        String key = openFirstOvercommittedIssue();

        driver.findElement(By.linkText("No Promise Desk role")).click();
        browser.waiting().until(ExpectedConditions.attributeToBe(
                By.cssSelector(".workbench-roles [aria-current=true]"), "href", WORKBENCH.server().uri().resolve("/browse/" + key + "?role=none").toString()));

        assertTrue(driver.findElements(By.cssSelector("#promisedesk-overcommit-panel, .promisedesk-overcommit")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("dd.workbench-field--status")).isDisplayed());
        assertEquals(key, driver.findElement(By.cssSelector(".workbench-issue-key")).getText());
    }

    /** Clicks the first overcommitted commitment of Field operations on the index and returns its key. */
    private static String openFirstOvercommittedIssue() {
        WebElement link = driver.findElement(By.xpath("//section[@id='team-field-ops']//tr[td[contains(@class,"
                + "'promisedesk-level--overcommitted')]]//a"));
        String key = link.getText();
        link.click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".workbench-issue-key"), key));
        return key;
    }

    static void open(String pathAndQuery) {
        driver.get(WORKBENCH.server().uri().resolve(pathAndQuery).toString());
    }

    private static void saved(Path screenshot) throws Exception {
        assertTrue(screenshot + " is empty", Files.size(screenshot) > 10_000);
    }
}
