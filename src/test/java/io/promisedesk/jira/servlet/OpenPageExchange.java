package io.promisedesk.jira.servlet;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.rendering.JiraLikeVelocity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;

/**
 * One request to a servlet that visitors open without a Jira login (status links, unsubscribe links) and everything it
 * answered, recorded whole (status, every header, content type and body) so that two answers can be compared byte for
 * byte; with the Jira stand-ins such a servlet is built from.
 */
final class OpenPageExchange {
    /** Jira's context path in these requests. */
    static final String CONTEXT_PATH = "/jira";
    /** Jira's template renderer as the tests' Jira-like Velocity. */
    static final TemplateRenderer VELOCITY = (template, context, writer) ->
            writer.write(JiraLikeVelocity.render(template, context));

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final StringWriter body = new StringWriter();
    private Integer status;
    private String contentType;

    private OpenPageExchange() {
    }

    /** A servlet's handler of one method, {@code doGet} or {@code doPost}. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    /** What {@code servlet} answers a {@code method} request to {@code path} (below Jira's) from {@code address}. */
    static OpenPageExchange send(Handler servlet, String method, String path, String address) throws Exception {
        OpenPageExchange exchange = new OpenPageExchange();
        servlet.handle(fake(HttpServletRequest.class, Map.of(
                "getMethod", returns(method),
                "getContextPath", returns(CONTEXT_PATH),
                "getRequestURI", returns(CONTEXT_PATH + path),
                "getRemoteAddr", returns(address))), exchange.response());
        return exchange;
    }

    /** Jira's authentication context as these servlets ask it: only for the language of the page. */
    static JiraAuthenticationContext visitorsIn(Locale locale) {
        return fake(JiraAuthenticationContext.class, Map.of("getLocale", returns(locale)));
    }

    /** The servlet module {@code key} of the plugin's descriptor: its class and its paths below Jira's context. */
    static ServletModule module(String key) {
        Element module = PluginDescriptor.module(PluginDescriptor.descriptor(), key).orElseThrow();
        return new ServletModule(module.getAttribute("class"), PluginDescriptor.elements(module, "url-pattern")
                .stream().map(pattern -> "/plugins/servlet" + pattern.getTextContent().strip()).toList());
    }

    /** A servlet module as the descriptor declares it. */
    record ServletModule(String servletClass, List<String> paths) {
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body, true);
        return fake(HttpServletResponse.class, Map.of(
                "setStatus", arguments -> status = (Integer) arguments[0],
                "setHeader", arguments -> headers.put((String) arguments[0], (String) arguments[1]),
                "setContentType", arguments -> contentType = (String) arguments[0],
                "getWriter", returns(writer)));
    }

    int status() {
        return Objects.requireNonNull(status, "no status was set");
    }

    /** Every header set, in the order set. */
    Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    String contentType() {
        return contentType;
    }

    String body() {
        return body.toString();
    }

    Document document() {
        return Jsoup.parse(body());
    }

    /** Everything the visitor received, status, headers, type and body, as one text to compare whole. */
    String whole() {
        return status() + "\n" + new TreeMap<>(headers) + "\n" + contentType + "\n" + body();
    }
}
