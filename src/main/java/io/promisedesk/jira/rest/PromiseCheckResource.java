package io.promisedesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.access.Access;
import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.PromiseAnswer;
import io.promisedesk.workload.PromiseOutcome;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /rest/promise-desk/1.0/promise-check}: "can we promise this date?" for an issue's team or a team,
 * answered yes, or with the earliest date the team can keep, on the team's cached snapshot.
 */
@Path("/promise-check")
public class PromiseCheckResource {
    static final String ISSUE = "issue";
    static final String TEAM = "team";
    static final String DATE = "date";
    static final String HOURS = "hours";

    private final Access access;
    private final TeamDirectory directory;
    private final CheckPromise checkPromise;

    @Inject
    public PromiseCheckResource(Access access, TeamDirectory directory, CheckPromise checkPromise) {
        this.access = Require.present(access, "access");
        this.directory = Require.present(directory, "directory");
        this.checkPromise = Require.present(checkPromise, "checkPromise");
    }

    /**
     * Reads {@code {"issue" or "team", "date", "hours"?}}; hours default to the team's default estimate. 200 with
     * the answer; 400 with field errors; 401; 404 for a missing or hidden issue, an issue of no team, or an
     * unknown team. JSON only, as every write of ours, although this one changes nothing.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response check(String json, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (access.user().isEmpty()) {
            return RestAnswers.loginNeeded(acceptLanguage);
        }
        RequestBody body = RequestBody.parse(json);
        if (body.hasErrors()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        Optional<String> issueText = body.text(ISSUE);
        Optional<String> teamText = body.text(TEAM);
        if (issueText.isPresent() == teamText.isPresent() && !body.hasErrors()) {
            body.error(issueText.isPresent() ? TEAM : ISSUE, Message.of("promisedesk.rest.error.subject"));
        }
        Optional<IssueKey> issue = issueText.flatMap(text -> issueKey(text, body));
        Optional<LocalDate> date = body.date(DATE);
        if (date.isEmpty() && !body.errors().containsKey(DATE)) {
            body.error(DATE, Message.of("promisedesk.error.required"));
        }
        Optional<Hours> hours = body.hours(HOURS);
        if (body.hasErrors()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        if (issue.isPresent() && !access.canBrowse(issue.get())) {
            return RestAnswers.noSuchIssue(ISSUE, issue.get().toString(), acceptLanguage);
        }
        Optional<TeamKey> teamKey = issue.isPresent() ? directory.teamOf(issue.get())
                : teamText.flatMap(TeamAssessmentResource::teamKey);
        Optional<Team> team = teamKey.flatMap(directory::team);
        if (team.isEmpty()) {
            return issue.isPresent()
                    ? RestAnswers.refused(Response.Status.NOT_FOUND, ISSUE,
                            Message.of("promisedesk.rest.error.noTeam", issue.get().toString()), acceptLanguage)
                    : unknownTeam(teamText.orElseThrow(), acceptLanguage);
        }
        Hours asked = hours.orElse(team.get().defaultEstimate());
        PromiseOutcome outcome;
        try {
            outcome = checkPromise.check(team.get().key(), asked, date.orElseThrow());
        } catch (InvalidValueException invalid) {
            String field = invalid.field().equals(HOURS) ? HOURS : DATE;
            return RestAnswers.refused(Response.Status.BAD_REQUEST, field, Message.ofError(invalid), acceptLanguage);
        }
        if (outcome instanceof PromiseOutcome.Answered answered) {
            return RestAnswers.ok(answer(issue, team.get(), answered.answer()));
        }
        return unknownTeam(team.get().key().value(), acceptLanguage);
    }

    private static Optional<IssueKey> issueKey(String text, RequestBody body) {
        try {
            return Optional.of(IssueKey.parse(text.strip()));
        } catch (InvalidValueException notAKey) {
            body.error(ISSUE, Message.ofError(notAKey));
            return Optional.empty();
        }
    }

    private static Response unknownTeam(String typed, String acceptLanguage) {
        return RestAnswers.refused(Response.Status.NOT_FOUND, TEAM,
                Message.of("promisedesk.rest.error.notFound.team", typed), acceptLanguage);
    }

    private static Map<String, Object> answer(Optional<IssueKey> issue, Team team, PromiseAnswer answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        issue.ifPresent(key -> body.put(ISSUE, key.toString()));
        body.put(TEAM, team.key().value());
        body.put(HOURS, AssessmentJson.hours(answer.hours()));
        body.put(DATE, answer.wished().toString());
        body.put("feasible", answer.feasible());
        body.put("earliest", AssessmentJson.date(answer.earliest()));
        return body;
    }
}
