package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * ETA requests on the demo data in headless Chromium: a salesperson asks twice for one issue, the technician finds one
 * request with both asks in the team's inbox, ahead of a "no rush" one, and answers it by setting the ETA there; a bad
 * ask is refused beside its field with what was typed kept; each role meets the pages it should. Saves
 * {@code eta-ask.png} and {@code eta-inbox.png}.
 */
@RunWith(InBothThemes.class)
public class EtaInboxBrowserTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @ClassRule
    public static final BrowserSession BROWSER = new BrowserSession(WORKBENCH);

    private static final String NETWORK_INBOX = "/plugins/servlet/promisedesk/inbox/network";

    @Test
    public void salesperson_asksTwice_technicianSeesOneRequestWithBoth_andAnswersItBySettingTheEta() throws Exception {
        BROWSER.open(NETWORK_INBOX + "?role=technician");
        List<String> waiting = BROWSER.driver().findElements(By.cssSelector("tr.promisedesk-inbox__request")).stream()
                .map(row -> row.getAttribute("data-issue")).toList();
        BROWSER.open("/?role=technician");
        // A committed issue of the team nobody asked about yet, promised to a named customer.
        String key = BROWSER.driver().findElements(By.cssSelector("#team-network .workbench-commitments tbody tr")).stream()
                .filter(each -> each.findElements(By.tagName("td")).get(2).getText().contains(", "))
                .map(each -> each.findElement(By.tagName("a")).getText())
                .filter(each -> !waiting.contains(each)).findFirst().orElseThrow();

        BROWSER.open("/plugins/servlet/promisedesk/sales/issue/" + key + "?role=salesperson");
        String customer = value("promisedesk-ask-customer");
        assertFalse(customer.isEmpty());
        BROWSER.driver().findElement(By.cssSelector("label[for=promisedesk-ask-urgency-this-week]")).click();
        BROWSER.driver().findElement(By.id("promisedesk-ask-question")).sendKeys("Before the steering meeting?");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form__submit")).click();
        WebElement first = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-ask-form__confirmation")));
        assertEquals("Asked. Your request is in the ETA inbox of the team; it answers in its next batch.", first.getText());

        BROWSER.driver().findElement(By.cssSelector("label[for=promisedesk-ask-urgency-today]")).click();
        BROWSER.driver().findElement(By.id("promisedesk-ask-customer")).clear();
        BROWSER.driver().findElement(By.id("promisedesk-ask-customer")).sendKeys("Initech");
        BROWSER.driver().findElement(By.id("promisedesk-ask-question")).sendKeys("Can it ship with the firmware update?");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form__submit")).click();
        BROWSER.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".promisedesk-ask-form__confirmation"), "joins 1 other"));
        assertEquals("Asked. Your request joins 1 other waiting for this ETA; the team answers them together in its next"
                + " batch.", BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form__confirmation")).getText());
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})",
                BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form")));
        BROWSER.savedScreenshot("eta-ask");

        BROWSER.open("/?role=technician");
        BROWSER.driver().findElement(By.xpath("//a[contains(@class,'workbench-inbox-link')][text()='Network engineering']"))
                .click();
        WebElement row = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr[data-issue='" + key + "']")));
        assertEquals(1, BROWSER.driver().findElements(By.cssSelector("tr[data-issue='" + key + "']")).size());
        assertEquals("Today", row.findElement(By.cssSelector(".promisedesk-inbox__urgency")).getText());
        assertEquals(customer + ", Initech", row.findElement(By.cssSelector(".promisedesk-inbox__customers")).getText());
        assertEquals("2 asks by Salesperson", row.findElement(By.cssSelector(".promisedesk-inbox__asks")).getText());
        assertEquals(List.of("Before the steering meeting?", "Can it ship with the firmware update?"),
                row.findElements(By.cssSelector(".promisedesk-inbox__question")).stream().map(WebElement::getText).toList());
        List<String> order = BROWSER.driver().findElements(By.cssSelector("tr.promisedesk-inbox__request")).stream()
                .map(each -> each.getAttribute("data-issue")).toList();
        String noRush = BROWSER.driver().findElement(By.cssSelector("tr.promisedesk-inbox__request--no-rush"))
                .getAttribute("data-issue");
        assertTrue(order.toString(), order.indexOf(key) < order.indexOf(noRush));
        BROWSER.savedScreenshot("eta-inbox");

        WebElement eta = row.findElement(By.cssSelector("input[name=eta]"));
        String shownEta = eta.getAttribute("value");
        LocalDate later = (shownEta.isEmpty() ? LocalDate.parse("2026-03-02") : LocalDate.parse(shownEta)).plusWeeks(1);
        BROWSER.script("arguments[0].value = arguments[1]", eta, later.toString());
        row.findElement(By.cssSelector("textarea[name=reason]")).sendKeys("The firmware arrives a week later");
        row.findElement(By.cssSelector(".promisedesk-inbox__submit")).click();
        WebElement saved = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".promisedesk-inbox__confirmation")));

        assertTrue(saved.getText(), saved.getText().startsWith("Saved. The ETA of " + key + " is now "));
        assertTrue(BROWSER.driver().findElements(By.cssSelector("tr[data-issue='" + key + "']")).isEmpty());
        assertTrue(BROWSER.driver().findElement(By.cssSelector("dd.promisedesk-fact--medianWait")).getText()
                .endsWith("over 1 request answered in the last 30 days"));
        BROWSER.open("/browse/" + key);
        assertEquals(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(later),
                BROWSER.driver().findElement(By.cssSelector("dd.workbench-field--eta")).getText());
    }

    @Test
    public void badAsks_areRefusedBesideTheirField_keepingWhatWasTyped() throws Exception {
        BROWSER.open("/plugins/servlet/promisedesk/sales/issue/SD-101?role=salesperson");
        BROWSER.driver().findElement(By.id("promisedesk-ask-customer")).clear();
        BROWSER.driver().findElement(By.id("promisedesk-ask-customer")).sendKeys("Umbrella");
        BROWSER.driver().findElement(By.id("promisedesk-ask-question")).sendKeys("Is April realistic?");
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form__submit")).click();
        WebElement urgencyError = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-ask-urgency-error")));

        assertEquals("Choose how soon you need the ETA.", urgencyError.getText());
        assertEquals(BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form__field--urgency")),
                urgencyError.findElement(By.xpath("..")));
        assertEquals("Is April realistic?", value("promisedesk-ask-question"));
        assertEquals("Umbrella", value("promisedesk-ask-customer"));

        BROWSER.driver().findElement(By.cssSelector("label[for=promisedesk-ask-urgency-no-rush]")).click();
        // The textarea stops typing at 1,000 characters; a script, as a tampered form would, sends more.
        String tooLong = "Is April realistic? ".repeat(50) + "Or May?";
        BROWSER.script("arguments[0].value = arguments[1]",
                BROWSER.driver().findElement(By.id("promisedesk-ask-question")), tooLong);
        BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form__submit")).click();
        WebElement questionError = BROWSER.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("promisedesk-ask-question-error")));

        assertEquals("Use at most 1,000 characters; this has 1,007.", questionError.getText());
        assertEquals(BROWSER.driver().findElement(By.cssSelector(".promisedesk-ask-form__field--question")),
                questionError.findElement(By.xpath("..")));
        assertEquals("true", BROWSER.driver().findElement(By.id("promisedesk-ask-question")).getAttribute("aria-invalid"));
        assertEquals(tooLong, value("promisedesk-ask-question"));
        assertEquals("Umbrella", value("promisedesk-ask-customer"));
        assertTrue(BROWSER.driver().findElement(By.id("promisedesk-ask-urgency-no-rush")).isSelected());
        assertTrue(BROWSER.driver().findElements(By.id("promisedesk-ask-urgency-error")).isEmpty());
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".promisedesk-ask-form__waiting")).isEmpty());
    }

    @Test
    public void roles_meetOnlyTheirPages_andFormsNeedTheirRoleAndToken() throws Exception {
        for (String role : List.of("salesperson", "none")) {
            BROWSER.open(NETWORK_INBOX + "?role=" + role);
            assertEquals(role, "Not allowed", BROWSER.driver().findElement(By.tagName("h1")).getText());
            assertEquals(403, WORKBENCH.get(NETWORK_INBOX + "?role=" + role).statusCode());
        }
        BROWSER.open(NETWORK_INBOX + "?role=admin");
        assertEquals("ETA inbox of Network engineering", BROWSER.driver().findElement(By.tagName("h1")).getText());
        assertEquals(404, WORKBENCH.get("/plugins/servlet/promisedesk/inbox/no-such-team?role=technician").statusCode());
        BROWSER.open("/?role=salesperson");
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".workbench-inbox-link")).isEmpty());

        String token = BROWSER.driver().manage().getCookieNamed(WorkbenchServlet.XSRF_COOKIE).getValue();
        String ask = "/plugins/servlet/promisedesk/sales/eta-request/NET-101";
        String answer = NETWORK_INBOX;
        assertEquals(403, post(ask, "technician", token, "urgency=today&customer=Acme&atl_token=" + token).statusCode());
        assertEquals(403, post(ask, "salesperson", token, "urgency=today&customer=Acme").statusCode());
        assertEquals(403, post(ask, "salesperson", token, "urgency=today&customer=Acme&atl_token=wrong").statusCode());
        assertEquals(403, post(answer, "salesperson", token, "issue=NET-101&eta=2026-06-01&atl_token=" + token).statusCode());
        assertEquals(403, post(answer, "technician", token, "issue=NET-101&eta=2026-06-01").statusCode());
        HttpResponse<String> otherTeam = post(answer, "technician", token, "issue=SD-101&eta=2026-06-01&atl_token=" + token);
        assertEquals(404, otherTeam.statusCode());
        HttpResponse<String> asked = post(ask, "salesperson", token, "urgency=no-rush&customer=Acme&atl_token=" + token);
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("promisedesk-ask-form__confirmation"));
    }

    private static HttpResponse<String> post(String path, String role, String token, String body) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(WORKBENCH.server().uri().resolve(path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", WorkbenchServlet.ROLE_COOKIE + "=" + role + "; " + WorkbenchServlet.XSRF_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
    }

    private static String value(String id) {
        return BROWSER.driver().findElement(By.id(id)).getAttribute("value");
    }
}
