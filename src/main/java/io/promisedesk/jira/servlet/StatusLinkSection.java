package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinkPolicy;
import io.promisedesk.statuslink.view.StatusLinkFormView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "share a read-only status link" form as a section of the page it shares (one issue's sales view, a customer's
 * review, "My commitments"), for the readers who may create links: the sales groups and Jira administrators.
 */
final class StatusLinkSection {
    private StatusLinkSection() {
    }

    /**
     * The form for a link to {@code scope} as the administrator's {@code policy} allows it, or nothing for a reader
     * who may not create one.
     */
    static List<Section> of(StatusLinkScope scope, StatusLinkPolicy policy, Access access, PageRequest request) {
        if (access.user().isEmpty() || !(access.isSales() || access.isAdministrator())) {
            return List.of();
        }
        Map<String, Object> context = new LinkedHashMap<>(new StatusLinkFormView(request.baseUrl())
                .context(scope, policy, request.locale()));
        context.put("xsrfToken", request.xsrfToken());
        return List.of(new Section(StatusLinkFormView.TEMPLATE, context));
    }
}
