package io.promisedesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.access.Access;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.TeamChange;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.TeamKey;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/promise-desk/1.0/settings/teams}: the admin's team settings over JSON, for Jira administrators only:
 * list, read, create, update over the version read, and delete. Writes go through {@link ConfigureTeams} and its
 * form check, so REST refuses exactly what the admin page refuses, with the same messages.
 */
@Path("/settings/teams")
public class TeamSettingsResource {
    private final Access access;
    private final TeamSettingsStore store;
    private final ConfigureTeams configureTeams;

    @Inject
    public TeamSettingsResource(Access access, TeamSettingsStore store, ConfigureTeams configureTeams) {
        this.access = Require.present(access, "access");
        this.store = Require.present(store, "store");
        this.configureTeams = Require.present(configureTeams, "configureTeams");
    }

    /** 200 with every configured team and its version, by key. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Response> refused = RestAnswers.unlessAdministrator(access, acceptLanguage);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Object> teams = store.all().stream()
                .sorted(Comparator.comparing(stored -> stored.value().key().value()))
                .map(stored -> (Object) SettingsJson.team(stored)).toList();
        return RestAnswers.ok(Map.of("teams", teams));
    }

    /** 200 with the team's settings and version; 404 when no team has that key. */
    @GET
    @Path("/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response read(@PathParam("key") String key, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Response> refused = RestAnswers.unlessAdministrator(access, acceptLanguage);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Versioned<TeamSettings>> stored = TeamAssessmentResource.teamKey(key).flatMap(store::find);
        if (stored.isEmpty()) {
            return unknownTeam(key, acceptLanguage);
        }
        return RestAnswers.ok(SettingsJson.team(stored.get()));
    }

    /** 201 with the new team at version 1; 400 with the form's errors (a key already taken among them). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(String json, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Response> refused = RestAnswers.unlessAdministrator(access, acceptLanguage);
        if (refused.isPresent()) {
            return refused.get();
        }
        RequestBody body = RequestBody.parse(json);
        if (body.hasErrors()) {
            return badBody(body, acceptLanguage);
        }
        String key = body.text(TeamForm.KEY).orElse("");
        Optional<TeamForm> form = SettingsJson.teamForm(body, key, "");
        if (form.isEmpty()) {
            return badBody(body, acceptLanguage);
        }
        TeamChange change = configureTeams.create(form.get());
        if (change instanceof TeamChange.Saved saved) {
            return Response.fromResponse(RestAnswers.json(Response.Status.CREATED, SettingsJson.team(saved.stored())))
                    .location(URI.create("settings/teams/" + saved.stored().value().key().value())).build();
        }
        return answer(change, key, acceptLanguage);
    }

    /**
     * Replaces the team's settings with the body's, which carries the {@code version} read: 200 with the new
     * version; 400 with the form's errors; 404 for no such team; 409 with the stored team when someone saved since.
     */
    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("key") String key, String json,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Response> refused = RestAnswers.unlessAdministrator(access, acceptLanguage);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<TeamKey> team = TeamAssessmentResource.teamKey(key).filter(known -> store.find(known).isPresent());
        if (team.isEmpty()) {
            return unknownTeam(key, acceptLanguage);
        }
        RequestBody body = RequestBody.parse(json);
        if (body.hasErrors()) {
            return badBody(body, acceptLanguage);
        }
        Optional<Long> version = SettingsJson.version(body);
        // A body naming another key is refused beside the key, as the form refuses a changed key.
        String typedKey = body.has(TeamForm.KEY) ? body.text(TeamForm.KEY).orElse("") : team.get().value();
        Optional<TeamForm> form = SettingsJson.teamForm(body, typedKey, version.map(String::valueOf).orElse(""));
        if (form.isEmpty() || version.isEmpty()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        return answer(configureTeams.update(team.get(), form.get()), key, acceptLanguage);
    }

    /**
     * Deletes the team's settings if it is still at {@code version} (required: a delete is never blind): 200 naming
     * the deleted team; 404 for no such team; 409 with the stored team when someone saved since. Issue data stays.
     */
    @DELETE
    @Path("/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response delete(@PathParam("key") String key, @QueryParam("version") String version,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Response> refused = RestAnswers.unlessAdministrator(access, acceptLanguage);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<TeamKey> team = TeamAssessmentResource.teamKey(key).filter(known -> store.find(known).isPresent());
        if (team.isEmpty()) {
            return unknownTeam(key, acceptLanguage);
        }
        Optional<Long> expected = SettingsJson.version(version);
        if (expected.isEmpty()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, SettingsJson.VERSION,
                    SettingsJson.versionError(version), acceptLanguage);
        }
        // The DELETE itself with the version read is the admin's explicit confirmation.
        TeamChange change = configureTeams.delete(team.get(), expected.get(), true);
        if (change instanceof TeamChange.Deleted deleted) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("deleted", deleted.deleted().key().value());
            body.put(TeamForm.NAME, deleted.deleted().team().name());
            return RestAnswers.ok(body);
        }
        return answer(change, key, acceptLanguage);
    }

    /** The answer to a change that was not a create or delete: saved, refused, conflict or missing. */
    private static Response answer(TeamChange change, String key, String acceptLanguage) {
        if (change instanceof TeamChange.Saved saved) {
            return RestAnswers.ok(SettingsJson.team(saved.stored()));
        }
        if (change instanceof TeamChange.Refused refused) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, refused.errors().byField(), Map.of(), acceptLanguage);
        }
        if (change instanceof TeamChange.Conflict conflict) {
            Versioned<TeamSettings> current = conflict.current();
            return RestAnswers.refused(Response.Status.CONFLICT, Map.of(SettingsJson.VERSION,
                    Message.of("promisedesk.rest.error.conflict.team", current.value().key().value(),
                            Long.toString(current.version()))), Map.of("current", SettingsJson.team(current)),
                    acceptLanguage);
        }
        return unknownTeam(key, acceptLanguage);
    }

    private static Response unknownTeam(String typed, String acceptLanguage) {
        return RestAnswers.refused(Response.Status.NOT_FOUND, "team",
                Message.of("promisedesk.rest.error.notFound.team", String.valueOf(typed)), acceptLanguage);
    }

    private static Response badBody(RequestBody body, String acceptLanguage) {
        return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
    }
}
