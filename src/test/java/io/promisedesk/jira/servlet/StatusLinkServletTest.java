package io.promisedesk.jira.servlet;

import com.atlassian.annotations.security.UnrestrictedAccess;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.jira.servlet.OpenPageExchange.ServletModule;
import io.promisedesk.statuslink.BadTokenThrottle;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;

/**
 * The status link servlet as Jira runs it: served at the links' path, open to anonymous visitors through Platform 7's
 * {@code @UnrestrictedAccess} (readable at run time, as Jira's check reads it), and every answer, shown or neutral,
 * carries the protective headers; the answers that open nothing are the same to the byte.
 */
public class StatusLinkServletTest {
    private static final String VISITOR = "198.51.100.7";

    private final StatusLinkWorld setup = new StatusLinkWorld("sam:OPS-12");
    private final FakeAccess sam = FakeAccess.named("sam").asSales().browses("OPS-12");
    private final StatusLinkServlet servlet = new StatusLinkServlet(setup.requests, OpenPageExchange.VELOCITY,
            OpenPageExchange.visitorsIn(Locale.ENGLISH));

    private OpenPageExchange visit(String path, String address) throws Exception {
        return OpenPageExchange.send(servlet::doGet, "GET", path, address);
    }

    private String linkToOps12() {
        return setup.linkTo(sam, new StatusLinkScope.OneIssue(IssueKey.parse("OPS-12")), false);
    }

    @Test
    public void theDescriptorServesTheLinksPath_withThisServlet() {
        ServletModule module = OpenPageExchange.module("promisedesk-status-link-servlet");

        assertEquals(StatusLinkServlet.class.getName(), module.servletClass());
        assertEquals(List.of(StatusLinkRequests.PATH + "*"), module.paths());
    }

    @Test
    public void theServlet_isMarkedUnrestricted_visiblyAtRunTime() {
        assertNotNull(StatusLinkServlet.class.getAnnotation(UnrestrictedAccess.class));
    }

    @Test
    public void aLiveLink_isAnsweredWithThePage_andEveryProtectiveHeader_andNoOther() throws Exception {
        OpenPageExchange shown = visit(linkToOps12(), VISITOR);

        assertEquals(200, shown.status());
        assertEquals("text/html;charset=UTF-8", shown.contentType());
        assertEquals(StatusLinkRequests.HEADERS, shown.headers());
        assertEquals("Status of OPS-12", shown.document().title());
    }

    @Test
    public void aBadToken_isAnsweredWithTheNeutralPage_andTheSameHeaders() throws Exception {
        OpenPageExchange neutral = visit(StatusLinkRequests.PATH + "guess", VISITOR);

        assertEquals(404, neutral.status());
        assertEquals(StatusLinkRequests.HEADERS, neutral.headers());
        assertEquals("Link not available", neutral.document().title());
    }

    /**
     * What a visitor receives, status, headers and body, for a bad token, an expired and a revoked link and a one-issue
     * link whose creator lost the issue, each while every other link still opens: the same bytes every time.
     */
    @Test
    public void badExpiredRevokedAndNoLongerBrowsableLinks_getAnswersIdenticalToTheByte() throws Exception {
        String bad = StatusLinkRequests.PATH + "guess";
        String revoked = linkToOps12();
        String lost = linkToOps12();
        String expiring = setup.links.create(sam, new StatusLinkScope.OneIssue(IssueKey.parse("OPS-12")), 1, false)
                .map(created -> StatusLinkRequests.PATH + created.token().text()).orElseThrow();
        String live = linkToOps12();
        Map<String, String> answers = new HashMap<>();
        answers.put("bad", visit(bad, VISITOR).whole());

        setup.links.revoke(sam, StatusLinkWorld.tokenOf(revoked).hash());
        answers.put("revoked", visit(revoked, VISITOR).whole());
        setup.world.clock.set("2026-03-03T08:00:00Z");
        answers.put("expired", visit(expiring, VISITOR).whole());
        assertEquals("negative control: the others still open", 200, visit(lost, VISITOR).status());
        setup.browsing.remove("sam:OPS-12");
        answers.put("no longer browsable", visit(lost, VISITOR).whole());
        setup.browsing.add("sam:OPS-12");

        assertEquals(200, visit(live, VISITOR).status());
        answers.forEach((kind, whole) -> assertEquals(kind, answers.get("bad"), whole));
        assertNotEquals("negative control: the comparison sees a shown page", answers.get("bad"),
                visit(live, VISITOR).whole());
    }

    /** The 429 differs from the neutral 404 only in its status and the Retry-After header: nothing about the token. */
    @Test
    public void anAddressSlowedDown_getsTheNeutralPageWith429_andWhenToComeBack_andNothingMore() throws Exception {
        String live = linkToOps12();
        OpenPageExchange neutral = visit(StatusLinkRequests.PATH + "guess", VISITOR);
        for (int i = 1; i < BadTokenThrottle.FAILURES; i++) {
            visit(StatusLinkRequests.PATH + "guess" + i, VISITOR);
        }

        OpenPageExchange forBad = visit(StatusLinkRequests.PATH + "guess", VISITOR);
        OpenPageExchange forLive = visit(live, VISITOR);

        for (OpenPageExchange slowed : List.of(forBad, forLive)) {
            assertEquals(429, slowed.status());
            Map<String, String> expected = new HashMap<>(neutral.headers());
            expected.put("Retry-After", Long.toString(BadTokenThrottle.WINDOW.toSeconds()));
            assertEquals(expected, slowed.headers());
            assertEquals(neutral.contentType(), slowed.contentType());
            assertEquals(neutral.body(), slowed.body());
        }
        assertEquals(200, visit(live, "198.51.100.8").status());
    }
}
