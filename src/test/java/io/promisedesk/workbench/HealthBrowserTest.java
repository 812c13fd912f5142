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
 * An admin in headless Chromium opens the health check from the team list and reads every area of the workbench's
 * stand-in host, each line's verdict in words; other roles are refused. Saves {@code health.png}.
 */
@RunWith(InBothThemes.class)
public class HealthBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final String HEALTH = "/plugins/servlet/promisedesk/admin/health";

    @Test
    public void anAdmin_opensTheHealthCheckFromTheTeamList_andReadsEachAreasLines() throws Exception {
        BROWSER.open("/plugins/servlet/promisedesk/admin?role=admin");

        BROWSER.driver().findElement(By.linkText("Health check")).click();
        WebElement overall = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-health__overall")));

        assertEquals("Health check", BROWSER.driver().findElement(By.tagName("h1")).getText());
        assertEquals("Attention 1 point needs your attention; nothing is broken.", overall.getText());
        List<String> titles = BROWSER.driver().findElements(By.cssSelector(".promisedesk-health-area__title")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Versions OK", "Custom fields OK", "Storage (Active Objects) OK", "Digest job OK",
                "Outgoing mail Attention", "Teams’ searches OK", "Cluster OK", "Templates OK"), titles);
        WebElement mail = BROWSER.driver().findElement(By.cssSelector("section[data-area=mail] li"));
        assertEquals("Set one up in Administration, System, Outgoing mail.",
                mail.findElement(By.cssSelector(".promisedesk-health-finding__advice")).getText());
        assertTrue(BROWSER.driver().findElement(By.cssSelector("section[data-area=versions]")).getText()
                .contains("runs on Jira 10.3.0 (build workbench)"));
        BROWSER.savedScreenshot("health");

        BROWSER.driver().findElement(By.cssSelector("a.promisedesk-health__again")).click();
        BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-health__overall")));
        assertEquals(HEALTH, java.net.URI.create(BROWSER.driver().getCurrentUrl()).getPath());
    }

    @Test
    public void otherRoles_areRefusedTheHealthCheck() {
        for (String role : List.of("technician", "salesperson", "none")) {
            BROWSER.open(HEALTH + "?role=" + role);
            assertEquals(role, "Not allowed", BROWSER.driver().findElement(By.tagName("h1")).getText());
            assertTrue(role, BROWSER.driver().findElements(By.cssSelector(".promisedesk-health-area")).isEmpty());
        }
    }
}
