package io.promisedesk.jira.rest;

import io.promisedesk.language.Message;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses every write whose body is not declared {@code application/json} with 415, before any resource is matched:
 * Jersey matches a request without {@code Content-Type} to a method that consumes JSON anyway, and such a request is
 * one a page on another site can send with the user's session (docs/rest.md, "XSRF").
 */
@Provider
@PreMatching
public final class JsonOnlyWrites implements ContainerRequestFilter {
    static final String FIELD = "body";
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean write = BODY_METHODS.contains(method) || (method.equals("DELETE") && request.hasEntity());
        if (write && !isJson(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            request.abortWith(RestAnswers.refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, FIELD,
                    Message.of("promisedesk.rest.error.body.type"), request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        }
    }

    /** Exactly {@code application/json}, with parameters such as a charset or not; no wildcard, nothing unreadable. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType.strip());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return type.getType().equalsIgnoreCase("application") && type.getSubtype().equalsIgnoreCase("json");
    }
}
