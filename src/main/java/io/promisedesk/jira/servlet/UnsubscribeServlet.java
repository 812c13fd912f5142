package io.promisedesk.jira.servlet;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisedesk.common.Require;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for the unsubscribe links of digests to addresses, under {@code /plugins/servlet/promisedesk/unsubscribe/},
 * open without a Jira login as {@link StatusLinkServlet} is ({@link UnrestrictedAccess}): the token in the path is the
 * only credential, checked by {@link UnsubscribeRequests}. A GET confirms, a POST unsubscribes.
 */
@UnrestrictedAccess
public final class UnsubscribeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient UnsubscribeRequests unsubscribe;
    private final transient TemplateRenderer renderer;
    private final transient JiraAuthenticationContext authentication;

    public UnsubscribeServlet(UnsubscribeRequests unsubscribe, TemplateRenderer renderer,
                              JiraAuthenticationContext authentication) {
        this.unsubscribe = Require.present(unsubscribe, "unsubscribe");
        this.renderer = Require.present(renderer, "renderer");
        this.authentication = Require.present(authentication, "authentication");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(unsubscribe.get(PageResponses.pathOf(request), PageResponses.localeOf(authentication)), response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(unsubscribe.post(PageResponses.pathOf(request), PageResponses.localeOf(authentication)), response);
    }

    private void write(UnsubscribeRequests.UnsubscribePage page, HttpServletResponse response) throws IOException {
        PageResponses.write(response, UnsubscribeRequests.HEADERS, page.status(), page.template(), page.context(),
                renderer);
    }
}
