package io.promisedesk.workbench;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.addressmail.InMemoryAddressSubscriptions;
import io.promisedesk.addressmail.Unsubscribe;
import io.promisedesk.jira.servlet.StatusLinkRequests;
import io.promisedesk.jira.servlet.UnsubscribeRequests;
import io.promisedesk.jira.servlet.UnsubscribeServlet;
import io.promisedesk.jira.servlet.StatusLinkServlet;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.statuslink.BadTokenThrottle;
import io.promisedesk.statuslink.InMemoryStatusLinkStore;
import io.promisedesk.statuslink.LinkedIssues;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.work.IssueKey;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The embedded Jetty serving one {@link WorkbenchWorld} on 127.0.0.1 only: a development tool, never a public server. */
final class WorkbenchServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    private final Server server;
    private final ServerConnector connector;
    private final StatusLinks statusLinks;
    private final InMemoryAddressSubscriptions subscriptions;
    private final List<AutoCloseable> closedWithIt = new CopyOnWriteArrayList<>();

    private WorkbenchServer(Server server, ServerConnector connector, StatusLinks statusLinks,
            InMemoryAddressSubscriptions subscriptions) {
        this.server = server;
        this.connector = connector;
        this.statusLinks = statusLinks;
        this.subscriptions = subscriptions;
    }

    /** Starts serving on {@code port}, 0 for any free one; throws when the port cannot be had. */
    static WorkbenchServer start(WorkbenchWorld world, int port) throws Exception {
        return start(world, port, issue -> false);
    }

    /** The same, with the issues {@code hidden} from every role but admin in the access of the pages and REST resources. */
    static WorkbenchServer start(WorkbenchWorld world, int port, Predicate<IssueKey> hidden) throws Exception {
        return start(world, port, hidden, false);
    }

    /**
     * The same, with the issues {@code hidden} from every role but admin, or from admins too when
     * {@code fromAdminsToo}, as Jira may deny an administrator a project.
     */
    static WorkbenchServer start(WorkbenchWorld world, int port, Predicate<IssueKey> hidden, boolean fromAdminsToo)
            throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(HOST);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        // One access for the pages and the REST resources, as Jira has one permission manager for both.
        WorkbenchAccess access = new WorkbenchAccess(world, hidden, fromAdminsToo);
        // One health check for the admin page, its banner and REST, as Jira has one bean for all three.
        RunHealthChecks health = WorkbenchHealth.of(world, access);
        // Read-only status links, kept in memory: created, listed and revoked on the workbench's pages, served by the
        // plugin's own servlet to any visitor, as in Jira.
        StatusLinks statusLinks = new StatusLinks(new InMemoryStatusLinkStore(), access,
                () -> world.settings().global().load().value().statusLinks(), world.clock());
        context.addServlet(new ServletHolder(new WorkbenchServlet(world, access, health, statusLinks)), "/");
        context.addServlet(new ServletHolder(new WebResourceServlet(PluginWebResources.packaged())),
                PluginWebResources.PATH + "*");
        // Jira's own AUI and the tokens of its light and dark theme, from the npm package the build installed.
        AuiDistribution.STYLESHEETS.forEach(AuiDistribution::file);
        context.addServlet(new ServletHolder(new AuiServlet(AuiDistribution.DIST)), AuiServlet.PATH + "*");
        context.addFilter(new FilterHolder(new ThemeFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        WorkbenchRest.mount(context, world, access, health);
        // The status links' own servlet never reads the role cookie: every visitor is anonymous to it.
        LinkedIssues linked = new LinkedIssues(world.directory(), world.snapshots(), world.work(),
                new ScenarioCommitments(world.commitments(), world::issue, world.clock()));
        context.addServlet(new ServletHolder(new StatusLinkServlet(new StatusLinkRequests(statusLinks, linked,
                world.etaHistories(), world.settings().global(), BadTokenThrottle.standard(world.clock())),
                (template, values, out) -> out.write(JiraLikeVelocity.render(template, values)), englishVisitors())),
                StatusLinkRequests.PATH + "*");
        // Unsubscribe links of the digests to addresses in the outbox, open to any visitor, as in Jira.
        context.addServlet(new ServletHolder(new UnsubscribeServlet(new UnsubscribeRequests(
                new Unsubscribe(world.digests().subscriptions(), world.clock())),
                (template, values, out) -> out.write(JiraLikeVelocity.render(template, values)), englishVisitors())),
                UnsubscribeRequests.PATH + "*");
        // One place for every answer of the workbench: pages, downloads, the outbox's parts, REST and errors.
        context.addFilter(new FilterHolder(new NoSniff()), "/*", EnumSet.allOf(DispatcherType.class));
        context.setErrorHandler(new OwnErrorPages());
        server.setHandler(context);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (Exception failed) {
            server.stop();
            throw failed;
        }
        return new WorkbenchServer(server, connector, statusLinks, world.digests().subscriptions());
    }

    /** The status links the workbench serves at {@link StatusLinkRequests#PATH}. */
    StatusLinks statusLinks() {
        return statusLinks;
    }

    /** The unsubscribe links the workbench serves at {@link UnsubscribeRequests#PATH}. */
    InMemoryAddressSubscriptions subscriptions() {
        return subscriptions;
    }

    /** Jira's authentication context as the status link servlet asks it: the workbench speaks English to visitors. */
    private static JiraAuthenticationContext englishVisitors() {
        return (JiraAuthenticationContext) Proxy.newProxyInstance(WorkbenchServer.class.getClassLoader(),
                new Class<?>[] {JiraAuthenticationContext.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getLocale")) {
                        return Locale.ENGLISH;
                    }
                    throw new UnsupportedOperationException("the status link servlet asks only for the locale");
                });
    }

    URI uri() {
        return URI.create("http://" + HOST + ":" + connector.getLocalPort() + "/");
    }

    void join() throws InterruptedException {
        server.join();
    }

    /** Closes {@code resource} (the data directory's journal) once the server has stopped. */
    void closeWith(AutoCloseable resource) {
        closedWithIt.add(resource);
    }

    @Override
    public void close() throws Exception {
        server.stop();
        for (AutoCloseable resource : closedWithIt) {
            resource.close();
        }
    }

    boolean isStopped() {
        return server.isStopped();
    }

    /** Sets {@code X-Content-Type-Options: nosniff} on every response before anything writes it. */
    private static final class NoSniff implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            ((HttpServletResponse) response).setHeader("X-Content-Type-Options", "nosniff");
            chain.doFilter(request, response);
        }
    }

    /**
     * The errors Jetty answers itself (a form it cannot read, a path no servlet serves) as a page of ours with the
     * status alone: Jetty's own page names its exception and the servlet, which tell a visitor nothing they can use.
     */
    private static final class OwnErrorPages extends ErrorHandler {
        OwnErrorPages() {
            setShowStacks(false);
            setShowServlet(false);
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                                  HttpServletResponse response, int code, String message)
                throws IOException {
            baseRequest.setHandled(true);
            response.setHeader("X-Content-Type-Options", "nosniff");
            WorkbenchServlet.send(response, code, Layout.page("Request refused", "/", Role.DEFAULT,
                    "<h1>Request refused</h1>\n<p class=\"workbench-error\">The workbench could not answer this request"
                            + " (HTTP " + code + ").</p>\n<p><a href=\"/\">Back to the teams</a></p>\n"));
        }
    }
}
