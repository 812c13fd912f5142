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
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A technician moving an ETA later on the demo data in headless Chromium: refused without a reason, with the message
 * beside the reason field and the typed date kept; accepted with one, after which the history shows the slip and the
 * overcommit panel the new date. Saves {@code eta-form-rejected.png}.
 */
public class EtaFormBrowserTest {
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
    public void technician_movesAnEtaLater_isStoppedWithoutAReason_thenSavesItWithOne() throws Exception {
        open("/?role=technician");
        WebElement link = driver.findElement(By.xpath("//section[@id='team-field-ops']//tr[td[contains(@class,"
                + "'promisedesk-level--overcommitted')]]//a"));
        String key = link.getText();
        link.click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".workbench-issue-key"), key));
        LocalDate current = LocalDate.parse(driver.findElement(By.id("promisedesk-eta-date")).getAttribute("value"));
        LocalDate later = current.plusWeeks(1);

        // A date input's typing order follows the browser's locale; its value is ISO whatever the locale.
        browser.script("arguments[0].value = arguments[1]", driver.findElement(By.id("promisedesk-eta-date")), later.toString());
        driver.findElement(By.cssSelector(".promisedesk-eta-form__submit")).click();
        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promisedesk-eta-reason-error")));

        assertTrue(error.getText(), error.getText().contains("needs a reason"));
        WebElement reasonField = driver.findElement(By.cssSelector(".promisedesk-eta-form__field--reason"));
        assertEquals(reasonField, error.findElement(By.xpath("..")));
        assertEquals("true", driver.findElement(By.id("promisedesk-eta-reason")).getAttribute("aria-invalid"));
        assertEquals(later.toString(), driver.findElement(By.id("promisedesk-eta-date")).getAttribute("value"));
        assertTrue(driver.findElements(By.cssSelector(".promisedesk-eta-change--slip")).isEmpty());
        browser.script("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("promisedesk-eta-panel")));
        assertTrue(Files.size(browser.screenshot("eta-form-rejected")) > 10_000);

        driver.findElement(By.id("promisedesk-eta-reason")).sendKeys("The replacement part arrives a week late");
        driver.findElement(By.cssSelector(".promisedesk-eta-form__submit")).click();
        WebElement confirmation = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-eta-form__confirmation")));

        String shown = driver.findElement(By.cssSelector("dd.promisedesk-fact--currentEta")).getText();
        assertTrue(confirmation.getText(), confirmation.getText().contains(shown));
        List<WebElement> slips = driver.findElements(By.cssSelector(".promisedesk-eta-change--slip"));
        assertEquals(1, slips.size());
        assertEquals("The replacement part arrives a week late",
                slips.get(0).findElement(By.cssSelector(".promisedesk-eta-change__reason")).getText());
        assertEquals(shown, slips.get(0).findElement(By.cssSelector(".promisedesk-eta-change__to")).getText());
        assertTrue(slips.get(0).findElement(By.cssSelector(".promisedesk-eta-change__change")).getText().contains("5 working days later"));
        String panelEta = driver.findElement(By.cssSelector("#promisedesk-overcommit-panel dd.promisedesk-fact--eta")).getText();
        assertTrue(panelEta + " vs " + shown, panelEta.startsWith(shown));
        assertEquals(shown, driver.findElement(By.cssSelector("dd.workbench-field--eta")).getText());
        assertEquals("", driver.findElement(By.id("promisedesk-eta-reason")).getAttribute("value"));

        // Read afresh, the issue keeps it.
        open("/browse/" + key);
        assertTrue(driver.findElement(By.cssSelector("#promisedesk-overcommit-panel dd.promisedesk-fact--eta")).getText().startsWith(shown));
        assertFalse(driver.findElements(By.cssSelector(".promisedesk-eta-change--slip")).isEmpty());
    }

    @Test
    public void salesperson_getsNoEtaForm_butASalesViewLink() throws Exception {
        open("/browse/NET-101?role=salesperson");
        assertTrue(driver.findElements(By.cssSelector(".promisedesk-eta-form")).isEmpty());
        assertEquals("Sales view", driver.findElement(By.cssSelector(".workbench-sales-view")).getText());
    }

    private static void open(String pathAndQuery) {
        driver.get(WORKBENCH.server().uri().resolve(pathAndQuery).toString());
    }
}
