package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Digests on the demo data in headless Chromium: a technician slips the ETA of NET-101, committed by the workbench's
 * salesperson; the salesperson finds it in the preview on "My digest" and switches to weekly, which stays chosen; the
 * admin sends the digests now and the outbox holds one mail for the salesperson with the change in both parts; the
 * page and both parts name the issue by its summary beside its key; a
 * technician may not open the digest page. Saves {@code digest-page.png} and {@code digest-mail.png}.
 */
@RunWith(InBothThemes.class)
public class DigestBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final String DIGEST = "/plugins/servlet/promisedesk/digest";
    private static final String MOVE = "ETA slipped later: from Wed 8 Apr to Wed 15 Apr.";
    private static final String REASON = "The firmware & the antennas arrive a week late";
    /** The issue named by its key and its summary in the demo data. */
    private static final String HEADING = "NET-101 \u2014 Replace the core switch for Acme";

    @Test
    public void aSlipReachesTheSalespersonsPreview_weeklyIsKept_andTheOutboxHasTheirMail() throws Exception {
        BROWSER.open("/browse/NET-101?role=technician");
        BROWSER.script("arguments[0].value = arguments[1]", BROWSER.driver().findElement(By.id("promisedesk-eta-date")),
                "2026-04-15");
        BROWSER.driver().findElement(By.id("promisedesk-eta-reason")).sendKeys(REASON);
        BROWSER.saveEtaOf("NET-101");
        assertEquals("Wed 15 Apr", BROWSER.driver().findElement(By.cssSelector("dd.workbench-field--eta")).getText());

        BROWSER.open("/?role=salesperson");
        BROWSER.driver().findElement(By.cssSelector("a.workbench-nav__digest")).click();
        WebElement issue = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("div.promisedesk-digest__issue[data-issue='NET-101']")));
        assertEquals("My digest", BROWSER.driver().findElement(By.tagName("h1")).getText());
        assertTrue(BROWSER.driver().findElement(By.id("promisedesk-digest-frequency-daily")).isSelected());
        assertEquals(MOVE, issue.findElement(By.cssSelector(".promisedesk-digest__move")).getText());
        assertEquals(HEADING, issue.findElement(By.cssSelector(".promisedesk-digest__key")).getText());
        assertEquals("Reason: " + REASON, issue.findElement(By.cssSelector(".promisedesk-digest__reason")).getText());
        assertTrue(issue.findElement(By.cssSelector(".promisedesk-digest__by")).getText()
                .startsWith("Changed by Technician on Mon 2 Mar 12:00 UTC"));
        assertEquals("/plugins/servlet/promisedesk/sales/issue/NET-101",
                issue.findElement(By.cssSelector(".promisedesk-digest__key a")).getAttribute("pathname"));
        assertTrue(BROWSER.driver().findElement(By.cssSelector(".promisedesk-digest-form__goes-out")).getText()
                .startsWith("It goes out from Tue 3 Mar 07:05 UTC"));
        BROWSER.savedScreenshot("digest-page");

        BROWSER.driver().findElement(By.cssSelector("label[for=promisedesk-digest-frequency-weekly]")).click();
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-digest-form__save")).click();
        WebElement saved = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-digest-form__confirmation")));
        assertEquals("Saved. Your digest now comes weekly.", saved.getText());
        BROWSER.open(DIGEST);
        assertTrue(BROWSER.driver().findElement(By.id("promisedesk-digest-frequency-weekly")).isSelected());
        assertFalse(BROWSER.driver().findElement(By.id("promisedesk-digest-frequency-daily")).isSelected());
        assertEquals(MOVE, BROWSER.driver().findElement(By.cssSelector(
                "[data-issue='NET-101'] .promisedesk-digest__move")).getText());

        BROWSER.open("/?role=admin");
        BROWSER.driver().findElement(By.cssSelector("a.workbench-nav__outbox")).click();
        BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".workbench-outbox-empty")));
        BROWSER.driver().findElement(By.cssSelector(".workbench-send-digests")).click();
        BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".workbench-digest-runs")));
        List<WebElement> mails = BROWSER.driver().findElements(By.cssSelector("tr.workbench-outbox__mail"));
        assertEquals(1, mails.size());
        assertEquals("salesperson@example.com",
                mails.get(0).findElement(By.cssSelector(".workbench-outbox__to")).getText());
        assertEquals("Promise Desk: 1 ETA update on your commitments (weekly digest)",
                mails.get(0).findElement(By.cssSelector(".workbench-outbox__subject")).getText());

        // Sent once: a second run finds the week sent.
        BROWSER.driver().findElement(By.cssSelector(".workbench-send-digests")).click();
        BROWSER.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".workbench-digest-runs"), "0 digests sent"));
        assertEquals(1, BROWSER.driver().findElements(By.cssSelector("tr.workbench-outbox__mail")).size());

        String text = WORKBENCH.get("/workbench/outbox/1/text?role=admin").body();
        assertTrue(text, text.contains("== " + HEADING + " ==\n"));
        assertTrue(text, text.contains("* " + MOVE + "\n  Reason: " + REASON + "\n"));

        BROWSER.driver().findElement(By.cssSelector("a.workbench-outbox__html")).click();
        WebElement mailIssue = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("div.promisedesk-digest__issue[data-issue='NET-101']")));
        assertEquals("Hello Salesperson,", BROWSER.driver().findElement(
                By.cssSelector(".promisedesk-digest__greeting")).getText());
        assertEquals(HEADING, mailIssue.findElement(By.cssSelector(".promisedesk-digest__key")).getText());
        assertEquals(MOVE, mailIssue.findElement(By.cssSelector(".promisedesk-digest__move")).getText());
        assertEquals("Reason: " + REASON, mailIssue.findElement(By.cssSelector(".promisedesk-digest__reason")).getText());
        BROWSER.savedScreenshot("digest-mail");

        BROWSER.open(DIGEST + "?role=salesperson");
        assertEquals("Nothing yet: no change, no mail.", BROWSER.driver().findElement(
                By.cssSelector(".promisedesk-digest__empty")).getText());
    }

    @Test
    public void aTechnician_mayNotOpenTheDigestPage_norTheOutbox() throws Exception {
        assertEquals(403, WORKBENCH.get(DIGEST + "?role=technician").statusCode());
        assertEquals(403, WORKBENCH.get("/workbench/outbox?role=technician").statusCode());
        assertEquals(403, WORKBENCH.get("/workbench/outbox?role=salesperson").statusCode());
        assertEquals(200, WORKBENCH.get(DIGEST + "?role=admin").statusCode());
        BROWSER.open(DIGEST + "?role=technician");
        assertEquals("Not allowed", BROWSER.driver().findElement(By.tagName("h1")).getText());
    }
}
