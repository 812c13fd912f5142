package io.promisedesk.jira.servlet;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.jira.servlet.PageRendering.DefaultSettings;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.statuslink.BadTokenThrottle;
import io.promisedesk.statuslink.InMemoryStatusLinkStore;
import io.promisedesk.statuslink.LinkedIssues;
import io.promisedesk.statuslink.StatusLinkPolicy;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.work.IssueKey;
import org.jsoup.Jsoup;
import org.junit.Test;
import org.w3c.dom.Element;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

/**
 * The status link servlet as Jira runs it: served at the links' path, open to anonymous visitors through Platform 7's
 * {@code @UnrestrictedAccess} (readable at run time, as Jira's check reads it), and every answer, shown or neutral,
 * carries the protective headers.
 */
public class StatusLinkServletTest {
    private final WorkloadWorld world = new WorkloadWorld();
    private final StatusLinks links = new StatusLinks(new InMemoryStatusLinkStore(), (user, issue) -> true,
            () -> StatusLinkPolicy.DEFAULT, world.clock);
    private final StatusLinkServlet servlet = new StatusLinkServlet(
            new StatusLinkRequests(links, new LinkedIssues(world.directory, world.snapshots, world.work,
                    new InMemoryCommitmentStore()), new InMemoryEtaHistoryStore(), new DefaultSettings(),
                    BadTokenThrottle.standard(world.clock)),
            (template, context, writer) -> writer.write(JiraLikeVelocity.render(template, context)),
            fake(JiraAuthenticationContext.class, Map.of("getLocale", returns(Locale.ENGLISH))));
    private final Map<String, Object> response = new HashMap<>();
    private final StringWriter body = new StringWriter();

    @Test
    public void theDescriptorServesTheLinksPath_withThisServlet() {
        Element module = PluginDescriptor.module(PluginDescriptor.descriptor(), "promisedesk-status-link-servlet")
                .orElseThrow();

        assertEquals(StatusLinkServlet.class.getName(), module.getAttribute("class"));
        assertEquals(List.of(StatusLinkRequests.PATH + "*"), PluginDescriptor.elements(module, "url-pattern").stream()
                .map(pattern -> "/plugins/servlet" + pattern.getTextContent().strip()).toList());
    }

    @Test
    public void theServlet_isMarkedUnrestricted_visiblyAtRunTime() {
        assertNotNull(StatusLinkServlet.class.getAnnotation(UnrestrictedAccess.class));
    }

    @Test
    public void aLiveLink_isAnsweredWithThePage_andEveryProtectiveHeader() throws Exception {
        String token = links.create(FakeAccess.named("sam").asSales().browses("OPS-12"),
                new StatusLinkScope.OneIssue(IssueKey.parse("OPS-12")), 30, false).orElseThrow().token().text();

        servlet.doGet(request("/jira" + StatusLinkRequests.PATH + token), response());

        assertEquals(200, response.get("status"));
        assertEquals("text/html;charset=UTF-8", response.get("contentType"));
        StatusLinkRequests.HEADERS.forEach((name, value) -> assertEquals(name, value, response.get(name)));
        assertEquals("Status of OPS-12", Jsoup.parse(body.toString()).title());
    }

    @Test
    public void aBadToken_isAnsweredWithTheNeutralPage_andTheSameHeaders() throws Exception {
        servlet.doGet(request("/jira" + StatusLinkRequests.PATH + "guess"), response());

        assertEquals(404, response.get("status"));
        StatusLinkRequests.HEADERS.forEach((name, value) -> assertEquals(name, value, response.get(name)));
        assertEquals("Link not available", Jsoup.parse(body.toString()).title());
    }

    @Test
    public void anAddressSlowedDown_getsTheNeutralPageWith429_andWhenToComeBack() throws Exception {
        for (int i = 0; i < BadTokenThrottle.FAILURES; i++) {
            servlet.doGet(request("/jira" + StatusLinkRequests.PATH + "guess" + i), response());
        }
        body.getBuffer().setLength(0);

        servlet.doGet(request("/jira" + StatusLinkRequests.PATH + "guess"), response());

        assertEquals(429, response.get("status"));
        assertEquals(Long.toString(BadTokenThrottle.WINDOW.toSeconds()), response.get("Retry-After"));
        StatusLinkRequests.HEADERS.forEach((name, value) -> assertEquals(name, value, response.get(name)));
        assertEquals("Link not available", Jsoup.parse(body.toString()).title());
    }

    private static HttpServletRequest request(String uri) {
        return fake(HttpServletRequest.class, Map.of(
                "getMethod", returns("GET"),
                "getContextPath", returns("/jira"),
                "getRequestURI", returns(uri),
                "getRemoteAddr", returns("198.51.100.7")));
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
