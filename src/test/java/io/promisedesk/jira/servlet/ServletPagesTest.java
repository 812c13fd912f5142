package io.promisedesk.jira.servlet;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisedesk.common.DownloadName;
import io.promisedesk.jira.web.RequiredContexts;
import io.promisedesk.rendering.JiraLikeVelocity;

import org.jsoup.nodes.Document;
import org.junit.Test;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * What the servlets do with Jira's side of a request, on stand-ins for the servlet API and Jira's services: the
 * request read (path, parameters, language, base URL, token), and each answer written (page, redirect, login).
 */
public class ServletPagesTest {
    private final Map<String, Object> response = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Boolean> validated = new ArrayList<>();
    private Locale jiraLocale = Locale.forLanguageTag("nl");
    private final RequiredContexts resources = new RequiredContexts();
    /** What was on the page builder's list when the renderer started: required before rendering, not after. */
    private final List<List<String>> requiredWhenRendering = new ArrayList<>();

    private final ServletPages pages = new ServletPages(renderer(), returnUri -> URI.create(
            "https://jira.example.com/login.jsp?os_destination=" + returnUri), tokens(), validator(), authentication(),
            baseUrls(), resources.pageBuilder());

    @Test
    public void read_givesThePathUnderTheContext_theParameters_theLanguage_theBaseUrlAndTheToken() throws Exception {
        HttpServletRequest request = request("POST", "/jira", "/jira/plugins/servlet/promisedesk/eta/OPS-1", null,
                Map.of("eta", new String[] {"2026-03-20"}, "atl_token", new String[] {"t0k"}));

        PageRequest read = pages.read(request, response(), true);

        assertEquals("/plugins/servlet/promisedesk/eta/OPS-1", read.path());
        assertEquals(Map.of("eta", List.of("2026-03-20"), "atl_token", List.of("t0k")), read.parameters());
        assertEquals(Locale.forLanguageTag("nl"), read.locale());
        assertEquals("https://jira.example.com", read.baseUrl());
        assertEquals("session-token", read.xsrfToken());
        assertTrue(read.xsrfValid());
        assertEquals("UTF-8", request.getCharacterEncoding());
    }

    @Test
    public void read_checksTheTokenOnPostsOnly_andFallsBackToEnglish() throws Exception {
        jiraLocale = null;

        PageRequest read = pages.read(request("GET", "", "/plugins/servlet/promisedesk/sales/commitments", null, Map.of()),
                response(), false);

        assertFalse(read.xsrfValid());
        assertEquals(List.of(), validated);
        assertEquals(Locale.ENGLISH, read.locale());
    }

    @Test
    public void login_sendsToJirasLoginPage_whichComesBackToTheSameAddress() throws Exception {
        HttpServletRequest request = request("GET", "", "/plugins/servlet/promisedesk/sales/commitments", "page=2", Map.of());

        pages.send(new PageAnswer.Login(), PageRendering.get("/", Map.of()), request, response());

        assertEquals("https://jira.example.com/login.jsp?os_destination="
                + "https://jira.example.com/plugins/servlet/promisedesk/sales/commitments?page=2", response.get("redirect"));
    }

    @Test
    public void aRedirect_isA303ToTheLocation() throws Exception {
        pages.send(new PageAnswer.Redirect("https://jira.example.com/browse/OPS-1"), PageRendering.get("/", Map.of()),
                request("POST", "", "/x", null, Map.of()), response());

        assertEquals(303, response.get("status"));
        assertEquals("https://jira.example.com/browse/OPS-1", response.get("Location"));
    }

    @Test
    public void aPage_isWrittenAsHtmlWithItsStatus_throughJirasRenderer() throws Exception {
        PageAnswer.Page notFound = MessagePages.notFound(Locale.ENGLISH);

        pages.send(notFound, PageRendering.get("/", Map.of()), request("GET", "", "/x", null, Map.of()), response());

        assertEquals(404, response.get("status"));
        assertEquals("text/html;charset=UTF-8", response.get("contentType"));
        Document page = PageRendering.document(body.toString());
        assertEquals("atl.general", page.selectFirst("meta[name=decorator]").attr("content"));
        assertEquals("Not found", page.selectFirst("h1").text());
    }

    @Test
    public void aDownload_isAnAttachmentUnderBothNames_notSniffed_withItsBytesAndLength_andNoStylesheet() throws Exception {
        byte[] csv = "status,key\r\nopen,OPS-1\r\n".getBytes(StandardCharsets.UTF_8);

        pages.send(new PageAnswer.Download("text/csv; charset=UTF-8", new DownloadName("account-review-A-B-2026-03-02.csv",
                        "account-review-A/B-2026-03-02.csv"), csv), PageRendering.get("/", Map.of()),
                request("GET", "", "/plugins/servlet/promisedesk/review/csv", "customer=A%2FB", Map.of()), response());

        assertEquals(200, response.get("status"));
        assertEquals("text/csv; charset=UTF-8", response.get("contentType"));
        assertEquals("attachment; filename=\"account-review-A-B-2026-03-02.csv\"; "
                + "filename*=UTF-8''account-review-A-B-2026-03-02.csv", response.get("Content-Disposition"));
        assertEquals("nosniff", response.get("X-Content-Type-Options"));
        assertEquals(csv.length, response.get("contentLength"));
        assertEquals("status,key\r\nopen,OPS-1\r\n", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), resources.required());
    }

    @Test
    public void aFormLargerThanOurLimit_isRefused413InTheReadersLanguage_withoutReadingIt() throws Exception {
        boolean refused = pages.refusedAsTooLarge(sizedPost(FormLimit.MAX_BYTES + 1), response());

        assertTrue(refused);
        assertEquals(413, response.get("status"));
        assertEquals("nosniff", response.get("X-Content-Type-Options"));
        Document page = PageRendering.document(body.toString());
        assertEquals("Het formulier is te groot", page.selectFirst("h1").text());
        assertEquals(List.of("promisedesk"), resources.required());
    }

    @Test
    public void aFormWithinOurLimit_orOfUnknownLength_isLeftToTheServlet() throws Exception {
        assertFalse(pages.refusedAsTooLarge(sizedPost(FormLimit.MAX_BYTES), response()));
        assertFalse(pages.refusedAsTooLarge(sizedPost(-1), response()));
        assertEquals(Map.of(), response);
    }

    @Test
    public void everyAnswer_forbidsContentSniffing() throws Exception {
        for (PageAnswer answer : List.of(MessagePages.notFound(Locale.ENGLISH), new PageAnswer.Login(),
                new PageAnswer.Redirect("https://jira.example.com/browse/OPS-1"))) {
            response.clear();
            pages.send(answer, PageRendering.get("/", Map.of()), request("GET", "", "/x", null, Map.of()), response());
            assertEquals(answer.toString(), "nosniff", response.get("X-Content-Type-Options"));
        }
    }

    @Test
    public void aPage_requiresThePluginsStylesheetOnce_beforeItIsRendered() throws Exception {
        pages.send(MessagePages.notFound(Locale.ENGLISH), PageRendering.get("/", Map.of()),
                request("GET", "", "/x", null, Map.of()), response());

        assertEquals(List.of("promisedesk"), resources.required());
        assertFalse(requiredWhenRendering.isEmpty());
        requiredWhenRendering.forEach(required -> assertEquals("at each template rendered", List.of("promisedesk"), required));
    }

    @Test
    public void aRedirectOrTheLoginPage_requiresNoStylesheet_sinceNoPageOfOursIsShown() throws Exception {
        pages.send(new PageAnswer.Redirect("https://jira.example.com/browse/OPS-1"), PageRendering.get("/", Map.of()),
                request("POST", "", "/x", null, Map.of()), response());
        pages.send(new PageAnswer.Login(), PageRendering.get("/", Map.of()),
                request("GET", "", "/plugins/servlet/promisedesk/sales/commitments", null, Map.of()), response());

        assertEquals(List.of(), resources.required());
    }

    @Test
    public void readingARequest_requiresNothing() throws Exception {
        pages.read(request("GET", "", "/plugins/servlet/promisedesk/sales/commitments", null, Map.of()), response(), false);

        assertEquals(List.of(), resources.required());
    }

    private TemplateRenderer renderer() {
        return (String template, Map<String, Object> context, Writer writer) -> {
            requiredWhenRendering.add(resources.required());
            writer.write(JiraLikeVelocity.render(template, context));
        };
    }

    private XsrfTokenAccessor tokens() {
        return (request, response, create) -> create ? "session-token" : null;
    }

    private XsrfTokenValidator validator() {
        return request -> {
            validated.add(true);
            return "t0k".equals(request.getParameter("atl_token"));
        };
    }

    /** A proxy, so that it compiles against the real, much larger interface too (-Patlassian). */
    /** Jira's canonical base URL, and a wrong one for any other mode, so that asking for another shows. */
    private static ApplicationProperties baseUrls() {
        return (ApplicationProperties) Proxy.newProxyInstance(ServletPagesTest.class.getClassLoader(),
                new Class<?>[] {ApplicationProperties.class}, (self, called, args) -> switch (called.getName()) {
                    case "getBaseUrl" -> args[0] == UrlMode.CANONICAL ? "https://jira.example.com" : "wrong";
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    private JiraAuthenticationContext authentication() {
        return (JiraAuthenticationContext) Proxy.newProxyInstance(ServletPagesTest.class.getClassLoader(),
                new Class<?>[] {JiraAuthenticationContext.class}, (self, called, args) -> switch (called.getName()) {
                    case "getLoggedInUser" -> null;
                    case "getLocale" -> jiraLocale;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    /** A form post declaring {@code length} bytes whose parameters may not be read. */
    private static HttpServletRequest sizedPost(long length) {
        return (HttpServletRequest) Proxy.newProxyInstance(ServletPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, called, args) -> switch (called.getName()) {
                    case "getMethod" -> "POST";
                    case "getContentLengthLong" -> length;
                    default -> throw new AssertionError("read before the size was checked: " + called.getName());
                });
    }

    private static HttpServletRequest request(String method, String contextPath, String uri, String query,
                                              Map<String, String[]> parameters) {
        Map<String, Object> state = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(ServletPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getContextPath" -> contextPath;
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getRequestURL" -> new StringBuffer("https://jira.example.com" + uri);
                    case "getParameterMap" -> new LinkedHashMap<>(parameters);
                    case "getParameter" -> parameters.containsKey((String) args[0]) ? parameters.get((String) args[0])[0] : null;
                    case "getCharacterEncoding" -> state.get("encoding");
                    case "setCharacterEncoding" -> state.put("encoding", args[0]);
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(ServletPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (self, called, args) -> switch (called.getName()) {
                    case "setStatus" -> response.put("status", args[0]);
                    case "setHeader" -> response.put((String) args[0], args[1]);
                    case "sendRedirect" -> response.put("redirect", args[0]);
                    case "setContentType" -> response.put("contentType", args[0]);
                    case "getWriter" -> writer;
                    case "setContentLength" -> response.put("contentLength", args[0]);
                    case "getOutputStream" -> new ServletOutputStream() {
                        @Override
                        public void write(int octet) {
                            bytes.write(octet);
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setWriteListener(WriteListener listener) {
                            throw new UnsupportedOperationException("blocking writes only");
                        }
                    };
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
