package io.promisedesk.jira.servlet;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.promisedesk.addressmail.InMemoryAddressSubscriptions;
import io.promisedesk.addressmail.Unsubscribe;
import io.promisedesk.addressmail.UnsubscribeLink;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.statuslink.StatusLinkToken;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;
import org.w3c.dom.Element;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The unsubscribe servlet as Jira runs it: served at the links' path without a login, a GET only asks (mail scanners
 * fetch links), a POST unsubscribes at once, and anything that is not a link a mail carried gets one neutral page;
 * every answer carries the protective headers.
 */
public class UnsubscribeServletTest {
    private static final EmailAddress JAN = new EmailAddress("jan@acme.example");

    private final InMemoryAddressSubscriptions subscriptions = new InMemoryAddressSubscriptions();
    private final UnsubscribeServlet servlet = new UnsubscribeServlet(
            new UnsubscribeRequests(new Unsubscribe(subscriptions, MutableClock.at("2025-03-18T09:00:00Z"))),
            (template, context, writer) -> writer.write(JiraLikeVelocity.render(template, context)),
            fake(JiraAuthenticationContext.class, Map.of("getLocale", returns(Locale.ENGLISH))));
    private final StatusLinkToken token = StatusLinkToken.generate(new SecureRandom());
    private Map<String, Object> response = new HashMap<>();
    private StringWriter body = new StringWriter();

    @Test
    public void theDescriptorServesTheLinksPath_withThisServlet_openWithoutLogin() {
        Element module = PluginDescriptor.module(PluginDescriptor.descriptor(), "promisedesk-unsubscribe-servlet")
                .orElseThrow();

        assertEquals(UnsubscribeServlet.class.getName(), module.getAttribute("class"));
        assertEquals(List.of(UnsubscribeRequests.PATH + "*"), PluginDescriptor.elements(module, "url-pattern").stream()
                .map(pattern -> "/plugins/servlet" + pattern.getTextContent().strip()).toList());
        assertNotNull(UnsubscribeServlet.class.getAnnotation(UnrestrictedAccess.class));
    }

    @Test
    public void aGet_asksWithAButtonThatPostsBack_andUnsubscribesNothing() throws Exception {
        subscriptions.addToken(token.hash(), JAN, Instant.parse("2025-03-18T07:05:00Z"));

        servlet.doGet(request("GET", token.text()), response());

        assertEquals(200, response.get("status"));
        UnsubscribeRequests.HEADERS.forEach((name, value) -> assertEquals(name, value, response.get(name)));
        Document page = Jsoup.parse(body.toString());
        assertEquals("Stop the mails about promised issues to jan@acme.example?",
                page.selectFirst(".promisedesk-unsubscribe__text").text());
        assertEquals("post", page.selectFirst("form").attr("method"));
        assertEquals(token.text(), page.selectFirst("form").attr("action"));
        assertFalse(subscriptions.isUnsubscribed(JAN));
    }

    @Test
    public void aPost_unsubscribesAtOnce_andSaysSo() throws Exception {
        subscriptions.addToken(token.hash(), JAN, Instant.parse("2025-03-18T07:05:00Z"));

        servlet.doPost(request("POST", token.text()), response());

        assertEquals(200, response.get("status"));
        assertTrue(subscriptions.isUnsubscribed(new EmailAddress("JAN@acme.example")));
        Document page = Jsoup.parse(body.toString());
        assertEquals("jan@acme.example gets no more of these mails.",
                page.selectFirst(".promisedesk-unsubscribe__text").text());
        assertTrue(page.select("form").isEmpty());
    }

    @Test
    public void badTokens_getTheOneNeutralPage_andUnsubscribeNobody() throws Exception {
        subscriptions.addToken(token.hash(), JAN, Instant.parse("2025-03-18T07:05:00Z"));
        String unknown = StatusLinkToken.generate(new SecureRandom()).text();
        for (String bad : List.of("", "guess", unknown, token.text() + "x", token.hash().hex(), "../status/" + token.text())) {
            for (String method : List.of("GET", "POST")) {
                response = new HashMap<>();
                body = new StringWriter();
                if (method.equals("GET")) {
                    servlet.doGet(request(method, bad), response());
                } else {
                    servlet.doPost(request(method, bad), response());
                }

                assertEquals(bad, 404, response.get("status"));
                UnsubscribeRequests.HEADERS.forEach((name, value) -> assertEquals(name, value, response.get(name)));
                Document page = Jsoup.parse(body.toString());
                assertEquals("This link does not work", page.title());
                assertFalse(bad, body.toString().contains("jan@acme.example"));
            }
        }
        assertFalse(subscriptions.isUnsubscribed(JAN));
    }

    @Test
    public void aUsedLink_andAnExpiredOne_getTheNeutralPage() throws Exception {
        StatusLinkToken expired = StatusLinkToken.generate(new SecureRandom());
        subscriptions.addToken(token.hash(), JAN, Instant.parse("2025-03-18T07:05:00Z"));
        subscriptions.addToken(expired.hash(), new EmailAddress("ann@acme.example"),
                Instant.parse("2025-03-18T09:00:00Z").minus(UnsubscribeLink.LIFETIME).minusSeconds(1));
        servlet.doPost(request("POST", token.text()), response());

        for (String spent : List.of(token.text(), expired.text())) {
            for (String method : List.of("GET", "POST")) {
                response = new HashMap<>();
                body = new StringWriter();
                if (method.equals("GET")) {
                    servlet.doGet(request(method, spent), response());
                } else {
                    servlet.doPost(request(method, spent), response());
                }

                assertEquals(404, response.get("status"));
                assertEquals("This link does not work", Jsoup.parse(body.toString()).title());
                assertFalse(body.toString().contains("acme.example"));
            }
        }
        assertTrue(subscriptions.isUnsubscribed(JAN));
        assertFalse(subscriptions.isUnsubscribed(new EmailAddress("ann@acme.example")));
    }

    @Test
    public void theHeaders_forbidCachingReferrersIndexingAndLoadingAnything() {
        assertEquals("no-store", UnsubscribeRequests.HEADERS.get("Cache-Control"));
        assertEquals("no-referrer", UnsubscribeRequests.HEADERS.get("Referrer-Policy"));
        assertEquals("noindex, nofollow", UnsubscribeRequests.HEADERS.get("X-Robots-Tag"));
        assertTrue(UnsubscribeRequests.HEADERS.get("Content-Security-Policy").startsWith("default-src 'none'"));
    }

    @Test
    public void hostileAddresses_areShownAsText() {
        for (String payload : XssCorpus.payloads(60)) {
            String local = payload.replaceAll("[^A-Za-z0-9'&=#{}$|~^`!*+/?-]", "").replaceAll("^$", "x");
            EmailAddress address = new EmailAddress(local + "@acme.example");
            StatusLinkToken own = StatusLinkToken.generate(new SecureRandom());
            subscriptions.addToken(own.hash(), address, Instant.parse("2025-03-18T07:05:00Z"));

            Map<String, Object> context = new UnsubscribeRequests(new Unsubscribe(subscriptions,
                    MutableClock.at("2025-03-18T09:00:00Z"))).get(UnsubscribeRequests.PATH + own.text(), Locale.ENGLISH)
                    .context();
            Document page = Jsoup.parse(JiraLikeVelocity.render("templates/addressmail/unsubscribe.vm", context));

            assertTrue(page.selectFirst(".promisedesk-unsubscribe__text").text().contains(address.text()));
            assertTrue(page.select("script, img, svg").isEmpty());
        }
    }

    private static HttpServletRequest request(String method, String token) {
        return fake(HttpServletRequest.class, Map.of(
                "getMethod", returns(method),
                "getContextPath", returns("/jira"),
                "getRequestURI", returns("/jira" + UnsubscribeRequests.PATH + token)));
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body, true);
        return fake(HttpServletResponse.class, Map.of(
                "setStatus", arguments -> response.put("status", arguments[0]),
                "setHeader", arguments -> response.put((String) arguments[0], arguments[1]),
                "setContentType", arguments -> response.put("contentType", arguments[0]),
                "getWriter", returns(writer)));
    }
}
