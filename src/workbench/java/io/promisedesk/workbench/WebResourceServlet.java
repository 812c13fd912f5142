package io.promisedesk.workbench;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves the plugin's web resources under {@link PluginWebResources#PATH}, read from the packaged class path. */
final class WebResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PluginWebResources resources;

    WebResourceServlet(PluginWebResources resources) {
        this.resources = resources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<byte[]> content = resources.content(name);
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(name.endsWith(".css") ? "text/css;charset=UTF-8" : "application/octet-stream");
        // A development tool: an edited stylesheet shows on the next load after a rebuild.
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(content.get().length);
        response.getOutputStream().write(content.get());
    }
}
