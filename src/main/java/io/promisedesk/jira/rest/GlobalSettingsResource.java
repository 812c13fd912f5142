package io.promisedesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.access.Access;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.GlobalChange;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/promise-desk/1.0/settings/global}: the status phrases, the sales groups and the policies over JSON, for
 * Jira administrators only; a write replaces them over the version read, checked by the admin forms' own rules.
 */
@Path("/settings/global")
public class GlobalSettingsResource {
    private final Access access;
    private final ConfigureGlobalSettings configureGlobal;

    @Inject
    public GlobalSettingsResource(Access access, ConfigureGlobalSettings configureGlobal) {
        this.access = Require.present(access, "access");
        this.configureGlobal = Require.present(configureGlobal, "configureGlobal");
    }

    /** 200 with the version, the status-to-phrase overrides, the sales groups and the policies. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response read(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Response> refused = RestAnswers.unlessAdministrator(access, acceptLanguage);
        return refused.orElseGet(() -> RestAnswers.ok(SettingsJson.global(configureGlobal.current())));
    }

    /**
     * Replaces the settings from {@code {"version", "statusPhrases", "salesGroups"}} and any of the policies
     * ({@code snapshotWaitMinutes}, {@code statusLinksEnabled}, {@code statusLinkMaxDays}, {@code allowedEmailDomains};
     * one left out stays as stored): 200 with the new version; 400 with every wrong row, an unknown group and every
     * wrong policy at once, nothing saved; 409 with the stored settings when someone saved since.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(String json, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Response> refused = RestAnswers.unlessAdministrator(access, acceptLanguage);
        if (refused.isPresent()) {
            return refused.get();
        }
        RequestBody body = RequestBody.parse(json);
        if (body.hasErrors()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        long version = SettingsJson.version(body).orElse(0L);
        Optional<PhraseForm> phrases = SettingsJson.phraseForm(body, version);
        Optional<SalesGroupsForm> groups = SettingsJson.salesGroupsForm(body, version);
        Optional<PoliciesForm> policies = SettingsJson.policiesForm(body, version, configureGlobal.current().value());
        if (body.hasErrors()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        GlobalChange change = configureGlobal.save(phrases.orElseThrow(), groups.orElseThrow(), policies);
        if (change instanceof GlobalChange.Saved saved) {
            return RestAnswers.ok(SettingsJson.global(saved.stored()));
        }
        if (change instanceof GlobalChange.Conflict conflict) {
            return RestAnswers.refused(Response.Status.CONFLICT, Map.of(SettingsJson.VERSION,
                    Message.of("promisedesk.rest.error.conflict.settings", Long.toString(conflict.current().version()))),
                    Map.of("current", SettingsJson.global(conflict.current())), acceptLanguage);
        }
        return RestAnswers.refused(Response.Status.BAD_REQUEST,
                SettingsJson.byStatus(((GlobalChange.Refused) change).errors().byField(), phrases.orElseThrow()),
                Map.of(), acceptLanguage);
    }
}
