package io.promisedesk.workbench;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.access.Access;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.scenario.Json;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Jira's REST v2 check of {@link LicensedOnly} in the workbench: a method marked so, on itself, its class or its
 * package, refuses nobody logged in with 401 before the resource runs, as Jira does (docs/workbench.md, "REST").
 */
final class LicensedOnlyFeature implements DynamicFeature {
    private final Access access;

    LicensedOnlyFeature(Access access) {
        this.access = access;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (marked(resource.getResourceMethod(), resource.getResourceClass())) {
            context.register(new LoginRequired(access));
        }
    }

    /** Read as Jira reads it: the method, then its class, then the class's package. */
    static boolean marked(Method method, Class<?> type) {
        return (method != null && method.isAnnotationPresent(LicensedOnly.class))
                || (type != null && (type.isAnnotationPresent(LicensedOnly.class)
                || type.getPackage().isAnnotationPresent(LicensedOnly.class)));
    }

    /** 401 with the plugin's own login message when the request's role stands for nobody logged in. */
    private static final class LoginRequired implements ContainerRequestFilter {
        private final Access access;

        LoginRequired(Access access) {
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (access.user().isEmpty()) {
                String message = new MessageRenderer(Locale.ENGLISH).render("promisedesk.rest.error.login");
                request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                        .type(new MediaType("application", "json", "utf-8"))
                        .entity(Json.write(Map.of("errors", Map.of("user", message))).getBytes(StandardCharsets.UTF_8))
                        .build());
            }
        }
    }
}
