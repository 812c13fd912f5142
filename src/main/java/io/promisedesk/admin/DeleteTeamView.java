package io.promisedesk.admin;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.Versioned;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        return page(team, Optional.empty(), locale);
    }

    /** The page again after a submit without the confirmation ticked, saying so beside the checkbox. */
    public Map<String, Object> unconfirmed(Versioned<TeamSettings> team, Locale locale) {
        return page(team, Optional.of("promisedesk.admin.delete.unconfirmed"), locale);
    }

    /** The page again over {@code current}, after someone changed the team since the page was shown; nothing deleted. */
    public Map<String, Object> changed(Versioned<TeamSettings> current, Locale locale) {
        return page(current, Optional.of("promisedesk.admin.delete.changed"), locale);
    }

    private Map<String, Object> page(Versioned<TeamSettings> team, Optional<String> problem, Locale locale) {
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
        context.put("hasConfirmError", problem.isPresent());
        context.put("confirmError", problem.map(texts::render).orElse(""));
        context.put("submit", texts.render("promisedesk.admin.delete.submit"));
        context.put("cancelHref", links.teams());
        context.put("cancelText", texts.render("promisedesk.admin.delete.cancel"));
        return context;
    }
}
