package io.promisedesk.workbench;

import io.promisedesk.jira.servlet.UnsubscribeRequests;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Unsubscribing from digests to addresses in headless Chromium: the salesperson keeps two addresses informed of NET-101,
 * a technician slips its ETA, and the admin's "Send digests now" puts a mail to each address in the outbox, with the
 * unsubscribe link of its {@code List-Unsubscribe} header. A visitor without any of the workbench's cookies opens
 * Jan's link, is asked, confirms and is told Jan gets no more mails; the used link, and one no mail carried, then open
 * the neutral page; the sales view marks Jan unsubscribed. A week later a new slip reaches Ann's mailbox but not Jan's.
 * Saves {@code address-mail.png}, {@code unsubscribe-confirm.png}, {@code unsubscribe-done.png}, {@code unsubscribe-unavailable.png} and
 * {@code sales-informed.png}.
 */
@RunWith(InBothThemes.class)
public class UnsubscribeBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final String SALES_VIEW = "/plugins/servlet/promisedesk/sales/issue/NET-101";
    private static final String JAN = "jan@acme.example";
    private static final String ANN = "ann@acme.example";

    @Test
    public void aVisitorUnsubscribesFromTheMailsLink_andTheNextRunMailsOnlyTheOtherAddress() throws Exception {
        BROWSER.open(SALES_VIEW + "?role=salesperson");
        WebElement addresses = BROWSER.driver().findElement(By.id("promisedesk-commitment-addresses"));
        addresses.clear();
        addresses.sendKeys(JAN + ", " + ANN);
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__save")).click();
        BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-commitment-form__confirmation")));
        assertEquals(List.of(JAN, ANN), informed());

        slipNet101To("2026-04-15");
        sendDigests();
        List<WebElement> toJan = mailsTo(JAN);
        assertEquals(1, toJan.size());
        assertEquals(1, mailsTo(ANN).size());
        assertEquals("News on one promised issue",
                toJan.get(0).findElement(By.cssSelector(".workbench-outbox__subject")).getText());
        String link = toJan.get(0).findElement(By.cssSelector("a.workbench-outbox__unsubscribe"))
                .getAttribute("pathname");
        assertTrue(link, link.startsWith(UnsubscribeRequests.PATH));
        toJan.get(0).findElement(By.cssSelector("a.workbench-outbox__html")).click();
        WebElement stop = BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.linkText("Stop these mails")));
        assertEquals(link, stop.getAttribute("pathname"));
        BROWSER.savedScreenshot("address-mail");

        // The visitor: no role, no session, no theme, as someone reading the mail without a Jira account.
        openAsVisitor(link);
        assertEquals("Stop these mails", BROWSER.driver().getTitle());
        assertEquals("Stop the mails about promised issues to " + JAN + "?",
                BROWSER.driver().findElement(By.cssSelector(".promisedesk-unsubscribe__text")).getText());
        assertEquals(List.of(), BROWSER.driver().findElements(By.cssSelector("a, script")));
        BROWSER.savedScreenshot("unsubscribe-confirm");

        BROWSER.driver().findElement(By.cssSelector(".promisedesk-unsubscribe__confirm")).click();
        WebElement done = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-unsubscribe__text")));
        assertEquals(JAN + " gets no more of these mails.", done.getText());
        assertEquals(List.of(), BROWSER.driver().findElements(By.cssSelector("form")));
        BROWSER.savedScreenshot("unsubscribe-done");

        for (String spent : List.of(link, UnsubscribeRequests.PATH + "not-a-token")) {
            openAsVisitor(spent);
            assertEquals("This link does not work", BROWSER.driver().getTitle());
            assertEquals(List.of(), BROWSER.driver().findElements(By.cssSelector("form")));
            assertTrue(BROWSER.driver().getPageSource(), !BROWSER.driver().getPageSource().contains(JAN));
        }
        BROWSER.savedScreenshot("unsubscribe-unavailable");
        assertEquals(404, WORKBENCH.get(link).statusCode());

        BROWSER.open("/?theme=" + BROWSER.theme().parameter());
        BROWSER.open(SALES_VIEW + "?role=salesperson");
        assertEquals(List.of(JAN + " (unsubscribed)", ANN), informed());
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})",
                BROWSER.driver().findElement(By.cssSelector(".promisedesk-sales-issue__informed")));
        BROWSER.savedScreenshot("sales-informed");

        // A week on, a new slip: the next run mails Ann, who did not unsubscribe, and not Jan.
        BROWSER.open("/workbench/outbox?role=admin");
        BROWSER.driver().findElement(By.cssSelector(".workbench-week-passes")).click();
        BROWSER.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".workbench-digest-runs"), "A week passed"));
        slipNet101To("2026-04-22");
        sendDigests();
        assertEquals(2, mailsTo(ANN).size());
        assertEquals(1, mailsTo(JAN).size());
    }

    private static void slipNet101To(String eta) {
        BROWSER.open("/browse/NET-101?role=technician");
        BROWSER.script("arguments[0].value = arguments[1]", BROWSER.driver().findElement(By.id("promisedesk-eta-date")),
                eta);
        BROWSER.driver().findElement(By.id("promisedesk-eta-reason")).sendKeys("The antennas arrive late");
        BROWSER.saveEtaOf("NET-101");
    }

    private static void sendDigests() {
        BROWSER.open("/workbench/outbox?role=admin");
        BROWSER.driver().findElement(By.cssSelector(".workbench-send-digests")).click();
        BROWSER.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".workbench-digest-runs"), "Ran the digest job"));
    }

    private static List<WebElement> mailsTo(String address) {
        return BROWSER.driver().findElements(By.cssSelector("tr.workbench-outbox__mail")).stream()
                .filter(row -> row.findElement(By.cssSelector(".workbench-outbox__to")).getText().equals(address))
                .toList();
    }

    private static List<String> informed() {
        return BROWSER.driver().findElements(By.cssSelector(".promisedesk-sales-issue__address")).stream()
                .map(WebElement::getText).toList();
    }

    /** A visitor: the same browser with every cookie of the workbench gone, as a private window would be. */
    private static void openAsVisitor(String path) {
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.open(path);
    }
}
