package io.promisedesk.jira.servlet;

import com.atlassian.annotations.security.UnrestrictedAccess;
import io.promisedesk.addressmail.InMemoryAddressSubscriptions;
import io.promisedesk.addressmail.Unsubscribe;
import io.promisedesk.addressmail.UnsubscribeLink;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.statuslink.StatusLinkToken;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            OpenPageExchange.VELOCITY, OpenPageExchange.visitorsIn(Locale.ENGLISH));
    private final StatusLinkToken token = StatusLinkToken.generate(new SecureRandom());

    @Test
    public void theDescriptorServesTheLinksPath_withThisServlet_openWithoutLogin() {
        OpenPageExchange.ServletModule module = OpenPageExchange.module("promisedesk-unsubscribe-servlet");

        assertEquals(UnsubscribeServlet.class.getName(), module.servletClass());
        assertEquals(List.of(UnsubscribeRequests.PATH + "*"), module.paths());
        assertNotNull(UnsubscribeServlet.class.getAnnotation(UnrestrictedAccess.class));
    }

    @Test
    public void aGet_asksWithAButtonThatPostsBack_andUnsubscribesNothing() throws Exception {
        subscriptions.addToken(token.hash(), JAN, Instant.parse("2025-03-18T07:05:00Z"));

        OpenPageExchange asked = send("GET", token.text());

        assertEquals(200, asked.status());
        UnsubscribeRequests.HEADERS.forEach((name, value) -> assertEquals(name, value, asked.headers().get(name)));
        Document page = asked.document();
        assertEquals("Stop the mails about promised issues to jan@acme.example?",
                page.selectFirst(".promisedesk-unsubscribe__text").text());
        assertEquals("post", page.selectFirst("form").attr("method"));
        assertEquals(token.text(), page.selectFirst("form").attr("action"));
        assertFalse(subscriptions.isUnsubscribed(JAN));
    }

    @Test
    public void aPost_unsubscribesAtOnce_andSaysSo() throws Exception {
        subscriptions.addToken(token.hash(), JAN, Instant.parse("2025-03-18T07:05:00Z"));

        OpenPageExchange done = send("POST", token.text());

        assertEquals(200, done.status());
        assertTrue(subscriptions.isUnsubscribed(new EmailAddress("JAN@acme.example")));
        Document page = done.document();
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
                OpenPageExchange neutral = send(method, bad);

                assertEquals(bad, 404, neutral.status());
                UnsubscribeRequests.HEADERS.forEach((name, value) -> assertEquals(name, value,
                        neutral.headers().get(name)));
                assertEquals("This link does not work", neutral.document().title());
                assertFalse(bad, neutral.body().contains("jan@acme.example"));
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
        send("POST", token.text());

        for (String spent : List.of(token.text(), expired.text())) {
            for (String method : List.of("GET", "POST")) {
                OpenPageExchange neutral = send(method, spent);

                assertEquals(404, neutral.status());
                assertEquals("This link does not work", neutral.document().title());
                assertFalse(neutral.body().contains("acme.example"));
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

    private OpenPageExchange send(String method, String token) throws Exception {
        return OpenPageExchange.send(method.equals("GET") ? servlet::doGet : servlet::doPost, method,
                UnsubscribeRequests.PATH + token, "192.0.2.7");
    }
}
