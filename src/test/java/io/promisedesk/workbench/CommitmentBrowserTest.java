package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A salesperson setting a commitment on the demo data (Monday 2 March 2026) in headless Chromium: today, which the
 * overcommitted team cannot meet for the first overcommitted issue, is answered with the earliest it can, which is then saved; bad input is refused
 * beside its field with everything typed kept; a form left open while another salesperson saved a promise is refused
 * as stale, showing theirs and keeping what was typed, then saves; a technician cannot post. Saves
 * {@code sales-commitment-check.png} and {@code sales-commitment-stale.png}.
 */
@RunWith(InBothThemes.class)
public class CommitmentBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Test
    public void salesperson_checksADateTheTeamCannotMeet_seesTheEarliest_thenSavesThatOne() throws Exception {
        BROWSER.open("/?role=salesperson");
        String key = BROWSER.openFirstOvercommittedIssue();
        BROWSER.driver().findElement(By.linkText("Sales view")).click();
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".promisedesk-commitment-form")));

        setDate("2026-03-02");
        WebElement customer = BROWSER.driver().findElement(By.id("promisedesk-commitment-customer"));
        customer.clear();
        customer.sendKeys("Vandelay Industries");
        BROWSER.driver().findElement(By.id("promisedesk-commitment-note")).sendKeys("Asked for before the trade fair");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__check")).click();
        WebElement answer = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-commitment-answer")));

        LocalDate earliest = LocalDate.parse(answer.getAttribute("data-earliest"));
        assertTrue(earliest.isAfter(LocalDate.parse("2026-03-02")));
        assertEquals("The team cannot meet Mon 2 Mar. The earliest date it can meet is " + SHOWN.format(earliest) + ".",
                answer.getText());
        assertEquals("2026-03-02", value("promisedesk-commitment-date"));
        assertEquals("Vandelay Industries", value("promisedesk-commitment-customer"));
        assertEquals("Asked for before the trade fair", value("promisedesk-commitment-note"));
        String before = fact("commitment");
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-commitment-form__confirmation")).isEmpty());
        // The answer, an AUI warning message, and the rest of the answered form meet WCAG AA (ContrastBrowserTest).
        assertEquals(List.of(), ((Map<?, ?>) BROWSER.script(ContrastBrowserTest.CHECK)).get("failures"));
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})",
                BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form")));
        BROWSER.savedScreenshot("sales-commitment-check");

        setDate(earliest.toString());
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__save")).click();
        WebElement confirmation = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-commitment-form__confirmation")));

        String shown = SHOWN.format(earliest);
        assertEquals("Saved. Promised for " + shown + " to Vandelay Industries.", confirmation.getText());
        assertEquals("The team can meet " + shown + ".", BROWSER.driver().findElement(By.id("promisedesk-commitment-answer")).getText());
        assertEquals(shown, fact("commitment"));
        assertFalse(before.equals(fact("commitment")));
        assertEquals("Vandelay Industries", fact("customer"));
        assertEquals("Asked for before the trade fair", fact("note"));

        // The issue keeps it for the technicians, read afresh.
        BROWSER.open("/browse/" + key + "?role=technician");
        assertTrue(BROWSER.driver().findElement(By.cssSelector("dd.workbench-field--commitment")).getText()
                .contains("Vandelay Industries"));
        BROWSER.open("/?role=salesperson");
    }

    @Test
    public void pastDateAndMissingCustomer_areRefusedBesideTheirFields_keepingWhatWasTyped() throws Exception {
        BROWSER.open("/plugins/servlet/promisedesk/sales/issue/NET-101?role=salesperson");
        String current = BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentCommitment")).getText();

        setDate("2026-03-01");
        BROWSER.driver().findElement(By.id("promisedesk-commitment-note")).sendKeys("Keep me");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__save")).click();
        WebElement dateError = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-commitment-date-error")));

        assertEquals("The promised date Sun 1 Mar has passed; choose today (Mon 2 Mar) or later.", dateError.getText());
        assertEquals(BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__field--date")),
                dateError.findElement(By.xpath("..")));
        assertEquals("true", BROWSER.driver().findElement(By.id("promisedesk-commitment-date")).getAttribute("aria-invalid"));
        assertEquals("2026-03-01", value("promisedesk-commitment-date"));
        assertEquals("Acme", value("promisedesk-commitment-customer"));
        assertEquals("Keep me", value("promisedesk-commitment-note"));

        setDate("2026-04-30");
        BROWSER.driver().findElement(By.id("promisedesk-commitment-customer")).clear();
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__check")).click();
        WebElement customerError = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-commitment-customer-error")));

        assertEquals("Enter the customer you promise the date to.", customerError.getText());
        assertEquals(BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__field--customer")),
                customerError.findElement(By.xpath("..")));
        assertEquals("2026-04-30", value("promisedesk-commitment-date"));
        assertEquals("", value("promisedesk-commitment-customer"));
        assertEquals("Keep me", value("promisedesk-commitment-note"));
        assertTrue(BROWSER.driver().findElements(By.id("promisedesk-commitment-date-error")).isEmpty());
        assertEquals(current, BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentCommitment")).getText());
    }

    @Test
    public void technician_seesNoCommitmentForm_andCannotPostOne() throws Exception {
        BROWSER.open("/plugins/servlet/promisedesk/sales/issue/NET-101?role=technician");
        assertEquals("Not allowed", BROWSER.driver().findElement(By.tagName("h1")).getText());
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-commitment-form")).isEmpty());
        BROWSER.open("/browse/NET-101?role=technician");
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-commitment-form")).isEmpty());

        // The browser's own cookies: the technician role and this server's token, as a forged form would send them.
        String token = BROWSER.driver().manage().getCookieNamed(WorkbenchServlet.XSRF_COOKIE).getValue();
        HttpRequest post = HttpRequest.newBuilder(WORKBENCH.server().uri()
                        .resolve("/plugins/servlet/promisedesk/sales/commitment/NET-101"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", WorkbenchServlet.ROLE_COOKIE + "=technician; " + WorkbenchServlet.XSRF_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString("date=2026-04-30&customer=Acme&action=save&atl_token=" + token,
                        StandardCharsets.UTF_8)).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());

        assertEquals(403, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("The sales pages are for members of the sales groups and Jira administrators."));
    }

    @Test
    public void aFormOpenWhileAnotherSalespersonSavedAPromise_isRefusedAsStale_showingTheirs_keepingWhatWasTyped_thenSaves() throws Exception {
        String issue = "/plugins/servlet/promisedesk/sales/issue/NET-104?role=salesperson";
        BROWSER.open(issue);
        String stale = BROWSER.driver().getWindowHandle();
        assertEquals("Thu 16 Apr to Acme", fact("currentCommitment"));

        // A colleague, in another tab, promises the issue to another customer while this form stays open.
        BROWSER.driver().switchTo().newWindow(WindowType.TAB);
        BROWSER.open(issue);
        setDate("2026-04-20");
        WebElement theirCustomer = BROWSER.driver().findElement(By.id("promisedesk-commitment-customer"));
        theirCustomer.clear();
        theirCustomer.sendKeys("Globex");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__save")).click();
        BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-commitment-form__confirmation")));
        assertEquals("Mon 20 Apr to Globex", fact("currentCommitment"));
        BROWSER.driver().close();
        BROWSER.driver().switchTo().window(stale);

        setDate("2026-04-24");
        WebElement customer = BROWSER.driver().findElement(By.id("promisedesk-commitment-customer"));
        customer.clear();
        customer.sendKeys("Initech");
        BROWSER.driver().findElement(By.id("promisedesk-commitment-note")).sendKeys("Agreed at the fair");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__save")).click();
        WebElement refusal = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-commitment-date-error")));

        assertEquals("Someone else changed the commitment while you were editing. Check the commitment promised now"
                + " and save again; what you entered is kept. It is now promised for Mon 20 Apr to Globex.", refusal.getText());
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-commitment-form__confirmation")).isEmpty());
        assertEquals("Mon 20 Apr to Globex", fact("currentCommitment"));
        // Beside the date field: in the date's own paragraph, and named by the input as its description.
        WebElement date = BROWSER.driver().findElement(By.id("promisedesk-commitment-date"));
        assertEquals(refusal, date.findElement(By.xpath("..")).findElement(By.id("promisedesk-commitment-date-error")));
        assertEquals("promisedesk-commitment-date-error", date.getAttribute("aria-describedby"));
        assertEquals("2026-04-24", value("promisedesk-commitment-date"));
        assertEquals("Initech", value("promisedesk-commitment-customer"));
        assertEquals("Agreed at the fair", value("promisedesk-commitment-note"));
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})",
                BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form")));
        BROWSER.savedScreenshot("sales-commitment-stale");

        // Seen the colleague's promise, the salesperson saves again what they typed, and it replaces it.
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__save")).click();
        WebElement confirmation = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-commitment-form__confirmation")));

        assertEquals("Saved. Promised for Fri 24 Apr to Initech.", confirmation.getText());
        assertEquals("Fri 24 Apr to Initech", fact("currentCommitment"));
        assertEquals("Agreed at the fair", fact("note"));
    }

    /** A date input's typing order follows the browser's locale; its value is ISO whatever the locale. */
    private static void setDate(String iso) {
        BROWSER.script("arguments[0].value = arguments[1]",
                BROWSER.driver().findElement(By.id("promisedesk-commitment-date")), iso);
    }

    private static String value(String id) {
        return BROWSER.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static String fact(String name) {
        return BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--" + name)).getText();
    }
}
