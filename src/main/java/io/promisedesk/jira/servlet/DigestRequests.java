package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.common.Require;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestPreferenceStore;
import io.promisedesk.digest.DigestPreview;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.PreviewDigest;
import io.promisedesk.digest.view.DigestLinks;
import io.promisedesk.digest.view.DigestPageView;
import io.promisedesk.digest.view.DigestView;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.MessageRenderer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "My digest" without Jira: the reader's choice of how often the digest comes, and the preview of their next one
 * rendered with the mail's own template. Nobody logged in goes to the login page, anyone but the sales groups and
 * Jira administrators is refused, and the choice's post needs a valid XSRF token; a saved choice redirects back.
 */
public final class DigestRequests {
    public static final String PATH = DigestLinks.PAGE_PATH;
    /** The query parameter of the redirect after a save, so the page confirms it. */
    static final String SAVED = "saved";

    private final Access access;
    private final DigestPreferenceStore preferences;
    private final PreviewDigest previews;
    private final DigestSchedule schedule;

    /** Times on the page are written in the {@code schedule}'s zone, the one the digests go out by. */
    public DigestRequests(Access access, DigestPreferenceStore preferences, PreviewDigest previews,
                          DigestSchedule schedule) {
        this.access = Require.present(access, "access");
        this.preferences = Require.present(preferences, "preferences");
        this.previews = Require.present(previews, "previews");
        this.schedule = Require.present(schedule, "schedule");
    }

    /** {@value #PATH}: the choice and the preview; anything else is not found. */
    public PageAnswer get(PageRequest request) {
        Optional<PageAnswer> refused = SalesGate.refusal(access, request.locale());
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!request.path().equals(PATH)) {
            return MessagePages.notFound(request.locale());
        }
        String user = access.user().orElseThrow();
        DigestPreview preview = previews.preview(user);
        boolean saved = request.parameters().containsKey(SAVED);
        return page(request, preview, pageView(request).chosen(preview, saved, request.locale()));
    }

    /** {@value #PATH}: saves the {@code frequency} chosen and redirects back; a value naming none is refused beside it. */
    public PageAnswer post(PageRequest request) {
        Optional<PageAnswer> refused = SalesGate.refusal(access, request.locale());
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!request.xsrfValid()) {
            return MessagePages.xsrfRefused(request.locale());
        }
        if (!request.path().equals(PATH)) {
            return MessagePages.notFound(request.locale());
        }
        String user = access.user().orElseThrow();
        List<String> sent = request.parameters().getOrDefault(DigestPageView.FREQUENCY, List.of());
        String typed = sent.isEmpty() ? "" : sent.get(0);
        Optional<DigestFrequency> chosen = DigestFrequency.fromFormValue(typed);
        if (chosen.isEmpty()) {
            DigestPreview preview = previews.preview(user);
            return page(request, preview, pageView(request).refused(preview, typed, request.locale()));
        }
        preferences.choose(user, chosen.get());
        return new PageAnswer.Redirect(trimmed(request.baseUrl()) + PATH + "?" + SAVED + "=1");
    }


    private DigestPageView pageView(PageRequest request) {
        return new DigestPageView(request.baseUrl(), schedule.zone());
    }

    private Page page(PageRequest request, DigestPreview preview, Map<String, Object> form) {
        Map<String, Object> formContext = new LinkedHashMap<>(form);
        formContext.put("xsrfToken", request.xsrfToken());
        Map<String, Object> body = new DigestView(request.baseUrl(), schedule.zone())
                .preview(preview.digest(), request.locale());
        String title = new MessageRenderer(request.locale()).render("promisedesk.page.digest.title");
        return new Page(200, title, "promisedesk-digest-page", true, List.of(
                new Section(DigestPageView.TEMPLATE, formContext), new Section(DigestView.HTML_TEMPLATE, body)));
    }

    private static String trimmed(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
