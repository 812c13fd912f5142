package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Keyboard only: from the top of an issue page, Tab reaches every link and control, the header's role switch and the
 * overcommit panel's contributor links among them, then the ETA form's date, reason and button, in reading order;
 * checked through {@code document.activeElement}; and on every admin page, every link and control of the admin's section.
 */
public class KeyboardNavigationBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    /** How a focused element is named in the assertions: tag, text and target, and its id when it has one. */
    private static final String DESCRIBE = "const e = arguments[0] || document.activeElement;"
            + " return e === document.body || e === null ? 'body'"
            + " : e.tagName.toLowerCase() + ' \"' + e.textContent.trim() + '\" ' + (e.getAttribute('href') || '')"
            + " + (e.id ? ' #' + e.id : '');";
    /** Everything a keyboard user must be able to reach, in document order. */
    private static final String FOCUSABLE = "return Array.from(document.querySelectorAll("
            + "'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex=\"-1\"])'))"
            + ".filter(e => !e.disabled && e.getClientRects().length > 0)";

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    @Test
    public void tab_reachesTheRoleSwitch_thenThePanelsContributorLinks_inOrder() throws Exception {
        String key = WORKBENCH.page("/").selectFirst("#team-field-ops td.promisedesk-level--overcommitted")
                .parent().selectFirst("a").text();
        BROWSER.open("/browse/" + key + "?role=technician");
        assertEquals("body", BROWSER.script(DESCRIBE));

        List<String> expected = focusable();
        List<String> focused = new ArrayList<>();
        // A date input takes one Tab per part (day, month, year) and stays the focused element meanwhile: counted once.
        for (int presses = 0; focused.size() < expected.size() && presses < expected.size() * 3; presses++) {
            new Actions(BROWSER.driver()).sendKeys(Keys.TAB).perform();
            String now = (String) BROWSER.script(DESCRIBE);
            if (focused.isEmpty() || !focused.get(focused.size() - 1).equals(now)) {
                focused.add(now);
            }
        }

        assertEquals(expected, focused);
        List<String> roleSwitch = described(".workbench-roles a");
        List<String> contributors = described("#promisedesk-overcommit-panel a.promisedesk-contributor__key");
        assertEquals(List.of("a \"Salesperson\" /browse/" + key + "?role=salesperson",
                "a \"Technician\" /browse/" + key + "?role=technician",
                "a \"Jira admin\" /browse/" + key + "?role=admin",
                "a \"No Promise Desk role\" /browse/" + key + "?role=none"), roleSwitch);
        assertTrue(contributors.toString(), contributors.size() >= 2);
        assertTrue(contributors.contains("a \"" + key + "\" /browse/" + key));
        assertInOrder(focused, roleSwitch);
        assertInOrder(focused, contributors);
        assertTrue(focused.indexOf(roleSwitch.get(roleSwitch.size() - 1)) < focused.indexOf(contributors.get(0)));
        List<String> etaForm = described("#promisedesk-eta-date, #promisedesk-eta-reason, .promisedesk-eta-form__submit");
        assertEquals(3, etaForm.size());
        assertInOrder(focused, etaForm);
        assertTrue(focused.indexOf(contributors.get(contributors.size() - 1)) < focused.indexOf(etaForm.get(0)));
    }

    @Test
    public void tab_reachesEveryAdminControl_onEachAdminPage_inOrder() throws Exception {
        for (String page : List.of("/plugins/servlet/promisedesk/admin", "/plugins/servlet/promisedesk/admin/team/new",
                "/plugins/servlet/promisedesk/admin/team/service-desk",
                "/plugins/servlet/promisedesk/admin/team/service-desk/delete",
                "/plugins/servlet/promisedesk/admin/phrases", "/plugins/servlet/promisedesk/admin/sales-groups")) {
            BROWSER.open(page + "?role=admin");
            assertEquals(page, "body", BROWSER.script(DESCRIBE));

            List<String> expected = focusable();
            List<String> focused = tabThrough(expected.size());

            assertEquals(page, expected, focused);
            List<String> controls = described("section.promisedesk-admin a, section.promisedesk-admin input:not([type=hidden]),"
                    + " section.promisedesk-admin select, section.promisedesk-admin textarea, section.promisedesk-admin button");
            assertTrue(page + " " + controls, controls.size() >= 4);
            assertInOrder(focused, controls);
        }
    }

    /** Presses Tab until {@code count} distinct elements had the focus, each once, or three times as many presses. */
    private static List<String> tabThrough(int count) {
        List<String> focused = new ArrayList<>();
        for (int presses = 0; focused.size() < count && presses < count * 3; presses++) {
            new Actions(BROWSER.driver()).sendKeys(Keys.TAB).perform();
            String now = (String) BROWSER.script(DESCRIBE);
            if (focused.isEmpty() || !focused.get(focused.size() - 1).equals(now)) {
                focused.add(now);
            }
        }
        return focused;
    }

    private static List<String> focusable() {
        return describe(BROWSER.script(FOCUSABLE));
    }

    private static List<String> described(String css) {
        return describe(BROWSER.script("return Array.from(document.querySelectorAll(arguments[0]))", css));
    }

    private static List<String> describe(Object elements) {
        List<String> names = new ArrayList<>();
        for (Object element : (List<?>) elements) {
            names.add((String) BROWSER.script(DESCRIBE, element));
        }
        return names;
    }

    /** {@code part} appears in {@code whole} as consecutive focus steps, in its own order. */
    private static void assertInOrder(List<String> whole, List<String> part) {
        int start = whole.indexOf(part.get(0));
        assertTrue(part + " not reached in " + whole, start >= 0 && start + part.size() <= whole.size());
        assertEquals(part, whole.subList(start, start + part.size()));
    }
}
