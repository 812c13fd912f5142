package io.promisedesk.workbench;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Keyboard only: from the top of an issue page, Tab reaches every link and control, the header's role switch and the
 * overcommit panel's contributor links among them, then the ETA form's date, reason and button, in reading order;
 * checked through {@code document.activeElement}; on every admin page, every link and control of the admin's section;
 * on the sales view the commitment form's date, customer, note and both buttons, where Enter in a field checks
 * the date and Enter on "Save the commitment" saves it; and the ask form's urgency (one Tab stop, chosen with the
 * arrow keys), customer, question and button, where Enter on the button asks.
 */
@RunWith(InBothThemes.class)
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

    private static final String SALES_VIEW = "/plugins/servlet/promisedesk/sales/issue/NET-101";
    /** Another issue, so that the commitment saved on NET-101 by another test changes nothing here. */
    private static final String ASK_ISSUE = "NET-103";
    private static final String ASK_VIEW = "/plugins/servlet/promisedesk/sales/issue/" + ASK_ISSUE;

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

    @Test
    public void tab_reachesTheCommitmentFormsControls_inOrder_andEnterChecksTheDate_whileTheSaveButtonSaves() {
        BROWSER.open(SALES_VIEW + "?role=salesperson");
        assertEquals("body", BROWSER.script(DESCRIBE));
        List<String> form = described("#promisedesk-commitment-date, #promisedesk-commitment-customer,"
                + " #promisedesk-commitment-note, #promisedesk-commitment-addresses,"
                + " #promisedesk-commitment-address-language, .promisedesk-commitment-form__check,"
                + " .promisedesk-commitment-form__save");
        assertEquals(7, form.size());
        // Up to the form's last control: what follows it (the ask form) is not this test's.
        List<String> all = focusable();
        List<String> expected = all.subList(0, all.indexOf(form.get(form.size() - 1)) + 1);

        List<String> focused = tabThrough(expected.size());

        assertEquals(expected, focused);
        assertInOrder(focused, form);
        assertTrue(focused.indexOf(form.get(0)) > focused.indexOf(described(".workbench-roles a").get(3)));

        // Back to the customer, typed over (Tab selects a text field's value), then Enter: the first button checks.
        Actions back = new Actions(BROWSER.driver());
        for (int presses = 0; presses < form.size() - 2; presses++) {
            back.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT);
        }
        back.perform();
        assertEquals(form.get(1), BROWSER.script(DESCRIBE));
        String current = BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentCommitment")).getText();
        new Actions(BROWSER.driver()).sendKeys("Initech" + Keys.ENTER).perform();
        WebElement answer = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-commitment-answer")));

        assertTrue(answer.getText(), answer.getText().startsWith("The team can"));
        assertEquals("Initech", BROWSER.driver().findElement(By.id("promisedesk-commitment-customer")).getAttribute("value"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-commitment-form__confirmation")).isEmpty());
        assertEquals(current, BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--currentCommitment")).getText());

        // Keyboard only again, from the top of the answer page to "Save the commitment", then Enter.
        String save = described(".promisedesk-commitment-form__save").get(0);
        List<String> toSave = tabUntil(save, focusable().size());
        assertEquals(save, toSave.get(toSave.size() - 1));
        new Actions(BROWSER.driver()).sendKeys(Keys.ENTER).perform();
        WebElement confirmation = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-commitment-form__confirmation")));

        assertTrue(confirmation.getText(), confirmation.getText().startsWith("Saved. Promised for ")
                && confirmation.getText().endsWith(" to Initech."));
        assertEquals("Initech", BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--customer")).getText());
    }

    @Test
    public void tab_reachesTheAskFormsControls_inOrder_arrowsChooseTheUrgency_andEnterOnTheButtonAsks() throws Exception {
        BROWSER.open(ASK_VIEW + "?role=salesperson");
        assertEquals("body", BROWSER.script(DESCRIBE));
        List<String> radios = described(".promisedesk-ask-form input[type=radio]");
        assertEquals(3, radios.size());
        List<String> form = described(".promisedesk-ask-form input[type=radio], #promisedesk-ask-customer,"
                + " #promisedesk-ask-question, .promisedesk-ask-form__submit");
        // A radio group is one Tab stop: with none chosen, its first radio; the arrow keys move within it.
        List<String> expected = new ArrayList<>(focusable());
        expected.removeAll(radios.subList(1, radios.size()));
        String submit = form.get(form.size() - 1);
        expected = expected.subList(0, expected.indexOf(submit) + 1);

        List<String> focused = tabUntil(submit, expected.size());

        assertEquals(expected, focused);
        assertInOrder(focused, List.of(radios.get(0), form.get(3), form.get(4), submit));

        // Back to the urgency, keyboard only: the arrow chooses "This week"; then the customer and the question.
        Actions back = new Actions(BROWSER.driver());
        for (int presses = 0; presses < 3; presses++) {
            back.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT);
        }
        back.perform();
        assertEquals(radios.get(0), BROWSER.script(DESCRIBE));
        new Actions(BROWSER.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals(radios.get(1), BROWSER.script(DESCRIBE));
        assertTrue(BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form input[value=this-week]")).isSelected());
        // Tab selects a text field's value, so typing replaces the commitment's customer.
        new Actions(BROWSER.driver()).sendKeys(Keys.TAB).sendKeys("Initech").sendKeys(Keys.TAB)
                .sendKeys("Can the firmware part come sooner?").sendKeys(Keys.TAB).perform();
        assertEquals(submit, BROWSER.script(DESCRIBE));
        new Actions(BROWSER.driver()).sendKeys(Keys.ENTER).perform();
        WebElement confirmation = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-ask-form__confirmation")));

        assertTrue(confirmation.getText(), confirmation.getText().startsWith("Asked. Your request"));
        Document inbox = WORKBENCH.page("/plugins/servlet/promisedesk/inbox/network?role=technician");
        Element asked = inbox.selectFirst("tr[data-issue=" + ASK_ISSUE + "]");
        assertTrue(inbox.body().html(), asked != null && asked.text().contains("Initech")
                && asked.text().contains("Can the firmware part come sooner?"));
    }

    /** Presses Tab until {@code target} has the focus, or {@code limit} times three presses; the elements focused. */
    private static List<String> tabUntil(String target, int limit) {
        List<String> focused = new ArrayList<>();
        for (int presses = 0; !focused.contains(target) && presses < limit * 3; presses++) {
            new Actions(BROWSER.driver()).sendKeys(Keys.TAB).perform();
            String now = (String) BROWSER.script(DESCRIBE);
            if (focused.isEmpty() || !focused.get(focused.size() - 1).equals(now)) {
                focused.add(now);
            }
        }
        return focused;
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
