package io.promisedesk.admin;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.Versioned;

import java.util.Locale;
import java.util.Map;

/**
 * Builds the context of {@code templates/admin/team-delete.vm}: the confirmation before a team's settings are deleted,
 * saying that its issues' data stays. The caller adds {@code xsrfToken}.
 */
public final class DeleteTeamView {
    public static final String TEMPLATE = "templates/admin/team-delete.vm";
    /** The checkbox the admin ticks to confirm; a delete without it is refused. */
    public static final String CONFIRM = "confirm";
    public static final String VERSION = "version";

    private final AdminLinks links;

    public DeleteTeamView(String baseUrl) {
        this.links = new AdminLinks(baseUrl);
    }

    public Map<String, Object> confirm(Versioned<TeamSettings> team, Locale locale) {
        return page(team, false, locale);
    }

    /** The page again after a submit without the confirmation ticked, saying so beside the checkbox. */
    public Map<String, Object> unconfirmed(Versioned<TeamSettings> team, Locale locale) {
        return page(team, true, locale);
    }

    private Map<String, Object> page(Versioned<TeamSettings> team, boolean unconfirmed, Locale locale) {
        Require.present(team, "team");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        String name = team.value().team().name();
        Map<String, Object> context = AdminContext.common(texts, links);
        context.put("heading", texts.render("promisedesk.admin.delete.heading", name));
        context.put("explanation", texts.render("promisedesk.admin.delete.explanation", name));
        context.put("dataStays", texts.render("promisedesk.admin.delete.dataStays"));
        context.put("formAction", links.deleteTeam(team.value().key()));
        context.put("version", Long.toString(team.version()));
        context.put("confirmLabel", texts.render("promisedesk.admin.delete.confirm", name));
        context.put("hasConfirmError", unconfirmed);
        context.put("confirmError", unconfirmed ? texts.render("promisedesk.admin.delete.unconfirmed") : "");
        context.put("submit", texts.render("promisedesk.admin.delete.submit"));
        context.put("cancelHref", links.teams());
        context.put("cancelText", texts.render("promisedesk.admin.delete.cancel"));
        return context;
    }
}
