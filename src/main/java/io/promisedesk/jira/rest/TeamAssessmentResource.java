package io.promisedesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.access.Access;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.TeamSnapshot;
import io.promisedesk.workload.TeamSnapshots;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code GET /rest/promise-desk/1.0/team/{key}/assessment}: a team's current assessment from its cached snapshot,
 * with the verdicts of the committed issues the caller may browse, and counts of those alone.
 */
@Path("/team")
public class TeamAssessmentResource {
    private final Access access;
    private final TeamSnapshots snapshots;

    @Inject
    public TeamAssessmentResource(Access access, TeamSnapshots snapshots) {
        this.access = Require.present(access, "access");
        this.snapshots = Require.present(snapshots, "snapshots");
    }

    /** 200 with the team's figures and verdicts; 401 for nobody logged in; 404 for a team that is not configured. */
    @GET
    @Path("/{key}/assessment")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response assessment(@PathParam("key") String key,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (access.user().isEmpty()) {
            return RestAnswers.loginNeeded(acceptLanguage);
        }
        Optional<TeamSnapshot> snapshot = teamKey(key).flatMap(snapshots::snapshot);
        if (snapshot.isEmpty()) {
            return RestAnswers.refused(Response.Status.NOT_FOUND, "team",
                    Message.of("promisedesk.rest.error.notFound.team", String.valueOf(key)), acceptLanguage);
        }
        return RestAnswers.ok(AssessmentJson.team(snapshot.get().assessment().visibleTo(access::canBrowse),
                snapshot.get().staleSince()));
    }

    /** A key no team can have is simply not found. */
    static Optional<TeamKey> teamKey(String text) {
        try {
            return Optional.of(new TeamKey(text));
        } catch (InvalidValueException impossible) {
            return Optional.empty();
        }
    }
}
