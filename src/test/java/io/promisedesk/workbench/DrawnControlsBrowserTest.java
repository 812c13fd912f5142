package io.promisedesk.workbench;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.jira.servlet.StatusLinkRequests;
import io.promisedesk.jira.servlet.UnsubscribeRequests;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.work.IssueKey;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every form control, its labels and every fieldset's legend are drawn on every page, in Jira's light and dark theme,
 * as Chromium lays them out with AUI's CSS and without AUI's script (which would draw glyphs over inputs AUI's CSS
 * hides), computed by {@code rendered-controls.js}. Each page is loaded once, in light, then switched to dark in place
 * (the {@code data-color-mode} of {@code <html>}, all a dark page differs by), which halves the test's time.
 */
public class DrawnControlsBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final String CHECK = ContrastBrowserTest.testScript("rendered-controls.js");

    /** The pages a link opens to anyone who holds it: whole documents of their own, without AUI or a theme. */
    private static List<String> openPages;

    @BeforeClass
    public static void makeAStatusLinkAndAnUnsubscribeLink() {
        IssueKey issue = IssueKey.parse("NET-101");
        FakeAccess salesperson = FakeAccess.named(Role.SALESPERSON.label()).asSales().browses(issue.toString());
        StatusLinkToken statusLink = WORKBENCH.server().statusLinks()
                .create(salesperson, new StatusLinkScope.OneIssue(issue), 30, false).orElseThrow().token();
        StatusLinkToken unsubscribeLink = StatusLinkToken.generate(new SecureRandom());
        // Issued at the demo's noon, where the workbench's clock stands, so the link is fresh.
        WORKBENCH.server().subscriptions().addToken(unsubscribeLink.hash(), new EmailAddress("jan@acme.example"),
                Instant.parse("2026-03-02T12:00:00Z"));
        openPages = List.of(StatusLinkRequests.PATH + statusLink.text(),
                UnsubscribeRequests.PATH + unsubscribeLink.text());
    }

    @Test
    public void everyControl_itsLabels_andEveryLegend_areDrawnOnEveryPage_inTheLightAndTheDarkTheme() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        BROWSER.open("/?theme=" + Theme.LIGHT.parameter());
        for (String page : Stream.concat(ContrastBrowserTest.PAGES.stream(), openPages.stream()).toList()) {
            BROWSER.open(page);
            Number status = (Number) BROWSER.script(
                    "return performance.getEntriesByType('navigation')[0].responseStatus;");
            boolean refusal = page.endsWith("role=technician") && page.contains("/sales/commitments");
            assertEquals(page + " answered " + status, refusal ? 403 : 200, status.intValue());
            boolean themed = !openPages.contains(page);
            for (Theme theme : themed ? List.of(Theme.LIGHT, Theme.DARK) : List.of(Theme.LIGHT)) {
                if (theme == Theme.DARK) {
                    // In place, without a reload: this attribute is all the workbench's dark page differs by.
                    BROWSER.script("document.documentElement.dataset.colorMode = 'dark';");
                }
                if (themed) {
                    // The theme's --ds-surface: #ffffff in light, #1d2125 in dark.
                    assertEquals(theme.parameter() + " " + page,
                            theme == Theme.DARK ? "rgb(29, 33, 37)" : "rgb(255, 255, 255)",
                            BROWSER.script("return getComputedStyle(document.body).backgroundColor;"));
                }
                Map<?, ?> result = (Map<?, ?>) BROWSER.script(CHECK);
                checked += ((Number) result.get("checked")).intValue();
                for (Object failure : (List<?>) result.get("failures")) {
                    failures.add(theme.parameter() + " " + page + ": " + failure);
                }
            }
        }

        assertEquals(String.join("\n", failures), List.of(), failures);
        assertTrue("checked " + checked + " controls, labels and legends", checked >= 200);
    }

    /**
     * The check's negative control: in an AUI form, a legend outside a group fieldset, a checkbox inside a
     * {@code .checkbox} and a radio inside a {@code .radio} (as AUI's markup has them, without AUI's script) are
     * reported, as are a hidden input, a label without text and a transparent button; a plain checkbox beside its
     * label and a group's legend are not.
     */
    @Test
    public void theCheck_reportsWhatAuiHidesWithoutItsScript_andPassesPlainControls() {
        BROWSER.open("/plugins/servlet/promisedesk/admin/policies?role=admin&theme=light");
        BROWSER.script("""
                document.querySelector('main').insertAdjacentHTML('afterbegin', `
                  <form class="aui top-label" id="probe">
                    <fieldset id="probe-set"><legend id="probe-legend">hidden name</legend>
                      <div class="checkbox"><input class="checkbox" type="checkbox" id="probe-box">
                        <label for="probe-box" id="probe-box-label">ticked</label></div>
                      <div class="radio"><input class="radio" type="radio" id="probe-radio" name="probe">
                        <label for="probe-radio">chosen</label></div>
                    </fieldset>
                    <fieldset class="group"><legend id="probe-shown">shown name</legend>
                      <p><input type="checkbox" id="probe-plain"> <label for="probe-plain">plain</label></p>
                      <p><input type="text" id="probe-gone" style="visibility: hidden"></p>
                      <p><label for="probe-empty" id="probe-empty-label"></label>
                        <input type="text" id="probe-empty"></p>
                      <button type="button" id="probe-faded" style="opacity: 0">faded</button>
                    </fieldset>
                  </form>`);""");

        List<?> failures = (List<?>) ((Map<?, ?>) BROWSER.script(CHECK)).get("failures");

        List<?> probes = failures.stream().filter(failure -> failure.toString().contains("#probe")).toList();
        assertEquals(List.of(
                "control input#probe-box.checkbox: clip: rect(0px, 0px, 0px, 0px)",
                "control input#probe-radio.radio: clip: rect(0px, 0px, 0px, 0px)",
                "control input#probe-gone: visibility: hidden",
                "control button#probe-faded: opacity: 0",
                "label label#probe-empty-label \"\": no text",
                "legend legend#probe-legend \"hidden name\": display: none"), probes);
        assertEquals("the page's own controls are drawn", probes, failures);
    }
}
