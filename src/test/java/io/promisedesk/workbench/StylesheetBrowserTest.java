package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.junit.Assert.assertEquals;

/** In Chromium, the plugin's stylesheet colours the level and draws a focus outline on the keyboard's way. */
@RunWith(InBothThemes.class)
public class StylesheetBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final String STYLE = "return getComputedStyle(arguments[0])[arguments[1]];";

    @Test
    public void overcommittedLevel_isBoldInTheDangerToken_fromThePluginsStylesheet() {
        BROWSER.open("/?role=technician");
        BROWSER.openFirstOvercommittedIssue();

        WebElement level = BROWSER.driver().findElement(By.cssSelector("#promisedesk-overcommit-panel .promisedesk-level"));

        // The theme's --ds-text-danger (light #ae2e24, dark #fd9891), the token our #bf2600 falls back from.
        assertEquals(BROWSER.theme() == Theme.LIGHT ? "rgb(174, 46, 36)" : "rgb(253, 152, 145)",
                BROWSER.script(STYLE, level, "color"));
        assertEquals("700", BROWSER.script(STYLE, level, "fontWeight"));
        assertEquals("Overcommitted", level.findElement(By.cssSelector(".promisedesk-level__name")).getAttribute("textContent"));
    }

    @Test
    public void aContributorLinkReachedWithTab_showsTheFocusTokensOutline() {
        BROWSER.open("/?role=technician");
        BROWSER.openFirstOvercommittedIssue();
        WebElement first = BROWSER.driver().findElement(By.cssSelector("#promisedesk-overcommit-panel a"));

        for (int presses = 0; presses < 40 && !first.equals(BROWSER.driver().switchTo().activeElement()); presses++) {
            new Actions(BROWSER.driver()).sendKeys(Keys.TAB).perform();
        }

        assertEquals(first, BROWSER.driver().switchTo().activeElement());
        assertEquals("solid", BROWSER.script(STYLE, first, "outlineStyle"));
        assertEquals("2px", BROWSER.script(STYLE, first, "outlineWidth"));
        // The theme's --ds-border-focused (light #388bff, dark #85b8ff), the token our #0052cc falls back from.
        assertEquals(BROWSER.theme() == Theme.LIGHT ? "rgb(56, 139, 255)" : "rgb(133, 184, 255)",
                BROWSER.script(STYLE, first, "outlineColor"));
    }
}
