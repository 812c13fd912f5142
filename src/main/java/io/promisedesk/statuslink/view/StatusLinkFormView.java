package io.promisedesk.statuslink.view;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.statuslink.ScopeText;
import io.promisedesk.statuslink.StatusLinkPolicy;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The form that creates a status link to the page it sits on: the scope in hidden fields (as {@link ScopeText} keeps
 * it, so a list keeps its filter), the lifetime in days and whether to include the reasons of ETA changes.
 */
public final class StatusLinkFormView {
    public static final String TEMPLATE = "templates/statuslink/create-form.vm";
    /** The form's field names; the template's inputs carry the same names. */
    public static final String KIND = "linkKind";
    public static final String VALUE = "linkValue";
    public static final String DAYS = "days";
    public static final String REASONS = "reasons";

    private final StatusLinkLinks links;

    public StatusLinkFormView(String baseUrl) {
        this.links = new StatusLinkLinks(baseUrl);
    }

    /**
     * The form for a link to {@code scope} as the administrator's {@code policy} allows it (in its place a note while
     * links are switched off), read in {@code locale}.
     */
    public Map<String, Object> context(StatusLinkScope scope, StatusLinkPolicy policy, Locale locale) {
        ScopeText text = ScopeText.of(Require.present(scope, "scope"));
        int longestDays = Require.present(policy, "policy").longestLifetimeDays();
        MessageRenderer words = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("enabled", policy.enabled());
        context.put("disabledText", words.render("promisedesk.statusLink.create.disabled"));
        context.put("formAction", links.create());
        context.put("kindField", KIND);
        context.put("kind", text.kind());
        context.put("valueField", VALUE);
        context.put("value", text.value());
        context.put("heading", words.render("promisedesk.statusLink.create.heading"));
        context.put("intro", words.render("promisedesk.statusLink.create.intro"));
        context.put("daysField", DAYS);
        context.put("daysLabel", words.render("promisedesk.statusLink.create.days"));
        context.put("daysHint", words.render("promisedesk.statusLink.create.daysHint", longestDays));
        context.put("days", Integer.toString(Math.min(StatusLinks.DEFAULT_DAYS, longestDays)));
        context.put("longestDays", Integer.toString(longestDays));
        context.put("reasonsField", REASONS);
        context.put("reasonsLabel", words.render("promisedesk.statusLink.create.reasons"));
        context.put("submitLabel", words.render("promisedesk.statusLink.create.submit"));
        context.put("listHref", links.list());
        context.put("listLabel", words.render("promisedesk.statusLink.list.open"));
        return Collections.unmodifiableMap(context);
    }
}
