package io.promisedesk.jira.servlet;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisedesk.common.Require;
import io.promisedesk.statuslink.BadTokenThrottle;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Jira's servlet for read-only status links under {@code /plugins/servlet/promisedesk/status/}, open to visitors
 * without a Jira login: the token in the path is the only credential, checked by {@link StatusLinkRequests}.
 * {@link UnrestrictedAccess} is how Jira 10 lets a plugin servlet answer anonymous requests even on a site that
 * allows no anonymous access (docs/jira-api-surface.md, "Read-only status links"; docs/admin-guide.md).
 */
@UnrestrictedAccess
public final class StatusLinkServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient StatusLinkRequests links;
    private final transient TemplateRenderer renderer;
    private final transient JiraAuthenticationContext authentication;

    public StatusLinkServlet(StatusLinkRequests links, TemplateRenderer renderer,
                             JiraAuthenticationContext authentication) {
        this.links = Require.present(links, "links");
        this.renderer = Require.present(renderer, "renderer");
        this.authentication = Require.present(authentication, "authentication");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StatusLinkRequests.StatusLinkPage page = links.get(PageResponses.pathOf(request), request.getRemoteAddr(),
                PageResponses.localeOf(authentication));
        if (page.status() == StatusLinkRequests.SLOWED_DOWN) {
            response.setHeader("Retry-After", Long.toString(BadTokenThrottle.WINDOW.toSeconds()));
        }
        PageResponses.write(response, StatusLinkRequests.HEADERS, page.status(), page.template(), page.context(),
                renderer);
    }
}
