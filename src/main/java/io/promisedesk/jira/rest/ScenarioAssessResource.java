package io.promisedesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.scenario.AssessReport;
import io.promisedesk.scenario.ProblemReport;
import io.promisedesk.scenario.ScenarioException;
import io.promisedesk.scenario.ScenarioReader;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code POST /rest/promise-desk/1.0/scenario/assess}: the engine's verdicts on a scenario posted as JSON, so that
 * admins and sales can try Promise Desk on their own data inside Jira before any team is configured.
 */
@Path("/scenario")
public class ScenarioAssessResource {

    /**
     * Answers 200 with exactly what {@code ./assess} prints, or 400 with {@code {"problems": [...]}}.
     * Licensed users only: the Jira 10 default, written out so that nobody loosens it by accident.
     */
    @POST
    @Path("/assess")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response assess(String scenarioJson) {
        // The body is read as text: our own reader gives every problem with its JSON path, Jackson would not.
        String report;
        try {
            report = AssessReport.assess(ScenarioReader.read(scenarioJson == null ? "" : scenarioJson));
        } catch (ScenarioException invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ProblemReport.json(invalid.problems()))
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
