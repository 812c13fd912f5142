package io.promisedesk.admin;

import io.promisedesk.language.MessageRenderer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every admin page's context holds: the navigation between the admin pages. */
final class AdminContext {
    private AdminContext() {
    }

    static Map<String, Object> common(MessageRenderer texts, AdminLinks links) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("navLabel", texts.render("promisedesk.admin.nav.label"));
        context.put("nav", List.of(
                link(links.teams(), texts.render("promisedesk.admin.nav.teams")),
                link(links.phrases(), texts.render("promisedesk.admin.nav.phrases")),
                link(links.salesGroups(), texts.render("promisedesk.admin.nav.salesGroups")),
                link(links.policies(), texts.render("promisedesk.admin.nav.policies")),
                link(links.health(), texts.render("promisedesk.admin.nav.health"))));
        return context;
    }

    static Map<String, String> link(String href, String text) {
        return Map.of("href", href, "text", text);
    }
}
