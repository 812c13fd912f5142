package io.promisedesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.access.Access;
import io.promisedesk.common.Require;
import io.promisedesk.health.RunHealthChecks;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code GET /rest/promise-desk/1.0/health}: the health check of everything Promise Desk depends on in Jira, run now,
 * for Jira administrators only; the lines in the caller's language, as the admin page shows them.
 */
@Path("/health")
public class HealthResource {
    private final Access access;
    private final RunHealthChecks health;

    @Inject
    public HealthResource(Access access, RunHealthChecks health) {
        this.access = Require.present(access, "access");
        this.health = Require.present(health, "health");
    }

    /** 200 with the verdict over all and each area's lines; 401 for nobody logged in, 403 for anyone but an admin. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response check(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Response> refused = RestAnswers.unlessAdministrator(access, acceptLanguage);
        return refused.orElseGet(() -> RestAnswers.ok(HealthJson.report(health.run(),
                RestAnswers.renderer(acceptLanguage))));
    }
}
