package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * WCAG AA contrast of every text against its background on every page, in Jira's light and dark theme, computed by
 * Chromium from the rendered styles (AUI, its design tokens, the workbench's chrome and the plugin's stylesheet).
 */
public class ContrastBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    /** The check, for a page the browser test has brought into a state a GET cannot (a form's answer). */
    static final String CHECK = testScript("rendered-contrast.js");

    /** One of each page the plugin or the workbench shows, with the role that sees it. */
    static final List<String> PAGES = List.of(
            "/?role=technician",
            "/browse/FO-135?role=technician",
            "/browse/FO-135?role=salesperson",
            "/browse/FO-135?role=none",
            "/plugins/servlet/promisedesk/sales/issue/FO-135?role=salesperson",
            "/plugins/servlet/promisedesk/sales/commitments?role=salesperson",
            "/plugins/servlet/promisedesk/eta/FO-135?role=technician",
            "/plugins/servlet/promisedesk/chart/FO-135?role=technician",
            "/plugins/servlet/promisedesk/inbox?role=technician",
            "/plugins/servlet/promisedesk/inbox/network?role=technician",
            "/plugins/servlet/promisedesk/review?role=technician",
            "/plugins/servlet/promisedesk/review?customer=Acme&role=technician",
            "/plugins/servlet/promisedesk/digest?role=salesperson",
            "/plugins/servlet/promisedesk/review?customer=Acme&role=salesperson",
            "/plugins/servlet/promisedesk/links?role=salesperson",
            "/workbench/outbox?role=admin",
            "/plugins/servlet/promisedesk/admin?role=admin",
            "/plugins/servlet/promisedesk/admin/team/new?role=admin",
            "/plugins/servlet/promisedesk/admin/team/network?role=admin",
            "/plugins/servlet/promisedesk/admin/team/network/delete?role=admin",
            "/plugins/servlet/promisedesk/admin/team/network/preview?role=admin",
            "/plugins/servlet/promisedesk/admin/team/network/preview?role=admin&absentMember=nobody&from=2026-03-13&to=2026-03-02",
            "/plugins/servlet/promisedesk/admin/phrases?role=admin",
            "/plugins/servlet/promisedesk/admin/sales-groups?role=admin",
            "/plugins/servlet/promisedesk/admin/policies?role=admin",
            "/plugins/servlet/promisedesk/admin/health?role=admin",
            "/plugins/servlet/promisedesk/sales/commitments?role=technician");

    @Test
    public void everyTextOnEveryPage_meetsWcagAa_inTheLightAndTheDarkTheme() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (String page : PAGES) {
                HttpResponse<String> answer = WORKBENCH.get(page);
                assertTrue(page + " answered " + answer.statusCode(), answer.statusCode() == 200
                        || page.endsWith("role=technician") && page.contains("/sales/commitments") && answer.statusCode() == 403);
                BROWSER.open(page + "&theme=" + theme.parameter());
                assertEquals(theme.parameter(), BROWSER.script("return document.documentElement.dataset.colorMode;"));
                // The theme's --ds-surface: #ffffff in light, #1d2125 in dark.
                assertEquals(page, theme == Theme.DARK ? "rgb(29, 33, 37)" : "rgb(255, 255, 255)",
                        BROWSER.script("return getComputedStyle(document.body).backgroundColor;"));
                Map<?, ?> result = (Map<?, ?>) BROWSER.script(CHECK);
                assertTrue(page + " measured " + result.get("checked"), ((Number) result.get("checked")).intValue() >= 10);
                for (Object failure : (List<?>) result.get("failures")) {
                    failures.add(theme.parameter() + " " + page + ": " + failure);
                }
            }
        }

        assertEquals(String.join("\n", failures), List.of(), failures);
    }

    /** The check's negative control: grey on grey is caught with its ratio, dark on white and disabled text are not. */
    @Test
    public void theCheck_reportsLowContrastText_andPassesReadableAndDisabledText() {
        BROWSER.open("/?role=technician&theme=light");
        BROWSER.script("""
                const low = document.createElement('p'); low.id = 'probe-low'; low.textContent = 'hard to read';
                low.style.color = '#777777'; low.style.backgroundColor = '#888888';
                const fine = document.createElement('p'); fine.id = 'probe-fine'; fine.textContent = 'easy to read';
                fine.style.color = '#172b4d'; fine.style.backgroundColor = '#ffffff';
                const faint = document.createElement('p'); faint.id = 'probe-faint'; faint.textContent = 'half there';
                faint.style.color = 'rgba(23, 43, 77, 0.2)';
                const off = document.createElement('button'); off.id = 'probe-off'; off.disabled = true; off.textContent = 'off';
                off.style.color = '#dddddd'; off.style.backgroundColor = '#ffffff';
                document.querySelector('main').prepend(low, fine, faint, off);""");

        List<?> failures = (List<?>) ((Map<?, ?>) BROWSER.script(CHECK)).get("failures");

        assertEquals(List.of("p#probe-low \"hard to read\": #777777 on #888888 is 1.26:1, needs 4.5:1",
                "p#probe-faint \"half there\": #d1d5db on #ffffff is 1.48:1, needs 4.5:1"), failures);
    }

    /** A script of this package's test resources, for Chromium to run. */
    static String testScript(String name) {
        try (InputStream in = ContrastBrowserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
