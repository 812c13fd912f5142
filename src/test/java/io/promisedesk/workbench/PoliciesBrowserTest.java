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
 * The admin's Policies page in headless Chromium: its groups' names and the links switch are drawn; a domain list with a typo (two dots in a row) is refused beside the field with what was
 * typed kept, the corrected list is saved, and a salesperson's commitment then refuses an address at another domain
 * and takes one at the allowed domain. Saves {@code admin-policies.png}.
 */
@RunWith(InBothThemes.class)
public class PoliciesBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final String POLICIES = "/plugins/servlet/promisedesk/admin/policies";
    private static final String DOMAINS = "promisedesk-policies-allowedEmailDomains";
    private static final String SALES_VIEW = "/plugins/servlet/promisedesk/sales/issue/NET-101";

    @Test
    public void everyGroupsName_andTheLinksSwitch_areVisible() throws Exception {
        BROWSER.open(POLICIES + "?role=admin");

        List<WebElement> legends = BROWSER.driver().findElements(By.cssSelector("form.promisedesk-policies legend"));
        assertEquals(List.of("Freshness of the figures", "Read-only status links", "E-mail addresses on commitments"),
                legends.stream().map(WebElement::getText).toList());
        WebElement box = BROWSER.driver().findElement(By.id("promisedesk-policies-statusLinksEnabled"));
        assertTrue("the box is drawn", box.isDisplayed() && box.getSize().getWidth() > 5 && box.getSize().getHeight() > 5);
        box.click();
        assertEquals("a click on it unticks it", false, box.isSelected());
    }

    @Test
    public void anAdminAllowsOneDomain_andTheSalesFormThenRefusesAddressesElsewhere() throws Exception {
        BROWSER.open(POLICIES + "?role=admin");
        typeDomains("acme.example\nglobex..example");
        save();
        WebElement error = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id(DOMAINS + "-error")));
        assertEquals("\"globex..example\" is not a domain name; write domains such as example.com.", error.getText());
        assertEquals("acme.example\nglobex..example", domains().getAttribute("value"));
        assertEquals("true", domains().getAttribute("aria-invalid"));

        typeDomains("acme.example");
        save();
        WebElement notice = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-admin__notice")));
        assertTrue(notice.getAttribute("class"), notice.getAttribute("class").contains("aui-message-success"));
        assertEquals("acme.example", domains().getAttribute("value"));
        assertEquals(List.of(), BROWSER.driver().findElements(By.id(DOMAINS + "-error")));
        BROWSER.savedScreenshot("admin-policies");

        BROWSER.open(SALES_VIEW + "?role=salesperson");
        typeAddresses("bob@globex.example");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__save")).click();
        WebElement refused = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-commitment-addresses-error")));
        assertEquals("bob@globex.example is not at a domain your administrator allows; use an address at acme.example.",
                refused.getText());
        assertEquals("bob@globex.example",
                BROWSER.driver().findElement(By.id("promisedesk-commitment-addresses")).getAttribute("value").strip());

        typeAddresses("jan@acme.example");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-commitment-form__save")).click();
        BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-commitment-form__confirmation")));
        assertEquals(List.of("jan@acme.example"), BROWSER.driver()
                .findElements(By.cssSelector(".promisedesk-sales-issue__address")).stream()
                .map(WebElement::getText).toList());
    }

    private static WebElement domains() {
        return BROWSER.driver().findElement(By.id(DOMAINS));
    }

    private static void typeDomains(String text) {
        domains().clear();
        domains().sendKeys(text);
    }

    private static void typeAddresses(String text) {
        WebElement addresses = BROWSER.driver().findElement(By.id("promisedesk-commitment-addresses"));
        addresses.clear();
        addresses.sendKeys(text);
    }

    private static void save() {
        WebElement button = BROWSER.driver().findElement(By.cssSelector("form.promisedesk-policies button[type=submit],"
                + " form.promisedesk-policies input[type=submit]"));
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }
}
