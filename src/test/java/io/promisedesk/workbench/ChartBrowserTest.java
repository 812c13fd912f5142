package io.promisedesk.workbench;

import io.promisedesk.language.LevelNames;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.workload.IssueVerdict;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * An admin in headless Chromium on the demo data: opens a team's preview from the team list, removes a member for the
 * coming four weeks and sees a commitment's level rise, with the chart now and under the what-if; a technician opens
 * an issue's workload chart from its panel. Saves {@code admin-what-if.png} and {@code workload-chart.png}.
 */
@RunWith(InBothThemes.class)
public class ChartBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final MessageRenderer ENGLISH = new MessageRenderer(Locale.ENGLISH);

    @Test
    public void admin_removesAMemberForTheComingWeeks_andSeesALevelRise() throws Exception {
        ChartDemo.Absence absence = ChartDemo.levelRisingAbsence();
        String team = absence.team().key().value();
        String key = absence.now().item().key().toString();
        BROWSER.open("/plugins/servlet/promisedesk/admin?role=admin");
        BROWSER.driver().findElement(By.cssSelector("tr[data-team='" + team + "'] a.promisedesk-admin-team__preview")).click();
        WebElement member = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-whatif-absentMember")));
        assertEquals(1, BROWSER.driver().findElements(By.cssSelector("svg.promisedesk-chart__svg")).size());

        new Select(member).selectByValue(absence.member().user());
        // A date input's typing order follows the browser's locale; its value is ISO whatever the locale.
        BROWSER.script("arguments[0].value = arguments[1]", BROWSER.driver().findElement(By.id("promisedesk-whatif-from")),
                absence.form().from());
        BROWSER.script("arguments[0].value = arguments[1]", BROWSER.driver().findElement(By.id("promisedesk-whatif-to")),
                absence.form().to());
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-whatif__submit")).click();
        WebElement row = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "tr[data-issue='" + key + "'] .promisedesk-preview-issue__whatif"))).findElement(By.xpath(".."));

        assertEquals(ENGLISH.render(LevelNames.of(absence.now().level())),
                row.findElement(By.cssSelector(".promisedesk-preview-issue__now .promisedesk-preview-issue__level")).getAttribute("textContent"));
        assertEquals(ENGLISH.render(LevelNames.of(absence.then().level())),
                row.findElement(By.cssSelector(".promisedesk-preview-issue__whatif .promisedesk-preview-issue__level")).getAttribute("textContent"));
        assertEquals("Rises", row.findElement(By.cssSelector(".promisedesk-preview-issue__change")).getText());
        assertEquals(absence.member().user(), new Select(BROWSER.driver().findElement(
                By.id("promisedesk-whatif-absentMember"))).getFirstSelectedOption().getAttribute("value"));
        List<WebElement> charts = BROWSER.driver().findElements(By.cssSelector("svg.promisedesk-chart__svg"));
        assertEquals(2, charts.size());
        for (WebElement chart : charts) {
            assertChartIsReadable(chart);
        }
        assertTrue(charts.get(1).findElement(By.tagName("title")).getAttribute("textContent").contains("under the what-if"));
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})", row);
        BROWSER.savedScreenshot("admin-what-if");
    }

    @Test
    public void technician_opensTheIssuesWorkloadChartFromThePanel() throws Exception {
        IssueVerdict issue = ChartDemo.aCommittedIssue();
        String key = issue.item().key().toString();
        BROWSER.open("/browse/" + key + "?role=technician");
        BROWSER.driver().findElement(By.cssSelector("#promisedesk-overcommit-panel a.promisedesk-overcommit__chart-link")).click();
        WebElement chart = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("svg.promisedesk-chart__svg")));

        assertChartIsReadable(chart);
        assertTrue(chart.findElement(By.cssSelector("g.promisedesk-chart__highlight text")).getAttribute("textContent")
                .startsWith("This issue: "));
        assertTrue(BROWSER.driver().findElement(By.cssSelector("tr.promisedesk-chart__row--highlighted th")).getText()
                .endsWith("(this issue)"));
        BROWSER.savedScreenshot("workload-chart");
    }

    /** Labelled for screen readers, with the warn line dashed and the critical line solid, each named in words. */
    private static void assertChartIsReadable(WebElement chart) {
        assertEquals("img", chart.getAttribute("role"));
        String[] labels = chart.getAttribute("aria-labelledby").split(" ");
        assertEquals(2, labels.length);
        for (String id : labels) {
            assertFalse(id, BROWSER.driver().findElement(By.id(id)).getAttribute("textContent").isBlank());
        }
        WebElement warn = chart.findElement(By.cssSelector("g.promisedesk-chart__threshold--warn"));
        WebElement critical = chart.findElement(By.cssSelector("g.promisedesk-chart__threshold--critical"));
        assertEquals("6 4", warn.findElement(By.tagName("line")).getAttribute("stroke-dasharray"));
        assertTrue(warn.findElement(By.tagName("text")).getAttribute("textContent").startsWith("Warning from "));
        assertTrue(critical.findElement(By.tagName("text")).getAttribute("textContent").startsWith("Overcommitted from "));
    }
}
