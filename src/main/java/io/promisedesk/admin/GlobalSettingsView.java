package io.promisedesk.admin;

import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.common.Require;
import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.Versioned;
import io.promisedesk.statuslink.StatusLinkPolicy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the contexts of {@code templates/admin/phrases.vm} (which Jira status reads as which business phrase),
 * {@code templates/admin/sales-groups.vm} (the Jira groups whose members are salespeople) and
 * {@code templates/admin/policies.vm} (stale figures, status links, e-mail domains). The caller adds {@code xsrfToken}.
 */
public final class GlobalSettingsView {
    public static final String PHRASES_TEMPLATE = "templates/admin/phrases.vm";
    public static final String SALES_GROUPS_TEMPLATE = "templates/admin/sales-groups.vm";
    public static final String POLICIES_TEMPLATE = "templates/admin/policies.vm";
    /** Empty rows offered below the stored overrides, for new ones. */
    public static final int EMPTY_ROWS = 3;
    private static final String CONFLICT_KEY = "promisedesk.admin.settings.conflict";

    private final AdminLinks links;

    public GlobalSettingsView(String baseUrl) {
        this.links = new AdminLinks(baseUrl);
    }

    /**
     * The phrase form showing {@code form} (stored or typed), with {@code errors} beside their rows, {@code notice}
     * above (saved, or a conflict) and, after a conflict, the stored overrides listed.
     */
    public Map<String, Object> phrases(PhraseForm form, Optional<FormErrors> errors, Optional<Message> notice,
                                       Optional<Versioned<GlobalSettings>> newer, Locale locale) {
        Require.present(form, "form");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = page(texts, "promisedesk.admin.phrases.heading", links.phrases(), form.version(),
                errors, notice);
        context.put("intro", texts.render("promisedesk.admin.phrases.intro"));
        context.put("statusLabel", texts.render("promisedesk.admin.phrases.status"));
        context.put("phraseLabel", texts.render("promisedesk.admin.phrases.phrase"));
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Message> byField = errors.map(FormErrors::byField).orElse(Map.of());
        for (int row = 0; row < form.rows() + EMPTY_ROWS; row++) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("number", String.valueOf(row + 1));
            shown.put("statusId", "promisedesk-phrase-status-" + row);
            shown.put("phraseId", "promisedesk-phrase-phrase-" + row);
            shown.put("status", form.status(row));
            shown.put("statusLabel", texts.render("promisedesk.admin.phrases.status.row", row + 1));
            shown.put("phraseLabel", texts.render("promisedesk.admin.phrases.phrase.row", row + 1));
            Message statusError = byField.get(PhraseForm.STATUS + "." + row);
            Message phraseError = byField.get(PhraseForm.PHRASE + "." + row);
            shown.put("hasStatusError", statusError != null);
            shown.put("statusError", statusError == null ? "" : texts.render(statusError));
            shown.put("hasPhraseError", phraseError != null);
            shown.put("phraseError", phraseError == null ? "" : texts.render(phraseError));
            List<Map<String, Object>> options = new ArrayList<>();
            for (BusinessPhrase phrase : BusinessPhrase.values()) {
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("value", phrase.name());
                option.put("text", texts.render(phrase.message()));
                option.put("selected", phrase.name().equals(form.phrase(row).strip()));
                options.add(option);
            }
            shown.put("options", options);
            rows.add(shown);
        }
        context.put("rows", rows);
        List<Map<String, String>> stored = new ArrayList<>();
        newer.ifPresent(current -> current.value().phrases().overrides().forEach((status, phrase) ->
                stored.add(Map.of("status", status, "phrase", texts.render(phrase.message())))));
        context.put("hasNewer", newer.isPresent());
        context.put("newerHeading", texts.render("promisedesk.admin.phrases.newer"));
        context.put("newer", stored);
        return context;
    }

    /** The sales groups form, as {@link #phrases} is built. */
    public Map<String, Object> salesGroups(SalesGroupsForm form, Optional<FormErrors> errors, Optional<Message> notice,
                                           Optional<Versioned<GlobalSettings>> newer, Locale locale) {
        Require.present(form, "form");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = page(texts, "promisedesk.admin.salesGroups.heading", links.salesGroups(),
                form.version(), errors, notice);
        context.put("intro", texts.render("promisedesk.admin.salesGroups.intro"));
        context.put("groupsLabel", texts.render("promisedesk.admin.salesGroups.label"));
        context.put("groupsHint", texts.render("promisedesk.admin.salesGroups.hint"));
        context.put("groups", form.groups());
        Message error = errors.map(FormErrors::byField).map(byField -> byField.get(SalesGroupsForm.GROUPS)).orElse(null);
        context.put("hasGroupsError", error != null);
        context.put("groupsError", error == null ? "" : texts.render(error));
        context.put("hasNewer", newer.isPresent());
        context.put("newerHeading", texts.render("promisedesk.admin.salesGroups.newer"));
        context.put("newer", newer.map(current -> List.copyOf(new TreeSet<>(current.value().salesGroups())))
                .orElse(List.of()));
        return context;
    }

    /** The policies form, as {@link #phrases} is built; after a conflict the stored policies are listed. */
    public Map<String, Object> policies(PoliciesForm form, Optional<FormErrors> errors, Optional<Message> notice,
                                        Optional<Versioned<GlobalSettings>> newer, Locale locale) {
        Require.present(form, "form");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = page(texts, "promisedesk.admin.policies.heading", links.policies(),
                form.version(), errors, notice);
        Map<String, Message> byField = errors.map(FormErrors::byField).orElse(Map.of());
        context.put("intro", texts.render("promisedesk.admin.policies.intro"));
        context.put("groups", List.of(
                group(texts.render("promisedesk.admin.policies.freshness"), field(texts, byField, PoliciesForm.WAIT,
                        form.snapshotWaitMinutes(), GlobalSettings.MIN_WAIT_MINUTES, GlobalSettings.MAX_WAIT_MINUTES)),
                group(texts.render("promisedesk.admin.policies.links"),
                        checkbox(texts, PoliciesForm.LINKS_ENABLED, form.statusLinksEnabled()),
                        field(texts, byField, PoliciesForm.LINK_DAYS, form.statusLinkMaxDays(), 1,
                                StatusLinkPolicy.MAX_LIFETIME_DAYS)),
                group(texts.render("promisedesk.admin.policies.domains"), lines(texts, byField, PoliciesForm.DOMAINS,
                        form.allowedEmailDomains(), AllowedEmailDomains.MAX_DOMAINS))));
        context.put("hasNewer", newer.isPresent());
        context.put("newerHeading", texts.render("promisedesk.admin.policies.newer"));
        context.put("newer", newer.map(current -> storedPolicies(current.value(), texts)).orElse(List.of()));
        return context;
    }

    /** The notice after a save. */
    public static Message saved() {
        return Message.of("promisedesk.admin.notice.settingsSaved");
    }

    /** The notice after a conflict: someone saved meanwhile, their values are listed, saving again replaces them. */
    public static Message conflict(long version) {
        return Message.of(CONFLICT_KEY, version);
    }

    @SafeVarargs
    private static Map<String, Object> group(String legend, Map<String, Object>... fields) {
        return Map.of("legend", legend, "fields", List.of(fields));
    }

    /** A whole-number field of the policies form: its label and hint by its name, the range in the hint. */
    private static Map<String, Object> field(MessageRenderer texts, Map<String, Message> byField, String name,
                                             String value, int min, int max) {
        Map<String, Object> field = policy(texts, name, false, min, max);
        field.put("min", String.valueOf(min));
        field.put("max", String.valueOf(max));
        return typed(field, texts, byField, value);
    }

    /** A text area of the policies form, one entry per line; {@code most} entries in the hint. */
    private static Map<String, Object> lines(MessageRenderer texts, Map<String, Message> byField, String name,
                                             String value, int most) {
        Map<String, Object> field = policy(texts, name, false, most);
        field.put("lines", true);
        return typed(field, texts, byField, value);
    }

    private static Map<String, Object> checkbox(MessageRenderer texts, String name, boolean checked) {
        Map<String, Object> field = policy(texts, name, true);
        field.put("checked", checked);
        return field;
    }

    /** A policy's name, id, label and hint, the hint filled with {@code hintArguments}. */
    private static Map<String, Object> policy(MessageRenderer texts, String name, boolean checkbox,
                                              Object... hintArguments) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("id", "promisedesk-policies-" + name);
        field.put("checkbox", checkbox);
        field.put("lines", false);
        field.put("label", texts.render("promisedesk.admin.policies." + name));
        field.put("hint", texts.render("promisedesk.admin.policies." + name + ".hint", hintArguments));
        return field;
    }

    /** The value typed into a policy's field and the error beside it. */
    private static Map<String, Object> typed(Map<String, Object> field, MessageRenderer texts,
                                             Map<String, Message> byField, String value) {
        field.put("value", value);
        Message error = byField.get(String.valueOf(field.get("name")));
        field.put("hasError", error != null);
        field.put("error", error == null ? "" : texts.render(error));
        return field;
    }

    private static List<String> storedPolicies(GlobalSettings stored, MessageRenderer texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.render("promisedesk.admin.policies.newer.wait", stored.snapshotWaitBound().toMinutes()));
        lines.add(texts.render(stored.statusLinks().enabled() ? "promisedesk.admin.policies.newer.linksOn"
                : "promisedesk.admin.policies.newer.linksOff", stored.statusLinks().longestLifetimeDays()));
        lines.add(stored.allowedEmailDomains().any() ? texts.render("promisedesk.admin.policies.newer.anyDomain")
                : texts.render("promisedesk.admin.policies.newer.domains",
                String.join(", ", new TreeSet<>(stored.allowedEmailDomains().domains()))));
        return lines;
    }

    private Map<String, Object> page(MessageRenderer texts, String headingKey, String action, String version,
                                     Optional<FormErrors> errors, Optional<Message> notice) {
        Require.present(errors, "errors");
        Require.present(notice, "notice");
        Map<String, Object> context = AdminContext.common(texts, links);
        context.put("heading", texts.render(headingKey));
        context.put("formAction", action);
        context.put("version", version);
        context.put("submit", texts.render("promisedesk.admin.settings.save"));
        context.put("hasNotice", notice.isPresent());
        context.put("notice", notice.map(texts::render).orElse(""));
        context.put("noticeIsConflict", notice.map(shown -> shown.key().equals(CONFLICT_KEY)).orElse(false));
        Message formError = errors.map(FormErrors::byField).map(byField -> byField.get(FormErrors.FORM)).orElse(null);
        context.put("hasFormError", formError != null);
        context.put("formError", formError == null ? "" : texts.render(formError));
        return context;
    }
}
