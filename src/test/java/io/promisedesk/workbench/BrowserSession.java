package io.promisedesk.workbench;

import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertTrue;

/**
 * Headless Chromium for one test class, pointed at that class's workbench, with the steps the browser tests share; in
 * the theme {@link InBothThemes} runs the class in (light for a class run otherwise), chosen before the first test as
 * a Jira user's profile chooses it.
 */
final class BrowserSession extends ExternalResource {
    private final RunningWorkbench workbench;
    private HeadlessChromium chromium;
    private Theme theme = Theme.LIGHT;

    BrowserSession(RunningWorkbench workbench) {
        this.workbench = workbench;
    }

    @Override
    protected void before() throws Throwable {
        chromium = HeadlessChromium.start();
        theme = InBothThemes.current();
        // The workbench keeps the theme asked for in a cookie, for every later page of this browser.
        open("/?theme=" + theme.parameter());
    }

    /** The theme this class's tests run in. */
    Theme theme() {
        return theme;
    }

    @Override
    protected void after() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    WebDriver driver() {
        return chromium.driver();
    }

    WebDriverWait waiting() {
        return chromium.waiting();
    }

    Object script(String javascript, Object... args) {
        return chromium.script(javascript, args);
    }

    /** Loads a page of the workbench, e.g. {@code /?role=technician}. */
    void open(String pathAndQuery) {
        driver().get(workbench.server().uri().resolve(pathAndQuery).toString());
    }

    /** Clicks the first overcommitted commitment of Field operations on the open index and returns its key. */
    String openFirstOvercommittedIssue() {
        WebElement link = driver().findElement(By.xpath("//section[@id='team-field-ops']//tr[td[contains(@class,"
                + "'promisedesk-level--overcommitted')]]//a"));
        String key = link.getText();
        link.click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector(".workbench-issue-key"), key));
        return key;
    }

    /**
     * Submits the ETA form shown and waits for the issue {@code key}'s page: the plugin's ETA handler answers a save
     * with a redirect to the issue, as in Jira, where the form shows the saved ETA afresh.
     */
    void saveEtaOf(String key) {
        WebElement form = driver().findElement(By.cssSelector("form.promisedesk-eta-form__form"));
        form.findElement(By.cssSelector(".promisedesk-eta-form__submit")).click();
        waiting().until(gone(form));
        waiting().until(ExpectedConditions.textToBe(By.cssSelector(".workbench-issue-key"), key));
    }

    /**
     * Whether {@code element} has left the page: stale, or what Chromium answers instead while the page that held it is
     * being replaced ("does not belong to the document"), which Selenium's own staleness check does not take for stale.
     */
    private static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException stale) {
                return true;
            } catch (WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replaced;
            }
        };
    }

    /**
     * Saves what the window shows as {@code target/screenshots/NAME.png} (the documentation's, light), or in the dark
     * run as {@code target/screenshots/dark/NAME.png}; it must hold a real picture.
     */
    Path savedScreenshot(String name) throws IOException {
        Path screenshot = chromium.screenshot(theme == Theme.LIGHT ? name : "dark/" + name);
        assertTrue(screenshot + " is empty", Files.size(screenshot) > 10_000);
        return screenshot;
    }
}
