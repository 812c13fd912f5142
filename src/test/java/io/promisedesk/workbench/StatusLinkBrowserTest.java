package io.promisedesk.workbench;

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
 * Status links in headless Chromium: the salesperson creates one from NET-101's sales view, a visitor without any of
 * the workbench's cookies (no role, no session) opens it and sees the ETA-only page, the salesperson revokes it in the
 * list, and the visitor then gets the neutral page. Saves {@code status-link-created.png}, {@code status-link.png} and
 * {@code status-links.png}.
 */
@RunWith(InBothThemes.class)
public class StatusLinkBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    /** A visitor: the same browser with every cookie of the workbench gone, as a private window would be. */
    private static void openAsVisitor(String path) {
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.open(path);
    }

    /** Follows the created message's "open it as its visitors see it" into its new tab, and back. */
    private static String titleOpenedFromTheCreatedMessage() {
        String creatorsTab = BROWSER.driver().getWindowHandle();
        BROWSER.driver().findElement(By.cssSelector("a.promisedesk-status-links__open-link")).click();
        BROWSER.waiting().until(ExpectedConditions.numberOfWindowsToBe(2));
        String visitorsTab = BROWSER.driver().getWindowHandles().stream().filter(tab -> !tab.equals(creatorsTab))
                .findFirst().orElseThrow();
        BROWSER.driver().switchTo().window(visitorsTab);
        BROWSER.waiting().until(ExpectedConditions.titleIs("Status of NET-101"));
        String title = BROWSER.driver().getTitle();
        BROWSER.driver().close();
        BROWSER.driver().switchTo().window(creatorsTab);
        return title;
    }

    @Test
    public void aLinkCreatedBySales_opensForAnAnonymousVisitor_untilItIsRevoked() throws Exception {
        BROWSER.open("/plugins/servlet/promisedesk/sales/issue/NET-101?role=salesperson");
        WebElement days = BROWSER.driver().findElement(By.id("promisedesk-status-link-days"));
        assertEquals("30", days.getAttribute("value"));
        days.clear();
        days.sendKeys("7");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-status-link-form__create")).click();
        WebElement url = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-status-links-url")));
        String address = url.getAttribute("value");
        assertTrue(address, address.startsWith("/plugins/servlet/promisedesk/status/"));
        BROWSER.savedScreenshot("status-link-created");
        assertEquals("The page's own way to see the link as a visitor, in a new tab, the workbench's cookies and all",
                "Status of NET-101", titleOpenedFromTheCreatedMessage());

        openAsVisitor(address);
        assertEquals("Status of NET-101", BROWSER.driver().getTitle());
        assertTrue(BROWSER.driver().findElement(By.tagName("h1")).getText().startsWith("NET-101"));
        assertEquals(List.of(), BROWSER.driver().findElements(By.cssSelector("a, form, script")));
        BROWSER.savedScreenshot("status-link");

        BROWSER.open("/?role=salesperson");
        BROWSER.driver().findElement(By.cssSelector("a.workbench-nav__status-links")).click();
        WebElement row = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.promisedesk-status-links__row")));
        assertEquals("Issue NET-101", row.findElement(By.cssSelector(".promisedesk-status-links__scope")).getText());
        assertEquals("the new tab and the visitor", "2", row.findElement(By.cssSelector(".promisedesk-status-links__views")).getText());
        BROWSER.savedScreenshot("status-links");
        row.findElement(By.cssSelector(".promisedesk-status-links__revoke")).click();
        BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-status-links__revoked")));
        assertEquals(List.of(), BROWSER.driver().findElements(By.cssSelector("tr.promisedesk-status-links__row")));

        openAsVisitor(address);
        assertEquals("Link not available", BROWSER.driver().getTitle());
        assertEquals("Link not available", BROWSER.driver().findElement(By.tagName("h1")).getText());
    }
}
