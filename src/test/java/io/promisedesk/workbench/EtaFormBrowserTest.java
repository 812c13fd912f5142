package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * A technician moving an ETA later on the demo data in headless Chromium: refused without a reason on the plugin's ETA
 * page, with the message beside the reason field and the typed date kept; accepted with one and redirected to the
 * issue, whose form, history and overcommit panel then show the new date and the slip; and a form left open while another tab saved a newer ETA, refused as stale with the
 * newer ETA shown and nothing typed lost, then saved. Saves {@code eta-form-rejected.png}.
 */
@RunWith(InBothThemes.class)
public class EtaFormBrowserTest {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    @Test
    public void technician_movesAnEtaLater_isStoppedWithoutAReason_thenSavesItWithOne() throws Exception {
        BROWSER.open("/?role=technician");
        String key = BROWSER.openFirstOvercommittedIssue();
        LocalDate current = LocalDate.parse(BROWSER.driver().findElement(By.id("promisedesk-eta-date")).getAttribute("value"));
        LocalDate later = current.plusWeeks(1);

        // A date input's typing order follows the browser's locale; its value is ISO whatever the locale.
        BROWSER.script("arguments[0].value = arguments[1]", BROWSER.driver().findElement(By.id("promisedesk-eta-date")), later.toString());
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-eta-form__submit")).click();
        WebElement error = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promisedesk-eta-reason-error")));

        assertTrue(error.getText(), error.getText().contains("needs a reason"));
        WebElement reasonField = BROWSER.driver().findElement(By.cssSelector(".promisedesk-eta-form__field--reason"));
        assertEquals(reasonField, error.findElement(By.xpath("..")));
        assertEquals("true", BROWSER.driver().findElement(By.id("promisedesk-eta-reason")).getAttribute("aria-invalid"));
        assertEquals(later.toString(), BROWSER.driver().findElement(By.id("promisedesk-eta-date")).getAttribute("value"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-eta-change--slip")).isEmpty());
        // The plugin's ETA page, where its handler answers a refused ETA.
        assertEquals("ETA of " + key, BROWSER.driver().findElement(By.cssSelector("h1.promisedesk-page__heading")).getText());
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})", BROWSER.driver().findElement(By.cssSelector(".promisedesk-eta-form")));
        BROWSER.savedScreenshot("eta-form-rejected");

        BROWSER.driver().findElement(By.id("promisedesk-eta-reason")).sendKeys("The replacement part arrives a week late");
        BROWSER.saveEtaOf(key);

        String shown = BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentEta")).getText();
        assertEquals(SHOWN.format(later), shown);
        assertEquals(later.toString(), BROWSER.driver().findElement(By.id("promisedesk-eta-date")).getAttribute("value"));
        List<WebElement> slips = BROWSER.driver().findElements(By.cssSelector(".promisedesk-eta-change--slip"));
        assertEquals(1, slips.size());
        assertEquals("The replacement part arrives a week late",
                slips.get(0).findElement(By.cssSelector(".promisedesk-eta-change__reason")).getText());
        assertEquals(shown, slips.get(0).findElement(By.cssSelector(".promisedesk-eta-change__to")).getText());
        assertTrue(slips.get(0).findElement(By.cssSelector(".promisedesk-eta-change__change")).getText().contains("5 working days later"));
        String panelEta = BROWSER.driver().findElement(By.cssSelector("#promisedesk-overcommit-panel dd.promisedesk-fact--eta")).getText();
        assertTrue(panelEta + " vs " + shown, panelEta.startsWith(shown));
        assertEquals(shown, BROWSER.driver().findElement(By.cssSelector("dd.workbench-field--eta")).getText());
        assertEquals("", BROWSER.driver().findElement(By.id("promisedesk-eta-reason")).getAttribute("value"));

        // Read afresh, the issue keeps it.
        BROWSER.open("/browse/" + key);
        assertTrue(BROWSER.driver().findElement(By.cssSelector("#promisedesk-overcommit-panel dd.promisedesk-fact--eta")).getText().startsWith(shown));
        assertFalse(BROWSER.driver().findElements(By.cssSelector(".promisedesk-eta-change--slip")).isEmpty());
    }

    @Test
    public void aFormOpenWhileAnotherTabSavedAnEta_isRefusedAsStale_showingTheNewerEta_keepingWhatWasTyped_thenSaves() {
        BROWSER.open("/browse/NET-101?role=technician");
        String stale = BROWSER.driver().getWindowHandle();
        assertEquals("2026-04-08", BROWSER.driver().findElement(By.cssSelector("input[name=expectedEta]")).getAttribute("value"));

        // A colleague, in another tab, moves the ETA earlier (no reason needed) while this form stays open.
        BROWSER.driver().switchTo().newWindow(WindowType.TAB);
        BROWSER.open("/browse/NET-101");
        BROWSER.script("arguments[0].value = arguments[1]", BROWSER.driver().findElement(By.id("promisedesk-eta-date")), "2026-04-06");
        BROWSER.saveEtaOf("NET-101");
        String newer = BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentEta")).getText();
        assertEquals("Mon 6 Apr", newer);
        BROWSER.driver().close();
        BROWSER.driver().switchTo().window(stale);

        BROWSER.script("arguments[0].value = arguments[1]", BROWSER.driver().findElement(By.id("promisedesk-eta-date")), "2026-04-20");
        BROWSER.driver().findElement(By.id("promisedesk-eta-reason")).sendKeys("The vendor ships a week later");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-eta-form__submit")).click();
        WebElement refusal = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promisedesk-eta-date-error")));

        assertTrue(refusal.getText(), refusal.getText().contains("Someone else changed the ETA while you were editing"));
        assertTrue(refusal.getText() + " / " + newer, refusal.getText().contains("The ETA is now " + newer + "."));
        assertEquals(newer, BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentEta")).getText());
        // Beside the date field: in the date's own paragraph, and named by the input as its description.
        WebElement date = BROWSER.driver().findElement(By.id("promisedesk-eta-date"));
        assertEquals(refusal, date.findElement(By.xpath("..")).findElement(By.id("promisedesk-eta-date-error")));
        assertEquals("promisedesk-eta-date-error", date.getAttribute("aria-describedby"));
        assertEquals("2026-04-20", BROWSER.driver().findElement(By.id("promisedesk-eta-date")).getAttribute("value"));
        assertEquals("The vendor ships a week later", BROWSER.driver().findElement(By.id("promisedesk-eta-reason")).getAttribute("value"));
        assertEquals("2026-04-06", BROWSER.driver().findElement(By.cssSelector("input[name=expectedEta]")).getAttribute("value"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-eta-change--slip")).isEmpty());

        // Seen the newer ETA, the technician submits again what they typed, and it is judged against that one.
        BROWSER.saveEtaOf("NET-101");

        String saved = BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentEta")).getText();
        assertEquals("Mon 20 Apr", saved);
        assertNotEquals(newer, saved);
        List<WebElement> slips = BROWSER.driver().findElements(By.cssSelector(".promisedesk-eta-change--slip"));
        assertEquals(1, slips.size());
        assertEquals(newer, slips.get(0).findElement(By.cssSelector(".promisedesk-eta-change__from")).getText());
        assertEquals("The vendor ships a week later", slips.get(0).findElement(By.cssSelector(".promisedesk-eta-change__reason")).getText());
    }

    @Test
    public void salesperson_getsNoEtaForm_butASalesViewLink() throws Exception {
        BROWSER.open("/browse/NET-101?role=salesperson");
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-eta-form")).isEmpty());
        assertEquals("Sales view", BROWSER.driver().findElement(By.cssSelector(".workbench-sales-view")).getText());
    }

}
