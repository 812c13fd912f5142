package io.promisedesk.jira.servlet;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.promisedesk.admin.AdminLinks;
import io.promisedesk.admin.PreviewTeam;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.HealthFixture;
import io.promisedesk.health.Area;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.inbox.MedianWaits;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.jira.web.RequiredContexts;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.InMemoryGlobalSettingsStore;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.SnapshotsOnSettingsChange;
import io.promisedesk.settings.TeamForms;

import org.junit.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The admin servlet on stand-ins for the servlet API, SAL's websudo and Jira's services: who is refused before
 * websudo is asked, and an administrator without a secure session is sent to confirm the password, nothing read or
 * saved.
 */
public class AdminServletTest {
    private final List<String> webSudoCalls = new ArrayList<>();
    private final Map<String, Object> response = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private final InMemoryTeamSettingsStore teams = new InMemoryTeamSettingsStore();
    private boolean secureSession;
    private HealthFixture health;

    private AdminServlet servlet(FakeAccess reader) {
        WorkloadWorld world = new WorkloadWorld();
        health = new HealthFixture(world.clock);
        SnapshotsOnSettingsChange changes = new SnapshotsOnSettingsChange(world.snapshots);
        AdminRequests admin = new AdminRequests(reader, teams, new ConfigureTeams(teams, TeamForms.NAMES, changes),
                new ConfigureGlobalSettings(new InMemoryGlobalSettingsStore(), TeamForms.NAMES, changes),
                world.snapshots, new PreviewTeam(world.snapshots, world.work),
                new MedianWaits(new InMemoryEtaRequestStore(), world.clock), health.checks());
        ServletPages pages = new ServletPages((template, context, writer) -> writer.write(
                JiraLikeVelocity.render(template, context)),
                returnUri -> URI.create("https://jira.example.com/login.jsp?os_destination=" + returnUri),
                (request, response, create) -> "session-token", request -> true,
                fake(JiraAuthenticationContext.class, Map.of("getLocale", returns(Locale.ENGLISH))),
                fake(ApplicationProperties.class, Map.of("getBaseUrl", returns("https://jira.example.com"))),
                new RequiredContexts().pageBuilder());
        return new AdminServlet(admin, pages, webSudo());
    }

    @Test
    public void anAdministratorInASecureSession_getsThePage_markedAsAWebSudoRequest() throws Exception {
        secureSession = true;

        servlet(FakeAccess.named("ada").asAdministrator()).doGet(request("GET", Map.of()), response());

        assertEquals(200, response.get("status"));
        assertTrue(body.toString().contains("id=\"promisedesk-admin-teams\""));
        assertEquals(List.of("canExecuteRequest", "willExecuteWebSudoRequest"), webSudoCalls);
    }

    @Test
    public void anAdministratorWithoutASecureSession_isSentToConfirmThePassword_andNothingIsSaved() throws Exception {
        servlet(FakeAccess.named("ada").asAdministrator()).doPost(request("POST", Map.of("key", new String[] {"field-ops"})),
                response());

        assertEquals(List.of("canExecuteRequest", "enforceWebSudoProtection"), webSudoCalls);
        assertEquals("", body.toString());
        assertTrue(teams.all().isEmpty());
    }

    @Test
    public void theHealthCheck_asksForThePasswordFirst_andChecksNothingBefore() throws Exception {
        AdminServlet servlet = servlet(FakeAccess.named("ada").asAdministrator());

        servlet.doGet(request("GET", AdminLinks.HEALTH, Map.of()), response());
        int beforeConfirming = health.runsOf(Area.STORAGE);
        secureSession = true;
        servlet.doGet(request("GET", AdminLinks.HEALTH, Map.of()), response());

        assertEquals(0, beforeConfirming);
        assertEquals(List.of("canExecuteRequest", "enforceWebSudoProtection", "canExecuteRequest",
                "willExecuteWebSudoRequest"), webSudoCalls);
        assertEquals(1, health.runsOf(Area.STORAGE));
        assertEquals(200, response.get("status"));
        assertTrue(body.toString().contains("id=\"promisedesk-admin-health\""));
    }

    @Test
    public void someoneWhoIsNotAnAdministrator_isRefusedBeforeWebSudoIsAsked() throws Exception {
        servlet(FakeAccess.named("sam").asSales()).doGet(request("GET", Map.of()), response());

        assertEquals(403, response.get("status"));
        assertEquals(List.of(), webSudoCalls);
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage_beforeWebSudoIsAsked() throws Exception {
        servlet(FakeAccess.anonymous()).doGet(request("GET", Map.of()), response());

        assertEquals("https://jira.example.com/login.jsp?os_destination=https://jira.example.com" + AdminLinks.PATH,
                response.get("redirect"));
        assertEquals(List.of(), webSudoCalls);
    }

    private WebSudoManager webSudo() {
        return fake(WebSudoManager.class, Map.of(
                "canExecuteRequest", arguments -> {
                    webSudoCalls.add("canExecuteRequest");
                    return secureSession;
                },
                "enforceWebSudoProtection", called("enforceWebSudoProtection"),
                "willExecuteWebSudoRequest", called("willExecuteWebSudoRequest")));
    }

    private Function<Object[], Object> called(String method) {
        return arguments -> {
            webSudoCalls.add(method);
            return null;
        };
    }

    private static HttpServletRequest request(String method, Map<String, String[]> parameters) {
        return request(method, AdminLinks.PATH, parameters);
    }

    private static HttpServletRequest request(String method, String uri, Map<String, String[]> parameters) {
        Map<String, Object> state = new HashMap<>();
        return fake(HttpServletRequest.class, Map.of(
                "getMethod", returns(method),
                "getContextPath", returns(""),
                "getRequestURI", returns(uri),
                "getQueryString", returns(null),
                "getRequestURL", arguments -> new StringBuffer("https://jira.example.com" + uri),
                "getParameterMap", arguments -> new LinkedHashMap<>(parameters),
                "getContentLengthLong", returns(-1L),
                "getCharacterEncoding", arguments -> state.get("encoding"),
                "setCharacterEncoding", arguments -> state.put("encoding", arguments[0])));
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body, true);
        return fake(HttpServletResponse.class, Map.of(
                "setStatus", arguments -> response.put("status", arguments[0]),
                "setHeader", arguments -> response.put((String) arguments[0], arguments[1]),
                "sendRedirect", arguments -> response.put("redirect", arguments[0]),
                "setContentType", arguments -> response.put("contentType", arguments[0]),
                "getWriter", returns(writer)));
    }
}
