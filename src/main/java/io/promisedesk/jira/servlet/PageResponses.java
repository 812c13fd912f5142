package io.promisedesk.jira.servlet;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.templaterenderer.TemplateRenderer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What Jira's servlets need around our pages: the reader's language, the path asked for, and a whole page written. */
final class PageResponses {
    private PageResponses() {
    }

    /** Jira's default language for a visitor, the reader's own for someone logged in; English when Jira gives none. */
    static Locale localeOf(JiraAuthenticationContext authentication) {
        Locale locale = authentication.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** The request's path below Jira's context path. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A whole HTML document from {@code template}, with {@code headers} and {@code status}. */
    static void write(HttpServletResponse response, Map<String, String> headers, int status, String template,
                      Map<String, Object> context, TemplateRenderer renderer) throws IOException {
        headers.forEach(response::setHeader);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, new HashMap<>(context), response.getWriter());
    }
}
