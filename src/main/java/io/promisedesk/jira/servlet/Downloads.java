package io.promisedesk.jira.servlet;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a {@link PageAnswer.Download} to a servlet response, the same way in Jira and in the workbench. */
public final class Downloads {
    private Downloads() {
    }

    public static void send(PageAnswer.Download download, HttpServletResponse response) throws IOException {
        byte[] body = download.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(download.contentType());
        response.setHeader("Content-Disposition", download.contentDisposition());
        // A browser must not guess HTML or script in a file whose cells people typed.
        ServletPages.forbidSniffing(response);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
