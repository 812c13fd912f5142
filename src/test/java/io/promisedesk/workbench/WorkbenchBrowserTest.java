package io.promisedesk.workbench;

import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The workbench on the demo data in headless Chromium, as a person clicks through it: the index, an overcommitted
 * issue seen by a technician and by someone with no Promise Desk role. Saves the screenshots of the main screens.
 */
@RunWith(InBothThemes.class)
public class WorkbenchBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    @Before
    public void startAsTechnician() {
        BROWSER.open("/?role=technician");
    }

    @Test
    public void index_listsTheThreeTeams_withTheirLevelsInWords() throws Exception {
        List<WebElement> rows = BROWSER.driver().findElements(By.cssSelector("table.workbench-teams tbody tr"));

        assertEquals(List.of("Field operations", "Network engineering", "Service desk"),
                rows.stream().map(row -> row.findElement(By.cssSelector("td a")).getText()).collect(Collectors.toList()));
        assertEquals(List.of("Overcommitted", "Warning", "OK"), rows.stream()
                .map(row -> row.findElement(By.cssSelector("td.promisedesk-level")).getText()).collect(Collectors.toList()));
        assertTrue(rows.stream().allMatch(WebElement::isDisplayed));
        BROWSER.savedScreenshot("index");
    }

    @Test
    public void technician_opensAnOvercommittedIssue_andSeesThePanelWithItsLevelInWords() throws Exception {
        String key = BROWSER.openFirstOvercommittedIssue();

        WebElement panel = BROWSER.driver().findElement(By.id("promisedesk-overcommit-panel"));
        WebElement level = panel.findElement(By.cssSelector(".promisedesk-level"));
        assertEquals(key, BROWSER.driver().findElement(By.cssSelector(".workbench-issue-key")).getText());
        assertTrue(panel.isDisplayed());
        assertTrue(level.getAttribute("class"), level.getAttribute("class").contains("promisedesk-level--overcommitted"));
        assertEquals("Overcommitted", level.findElement(By.cssSelector(".promisedesk-level__name")).getAttribute("textContent"));
        assertFalse(level.findElement(By.cssSelector(".promisedesk-level__verdict")).getText().isBlank());
        assertEquals(key, panel.findElement(By.cssSelector(".promisedesk-contributor--current .promisedesk-contributor__key")).getText());
        BROWSER.savedScreenshot("issue-technician");
    }

    /** The run's theme reaches the page: Jira's attributes on {@code <html>} and the theme's surface behind it. */
    @Test
    public void everyPage_isShownInTheThemeOfTheRun() {
        BROWSER.open("/plugins/servlet/promisedesk/admin?role=admin");

        assertEquals(BROWSER.theme().parameter(),
                BROWSER.driver().findElement(By.tagName("html")).getAttribute("data-color-mode"));
        // The theme's --ds-surface: light #ffffff, dark #1d2125.
        assertEquals(BROWSER.theme() == Theme.LIGHT ? "rgb(255, 255, 255)" : "rgb(29, 33, 37)",
                BROWSER.script("return getComputedStyle(document.body).backgroundColor;"));
    }

    /** Jira's dark theme, switched in the header as a Jira user switches it in the profile: the same panel, in dark. */
    @Test
    public void technician_switchesToTheDarkTheme_andSeesThePanelInIt() throws Exception {
        String key = BROWSER.openFirstOvercommittedIssue();
        try {
            BROWSER.driver().findElement(By.linkText("Dark")).click();
            BROWSER.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-color-mode", "dark"));

            WebElement level = BROWSER.driver().findElement(By.cssSelector("#promisedesk-overcommit-panel .promisedesk-level"));
            assertEquals(key, BROWSER.driver().findElement(By.cssSelector(".workbench-issue-key")).getText());
            assertEquals("dark:dark light:light spacing:spacing",
                    BROWSER.driver().findElement(By.tagName("html")).getAttribute("data-theme"));
            // Jira's dark theme's --ds-text-danger (#fd9891) on its --ds-surface (#1d2125).
            assertEquals("rgb(253, 152, 145)", BROWSER.script("return getComputedStyle(arguments[0]).color;", level));
            assertEquals("rgb(29, 33, 37)", BROWSER.script("return getComputedStyle(document.body).backgroundColor;"));
            BROWSER.savedScreenshot("issue-technician-dark");
        } finally {
            BROWSER.open("/?theme=" + BROWSER.theme().parameter());
        }
    }

    @Test
    public void roleNone_seesTheIssuesFields_butNoPanel() {
        String key = BROWSER.openFirstOvercommittedIssue();

        BROWSER.driver().findElement(By.linkText("No Promise Desk role")).click();
        BROWSER.waiting().until(ExpectedConditions.attributeToBe(
                By.cssSelector(".workbench-roles [aria-current=true]"), "href", WORKBENCH.server().uri().resolve("/browse/" + key + "?role=none").toString()));

        assertTrue(BROWSER.driver().findElements(By.cssSelector("#promisedesk-overcommit-panel, .promisedesk-overcommit")).isEmpty());
        assertTrue(BROWSER.driver().findElement(By.cssSelector("dd.workbench-field--status")).isDisplayed());
        assertEquals(key, BROWSER.driver().findElement(By.cssSelector(".workbench-issue-key")).getText());
    }

}
