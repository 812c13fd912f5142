package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.statuslink.CreatedStatusLink;
import io.promisedesk.statuslink.ScopeText;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.statuslink.TokenHash;
import io.promisedesk.statuslink.view.StatusLinkFormView;
import io.promisedesk.statuslink.view.StatusLinkLinks;
import io.promisedesk.statuslink.view.StatusLinkListView;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creating, listing and revoking status links without Jira: the list of the reader's live links (an administrator's
 * all) at {@value StatusLinkLinks#LIST_PATH}, the create form's post at {@value StatusLinkLinks#CREATE_PATH} (answered
 * with the list and, once, the new link's address) and a row's revoke at {@value StatusLinkLinks#REVOKE_PATH}. Nobody
 * logged in goes to the login page; only the sales groups and Jira administrators create links, but anyone logged in
 * lists and revokes their own, so a creator who has left the sales groups can still close what they shared. A post
 * needs a valid XSRF token; a link the reader may not revoke is not found, exactly as one that does not exist.
 */
public final class StatusLinkFormRequests {
    /** The query parameter of the redirect after a revocation, so the list confirms it. */
    static final String REVOKED = "revoked";
    static final int REFUSED = 400;

    private final Access access;
    private final StatusLinks links;
    private final ZoneId zone;

    /** Times on the list are written in {@code zone}, Jira's. */
    public StatusLinkFormRequests(Access access, StatusLinks links, ZoneId zone) {
        this.access = Require.present(access, "access");
        this.links = Require.present(links, "links");
        this.zone = Require.present(zone, "zone");
    }

    /** The list; the form paths (where the login page sends someone back to) redirect to it; else not found. */
    public PageAnswer get(PageRequest request) {
        if (access.user().isEmpty()) {
            return new PageAnswer.Login();
        }
        if (request.path().equals(StatusLinkLinks.CREATE_PATH) || request.path().equals(StatusLinkLinks.REVOKE_PATH)) {
            return new PageAnswer.Redirect(new StatusLinkLinks(request.baseUrl()).list());
        }
        if (!request.path().equals(StatusLinkLinks.LIST_PATH)) {
            return MessagePages.notFound(request.locale());
        }
        return list(request, 200, Optional.empty(), request.parameters().containsKey(REVOKED), Optional.empty());
    }

    /** Creates a link and shows its address once, or revokes one and redirects to the list. */
    public PageAnswer post(PageRequest request) {
        if (access.user().isEmpty()) {
            return new PageAnswer.Login();
        }
        if (request.path().equals(StatusLinkLinks.CREATE_PATH)) {
            Optional<PageAnswer> refused = SalesGate.refusal(access, request.locale());
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        if (!request.xsrfValid()) {
            return MessagePages.xsrfRefused(request.locale());
        }
        if (request.path().equals(StatusLinkLinks.CREATE_PATH)) {
            return create(request);
        }
        if (request.path().equals(StatusLinkLinks.REVOKE_PATH)) {
            return revoke(request);
        }
        return MessagePages.notFound(request.locale());
    }

    private PageAnswer create(PageRequest request) {
        StatusLinkScope scope;
        try {
            scope = new ScopeText(first(request, StatusLinkFormView.KIND), first(request, StatusLinkFormView.VALUE))
                    .scope();
        } catch (RuntimeException notAScope) {
            // Only a form tampered with or cut short sends this: the form always carries a scope it can read back.
            return MessagePages.notFound(request.locale());
        }
        try {
            int days = days(first(request, StatusLinkFormView.DAYS));
            boolean reasons = !first(request, StatusLinkFormView.REASONS).isEmpty();
            Optional<CreatedStatusLink> created = links.create(access, scope, days, reasons);
            if (created.isEmpty()) {
                return MessagePages.notFound(request.locale());
            }
            return list(request, 200, created, false, Optional.empty());
        } catch (InvalidValueException invalid) {
            return list(request, REFUSED, Optional.empty(), false,
                    Optional.of(new MessageRenderer(request.locale()).render(Message.ofError(invalid))));
        }
    }

    private PageAnswer revoke(PageRequest request) {
        TokenHash hash;
        try {
            hash = new TokenHash(first(request, StatusLinkListView.LINK));
        } catch (InvalidValueException notAHash) {
            return MessagePages.notFound(request.locale());
        }
        if (!links.revoke(access, hash)) {
            return MessagePages.notFound(request.locale());
        }
        return new PageAnswer.Redirect(new StatusLinkLinks(request.baseUrl()).list() + "?" + REVOKED + "=1");
    }

    private int days(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException(StatusLinkFormView.DAYS, "promisedesk.statusLink.error.number",
                    "must be a whole number, was \"" + typed + "\"");
        }
    }

    private Page list(PageRequest request, int status, Optional<CreatedStatusLink> created, boolean revoked,
                      Optional<String> error) {
        Map<String, Object> context = new LinkedHashMap<>(new StatusLinkListView(request.baseUrl(), zone)
                .context(links.liveLinksOf(access), created, revoked, request.locale()));
        context.put("xsrfToken", request.xsrfToken());
        context.put("hasError", error.isPresent());
        error.ifPresent(message -> context.put("error", message));
        String title = new MessageRenderer(request.locale()).render("promisedesk.page.statusLinks.title");
        return new Page(status, title, "promisedesk-status-links-page", true,
                List.of(new Section(StatusLinkListView.TEMPLATE, context)));
    }

    private static String first(PageRequest request, String name) {
        List<String> values = request.parameters().getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
