package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every template of the plugin renders with an empty context: found in the jar, parsed, and let through by the host. */
public final class TemplateCheck implements HealthCheck {
    /** Every template the plugin ships, under {@code src/main/resources} (a test keeps the list complete). */
    public static final List<String> TEMPLATES = List.of(
            "templates/addressmail/address-digest-html.vm",
            "templates/addressmail/address-digest-text.vm",
            "templates/addressmail/unsubscribe.vm",
            "templates/admin/health.vm",
            "templates/admin/phrases.vm",
            "templates/admin/sales-groups.vm",
            "templates/admin/policies.vm",
            "templates/admin/team-delete.vm",
            "templates/admin/team-form.vm",
            "templates/admin/team-preview.vm",
            "templates/admin/teams.vm",
            "templates/chart/issue-chart.vm",
            "templates/chart/workload-chart.vm",
            "templates/digest/digest-html.vm",
            "templates/digest/digest-page.vm",
            "templates/digest/digest-text.vm",
            "templates/field/commitment-column.vm",
            "templates/field/commitment-edit.vm",
            "templates/field/commitment-view.vm",
            "templates/field/eta-column.vm",
            "templates/field/eta-edit.vm",
            "templates/field/eta-view.vm",
            "templates/inbox/ask-form.vm",
            "templates/inbox/eta-inbox.vm",
            "templates/inbox/inbox-list.vm",
            "templates/page/back-link.vm",
            "templates/page/freshness.vm",
            "templates/page/message.vm",
            "templates/page/page-end.vm",
            "templates/page/page-start.vm",
            "templates/panel/eta-form.vm",
            "templates/panel/eta-history.vm",
            "templates/panel/overcommit-view.vm",
            "templates/review/customer-list.vm",
            "templates/review/customer-review-view.vm",
            "templates/sales/commitment-form.vm",
            "templates/sales/commitments-view.vm",
            "templates/sales/issue-view.vm",
            "templates/statuslink/create-form.vm",
            "templates/statuslink/link-list.vm",
            "templates/statuslink/neutral.vm",
            "templates/statuslink/status-page.vm");

    private final TemplateProbe probe;

    public TemplateCheck(TemplateProbe probe) {
        this.probe = Require.present(probe, "probe");
    }

    @Override
    public Area area() {
        return Area.TEMPLATES;
    }

    @Override
    public List<Finding> run() {
        List<Finding> broken = new ArrayList<>();
        for (String template : TEMPLATES) {
            Optional<String> problem = probe.render(template);
            problem.ifPresent(why -> broken.add(Finding.red(Message.of("promisedesk.health.templates.broken", template,
                    why), Message.of("promisedesk.health.templates.broken.advice")).withDetail(template)));
        }
        return broken.isEmpty() ? List.of(Finding.green(Message.of("promisedesk.health.templates.ok", TEMPLATES.size())))
                : broken;
    }
}
