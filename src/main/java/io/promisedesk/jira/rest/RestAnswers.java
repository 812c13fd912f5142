package io.promisedesk.jira.rest;

import io.promisedesk.access.Access;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.scenario.Json;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answers every resource of ours gives in the same shape: JSON written by our own writer, and refusals as
 * {@code {"errors": {"field": "message"}}} in the caller's language (English unless Dutch is preferred).
 */
final class RestAnswers {
    static final MediaType JSON = new MediaType("application", "json", "utf-8");
    private static final MessageRenderer ENGLISH = new MessageRenderer(Locale.ENGLISH);
    private static final MessageRenderer DUTCH = new MessageRenderer(Locale.forLanguageTag("nl"));

    private RestAnswers() {
    }

    static Response ok(Map<String, ?> body) {
        return json(Response.Status.OK, body);
    }

    /** 200 with JSON already written as UTF-8. */
    static Response ok(byte[] json) {
        return Response.ok(json, JSON).build();
    }

    /**
     * As UTF-8 bytes, which Jersey copies out as they are: a String entity is turned into characters and encoded
     * again on the way out, which cost more than writing a team's assessment (docs/performance.md).
     */
    static Response json(Response.Status status, Map<String, ?> body) {
        return Response.status(status).type(JSON).entity(Json.write(body).getBytes(StandardCharsets.UTF_8)).build();
    }

    /** 401: nobody is logged in, so nothing is told about the resource. */
    static Response loginNeeded(String acceptLanguage) {
        return refused(Response.Status.UNAUTHORIZED, "user", Message.of("promisedesk.rest.error.login"), acceptLanguage);
    }

    /**
     * Empty for a Jira administrator, who alone configures Promise Desk; otherwise the refusal: 401 for nobody
     * logged in, 403 for anyone else.
     */
    static Optional<Response> unlessAdministrator(Access access, String acceptLanguage) {
        if (access.user().isEmpty()) {
            return Optional.of(loginNeeded(acceptLanguage));
        }
        if (!access.isAdministrator()) {
            return Optional.of(refused(Response.Status.FORBIDDEN, "user", Message.of("promisedesk.rest.error.admin"),
                    acceptLanguage));
        }
        return Optional.empty();
    }

    /**
     * 404 for an issue that does not exist and for one the caller may not browse, word for word the same, so that
     * the answer tells nothing about issues the caller cannot see.
     */
    static Response noSuchIssue(String field, String typed, String acceptLanguage) {
        return refused(Response.Status.NOT_FOUND, field, Message.of("promisedesk.rest.error.notFound.issue", typed),
                acceptLanguage);
    }

    static Response refused(Response.Status status, String field, Message message, String acceptLanguage) {
        return refused(status, Map.of(field, message), Map.of(), acceptLanguage);
    }

    /** The refusal with a message per field, in the order given, and any further members of the body. */
    static Response refused(Response.Status status, Map<String, Message> errors, Map<String, ?> more,
                            String acceptLanguage) {
        MessageRenderer renderer = renderer(acceptLanguage);
        Map<String, Object> texts = new LinkedHashMap<>();
        errors.forEach((field, message) -> texts.put(field, renderer.render(message)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", texts);
        body.putAll(more);
        return json(status, body);
    }

    /** Dutch when the caller's {@code Accept-Language} prefers it to English; English otherwise, also when unreadable. */
    static MessageRenderer renderer(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage),
                    List.of(Locale.ENGLISH, DUTCH.locale()));
            return DUTCH.locale().equals(chosen) ? DUTCH : ENGLISH;
        } catch (IllegalArgumentException unreadable) {
            return ENGLISH;
        }
    }
}
