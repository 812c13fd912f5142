package io.promisedesk.workbench;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves the installed AUI's stylesheets and icon fonts under {@link #PATH}, as Jira serves its own AUI to every page;
 * anything else of the package, or outside it, is 404.
 */
final class AuiServlet extends HttpServlet {
    static final String PATH = "/workbench/aui/";
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8", "woff", "font/woff",
            "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject", "svg", "image/svg+xml");

    private final transient Path dist;

    AuiServlet(Path dist) {
        this.dist = dist.toAbsolutePath().normalize();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!served(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = dist.resolve(name).normalize();
        if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = Files.readAllBytes(file);
        response.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The stylesheets the layout links, and the icon fonts they name ({@code fonts/x.woff}); nothing else. */
    static boolean served(String name) {
        return AuiDistribution.STYLESHEETS.contains(name)
                || name.matches("fonts/[a-z0-9-]+\\.(woff|ttf|eot|svg)");
    }
}
