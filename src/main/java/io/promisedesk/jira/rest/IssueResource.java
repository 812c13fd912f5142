package io.promisedesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.access.Access;
import io.promisedesk.commitment.InformedOfIssue;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaRejection;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.eta.UpdateEtaCommand;
import io.promisedesk.language.Message;
import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.OvercommitOutcome;
import io.promisedesk.workload.TeamSnapshots;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One issue: {@code GET /rest/promise-desk/1.0/issue/{key}/assessment}, what its overcommit panel shows, and
 * {@code PUT /rest/promise-desk/1.0/issue/{key}/eta}, setting its ETA with a reason. An issue the caller may not
 * browse is answered exactly as one that does not exist.
 */
@Path("/issue")
public class IssueResource {
    static final String ETA = "eta";
    static final String REASON = "reason";
    static final String EXPECTED = "expectedCurrentEta";

    private final Access access;
    private final TeamDirectory directory;
    private final CheckOvercommit overcommit;
    private final UpdateEta updateEta;
    private final TeamSnapshots snapshots;
    private final InformedOfIssue informed;

    @Inject
    public IssueResource(Access access, TeamDirectory directory, CheckOvercommit overcommit, UpdateEta updateEta,
                         TeamSnapshots snapshots, InformedOfIssue informed) {
        this.access = Require.present(access, "access");
        this.directory = Require.present(directory, "directory");
        this.overcommit = Require.present(overcommit, "overcommit");
        this.updateEta = Require.present(updateEta, "updateEta");
        this.snapshots = Require.present(snapshots, "snapshots");
        this.informed = Require.present(informed, "informed");
    }

    /**
     * 200 with {@code state} committed (the verdict, the addresses the commitment keeps informed, and among the issues the caller may browse the other
     * commitments at risk, the unestimated issues due and the largest contributors), uncommitted (the team's figures,
     * counting only issues the caller may browse) or noTeam; 401 for nobody; 404 for a missing or hidden issue.
     */
    @GET
    @Path("/{key}/assessment")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response assessment(@PathParam("key") String key,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (access.user().isEmpty()) {
            return RestAnswers.loginNeeded(acceptLanguage);
        }
        Optional<IssueKey> issue = browsable(key);
        if (issue.isEmpty()) {
            return RestAnswers.noSuchIssue("issue", String.valueOf(key), acceptLanguage);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issue", issue.get().toString());
        OvercommitOutcome outcome = overcommit.check(issue.get(), OvercommitPanelView.CONTRIBUTORS, access::canBrowse);
        if (outcome instanceof OvercommitOutcome.Committed committed) {
            body.put("state", "committed");
            body.put("team", directory.teamOf(issue.get()).map(TeamKey::value).orElse(null));
            body.putAll(AssessmentJson.risk(committed.risk()));
            // Only a caller who may browse the issue gets here, as to the sales view that lists them.
            body.put(CommitmentResource.INFORMED, CommitmentResource.informedJson(informed.of(issue.get())));
            body.put("staleSince", AssessmentJson.instant(committed.staleSince()));
        } else if (outcome instanceof OvercommitOutcome.Uncommitted uncommitted) {
            body.put("state", "uncommitted");
            body.putAll(AssessmentJson.summary(uncommitted.team()));
            body.put("staleSince", AssessmentJson.instant(uncommitted.staleSince()));
        } else {
            body.put("state", "noTeam");
        }
        return RestAnswers.ok(body);
    }

    /**
     * Sets the ETA from {@code {"eta", "reason", "expectedCurrentEta"}} (JSON only: Jira's XSRF check lets a
     * mutating request through without a token only when a browser form could not have sent it). 200 with the
     * change; 400 with field errors; 401; 403 when the caller may see the issue but not edit it; 404 for a missing
     * or hidden issue, or one of no team; 409 when someone else changed the ETA since, with the current one.
     */
    @PUT
    @Path("/{key}/eta")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response setEta(@PathParam("key") String key, String json,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<String> user = access.user();
        if (user.isEmpty()) {
            return RestAnswers.loginNeeded(acceptLanguage);
        }
        Optional<IssueKey> issue = browsable(key);
        if (issue.isEmpty()) {
            return RestAnswers.noSuchIssue("issue", String.valueOf(key), acceptLanguage);
        }
        if (!access.canEdit(issue.get())) {
            return RestAnswers.refused(Response.Status.FORBIDDEN, "issue",
                    Message.of("promisedesk.rest.error.editEta", issue.get().toString()), acceptLanguage);
        }
        Optional<Team> team = directory.teamOf(issue.get()).flatMap(directory::team);
        if (team.isEmpty()) {
            return RestAnswers.refused(Response.Status.NOT_FOUND, "issue",
                    Message.of("promisedesk.rest.error.noTeam", issue.get().toString()), acceptLanguage);
        }
        RequestBody body = RequestBody.parse(json);
        if (body.hasErrors()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        Optional<UpdateEtaCommand> command = command(body, team.get(), issue.get(), user.get());
        if (command.isEmpty()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        EtaUpdateOutcome outcome = updateEta.update(command.get());
        if (outcome instanceof EtaUpdateOutcome.Rejected rejected) {
            Map<String, Object> current = new LinkedHashMap<>();
            current.put("currentEta", AssessmentJson.date(rejected.currentEta()));
            Message message = new Message(rejected.i18nKey(), rejected.arguments());
            return RestAnswers.refused(rejected.reason() == EtaRejection.STALE
                            ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST,
                    Map.of(fieldOf(rejected.reason()), message), current, acceptLanguage);
        }
        EtaChange change = ((EtaUpdateOutcome.Accepted) outcome).change();
        // The ETA is part of the team's verdicts (its distance from the commitment): the snapshot must not keep the old.
        snapshots.issueChanged(issue.get(), Optional.empty());
        return RestAnswers.ok(changeJson(change));
    }

    /** The update the body asks for; empty, with the body's errors, when a member is missing or unreadable. */
    private static Optional<UpdateEtaCommand> command(RequestBody body, Team team, IssueKey issue, String user) {
        Optional<LocalDate> eta = body.date(ETA);
        if (eta.isEmpty() && !body.errors().containsKey(ETA)) {
            body.error(ETA, Message.of("promisedesk.panel.eta.error.required"));
        }
        Optional<String> reason = body.text(REASON);
        if (!body.has(EXPECTED)) {
            body.error(EXPECTED, Message.of("promisedesk.rest.error.expectedEta"));
        }
        Optional<LocalDate> expected = body.date(EXPECTED);
        if (body.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UpdateEtaCommand(team, issue, user, expected, eta.orElseThrow(), reason));
        } catch (InvalidValueException invalid) {
            body.error(invalid.field(), Message.ofError(invalid));
            return Optional.empty();
        }
    }

    /** The field a person must change to get past the rule. */
    private static String fieldOf(EtaRejection reason) {
        return switch (reason) {
            case STALE -> EXPECTED;
            case SLIP_WITHOUT_REASON -> REASON;
            case UNCHANGED, IN_THE_PAST, BEYOND_HORIZON -> ETA;
        };
    }

    private static Map<String, Object> changeJson(EtaChange change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issue", change.issue().toString());
        body.put("eta", change.newEta().toString());
        body.put("previousEta", AssessmentJson.date(change.oldEta()));
        body.put("reason", change.reason().orElse(null));
        body.put("author", change.author());
        body.put("when", change.when().toString());
        return body;
    }

    /** The issue under that key when the caller may browse it; a malformed key is as missing as an unknown one. */
    private Optional<IssueKey> browsable(String text) {
        IssueKey key;
        try {
            key = IssueKey.parse(text);
        } catch (InvalidValueException notAKey) {
            return Optional.empty();
        }
        return access.canBrowse(key) ? Optional.of(key) : Optional.empty();
    }
}
