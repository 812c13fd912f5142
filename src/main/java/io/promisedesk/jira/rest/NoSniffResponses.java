package io.promisedesk.jira.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.ext.Provider;

/**
 * Marks every answer of our REST module, refusals included, {@code X-Content-Type-Options: nosniff}: a browser must not
 * read a JSON answer that quotes what a caller typed as HTML or script.
 */
@Provider
public final class NoSniffResponses implements ContainerResponseFilter {
    static final String HEADER = "X-Content-Type-Options";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, "nosniff");
    }
}
