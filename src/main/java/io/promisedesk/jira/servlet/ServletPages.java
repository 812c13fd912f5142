package io.promisedesk.jira.servlet;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.promisedesk.common.Require;
import io.promisedesk.jira.web.StylesheetContext;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the plugin's servlets share with Jira: a servlet request read into a {@link PageRequest} (the reader's language,
 * Jira's base URL, the session's XSRF token and whether a form carried it), and a {@link PageAnswer} written back
 * (a page rendered by Jira's template renderer inside its decorator, with the plugin's stylesheet required, a redirect,
 * Jira's login page, or a download).
 */
public final class ServletPages {
    static final int SEE_OTHER = 303;

    private final TemplateRenderer renderer;
    private final LoginUriProvider login;
    private final XsrfTokenAccessor tokens;
    private final XsrfTokenValidator tokenValidator;
    private final JiraAuthenticationContext authentication;
    private final ApplicationProperties application;
    private final PageBuilderService pageBuilder;

    public ServletPages(TemplateRenderer renderer, LoginUriProvider login, XsrfTokenAccessor tokens,
                        XsrfTokenValidator tokenValidator, JiraAuthenticationContext authentication,
                        ApplicationProperties application, PageBuilderService pageBuilder) {
        this.renderer = Require.present(renderer, "renderer");
        this.login = Require.present(login, "login");
        this.tokens = Require.present(tokens, "tokens");
        this.tokenValidator = Require.present(tokenValidator, "tokenValidator");
        this.authentication = Require.present(authentication, "authentication");
        this.application = Require.present(application, "application");
        this.pageBuilder = Require.present(pageBuilder, "pageBuilder");
    }

    /** The request as the handlers see it; for a form post ({@code post}) the XSRF token is checked too. */
    PageRequest read(HttpServletRequest request, HttpServletResponse response, boolean post) throws IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        String path = PageResponses.pathOf(request);
        // Created when the session has none yet, so that the form shown now can be posted.
        String token = tokens.getXsrfToken(request, response, true);
        return new PageRequest(path, parameters, PageResponses.localeOf(authentication),
                application.getBaseUrl(UrlMode.CANONICAL), token == null ? "" : token,
                post && tokenValidator.validateFormEncodedToken(request));
    }

    /**
     * Answers a form post larger than {@link FormLimit} with our own 413 page, before anything reads its parameters;
     * true when it did, and the servlet then answers nothing more.
     */
    boolean refusedAsTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormLimit.tooLarge(request)) {
            return false;
        }
        Locale locale = PageResponses.localeOf(authentication);
        writePage(FormLimit.refusal(locale), locale, response);
        return true;
    }

    void send(PageAnswer answer, PageRequest page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        forbidSniffing(response);
        if (answer instanceof PageAnswer.Login) {
            String query = request.getQueryString();
            URI comeBack = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
            response.sendRedirect(login.getLoginUri(comeBack).toASCIIString());
        } else if (answer instanceof PageAnswer.Redirect redirect) {
            response.setStatus(SEE_OTHER);
            response.setHeader("Location", redirect.location());
        } else if (answer instanceof PageAnswer.Page shown) {
            writePage(shown, page.locale(), response);
        } else if (answer instanceof PageAnswer.Download download) {
            Downloads.send(download, response);
        }
    }

    private void writePage(PageAnswer.Page shown, Locale locale, HttpServletResponse response) throws IOException {
        forbidSniffing(response);
        // Before rendering: Jira's decorator writes the required resources into the page's head around our body.
        StylesheetContext.requireOn(pageBuilder);
        response.setStatus(shown.status());
        response.setContentType("text/html;charset=UTF-8");
        PageWriter.write(shown, locale, renderer::render, response.getWriter());
    }

    /** Every answer of our pages says its own type: a browser must not guess HTML or script in it. */
    static void forbidSniffing(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
