package io.promisedesk.workbench;

import io.promisedesk.commitment.InformedOfIssue;

import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.jira.rest.CommitmentResource;
import io.promisedesk.jira.rest.GlobalSettingsResource;
import io.promisedesk.jira.rest.HealthResource;
import io.promisedesk.jira.rest.IssueResource;
import io.promisedesk.jira.rest.JsonOnlyWrites;
import io.promisedesk.jira.rest.NoSniffResponses;
import io.promisedesk.jira.rest.PromiseCheckResource;
import io.promisedesk.jira.rest.ScenarioAssessResource;
import io.promisedesk.jira.rest.TeamAssessmentResource;
import io.promisedesk.jira.rest.TeamSettingsResource;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hosts the plugin's REST resource classes in Jersey 2 under {@code /rest/promise-desk/1.0/} (and {@code latest}),
 * as Jira's REST v2 module does, built on the world's in-memory services instead of the plugin's Spring beans.
 * A filter puts the request's role (the {@code role} parameter, else the role cookie, else the default) on the
 * thread for {@link WorkbenchAccess}; {@code ?role=anonymous} stands for nobody logged in.
 */
final class WorkbenchRest {
    static final String BASE = "/rest/promise-desk/1.0/";
    static final String ANONYMOUS = "anonymous";
    /**
     * Jersey warns that resource instances "do not implement any provider interfaces" (they are resources, not
     * providers) and that javax.activation is absent (a provider we never use); held here so the levels stay set.
     */
    private static final List<Logger> QUIETED = List.of(
            quiet("org.glassfish.jersey.internal.inject.Providers"),
            quiet("org.glassfish.jersey.message.internal.MessagingBinders"),
            quiet("org.glassfish.jersey.message.internal.MessagingBinders$EnabledProvidersBinder"));

    private WorkbenchRest() {
    }

    /** The plugin's resource instances on the world's services, where Jira builds them from the plugin's beans. */
    static List<Object> resources(WorkbenchWorld world, WorkbenchAccess access, RunHealthChecks health) {
        return List.of(new ScenarioAssessResource(),
                new TeamAssessmentResource(access, world.snapshots()),
                new IssueResource(access, world.directory(), world.overcommit(), world.etaUpdates(), world.snapshots(),
                        new InformedOfIssue(world.commitments())),
                new PromiseCheckResource(access, world.directory(), world.checkPromise()),
                new CommitmentResource(access, world.directory(), world.snapshots(), world.work(),
                        world.commitmentService()),
                new TeamSettingsResource(access, world.settings().teams(), world.settings().restTeams()),
                new GlobalSettingsResource(access, world.settings().restGlobal()),
                new HealthResource(access, health));
    }

    static void mount(ServletContextHandler context, WorkbenchWorld world, WorkbenchAccess access,
                      RunHealthChecks health) {
        ResourceConfig resources = new ResourceConfig();
        resources(world, access, health).forEach(resources::register);
        // The plugin's providers, which Jira finds by scanning the plugin (docs/jira-api-surface.md), and Jira's own
        // check of @LicensedOnly, which runs before our resources there.
        resources.register(JsonOnlyWrites.class).register(NoSniffResponses.class)
                .register(new LicensedOnlyFeature(access));
        resources.property(ServerProperties.WADL_FEATURE_DISABLE, true)
                // Errors Jersey answers itself (404, 405) keep an empty body rather than Jetty's HTML page.
                .property(ServletProperties.FILTER_FORWARD_ON_404, false)
                .property("jersey.config.servlet.response.setStatusOverSendError", true);
        ServletHolder jersey = new ServletHolder(new ServletContainer(resources));
        context.addServlet(jersey, "/rest/promise-desk/1.0/*");
        context.addServlet(jersey, "/rest/promise-desk/latest/*");
        context.addFilter(new FilterHolder(new RoleFilter()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Sets the request's role on the thread for the resources' {@link WorkbenchAccess}, and clears it after. */
    private static final class RoleFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            Optional<Role> role = role((HttpServletRequest) request);
            try {
                WorkbenchAccess.as(role, () -> chain.doFilter(request, response));
            } catch (IOException | ServletException | RuntimeException passOn) {
                throw passOn;
            } catch (Exception other) {
                throw new ServletException(other);
            }
        }

        private static Optional<Role> role(HttpServletRequest request) {
            // From the query string only: reading parameters would consume a form body before Jersey refuses it.
            String named = QueryString.value(request.getQueryString(), "role").orElse(null);
            if (named == null && request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (cookie.getName().equals(WorkbenchServlet.ROLE_COOKIE)) {
                        named = cookie.getValue();
                    }
                }
            }
            if (ANONYMOUS.equals(named)) {
                return Optional.empty();
            }
            return Optional.of(Role.named(named).orElse(Role.DEFAULT));
        }
    }
}
