package io.promisedesk.digest.view;

import io.promisedesk.common.Require;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestPreview;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The context of {@code templates/digest/digest-page.vm}: the reader's choice of how often the digest comes, as a
 * form, and when their next one goes out. The preview itself is {@link DigestView#preview}'s, rendered below it with
 * the mail's own template. The caller adds {@code xsrfToken}, Jira's form token.
 */
public final class DigestPageView {
    public static final String TEMPLATE = "templates/digest/digest-page.vm";
    /** The form field that carries the choice, {@link DigestFrequency#formValue()}. */
    public static final String FREQUENCY = "frequency";

    private final DigestLinks links;
    private final ZoneId zone;

    /** {@code baseUrl} is Jira's; the time the next digest goes out is written in {@code zone}. */
    public DigestPageView(String baseUrl, ZoneId zone) {
        this.links = new DigestLinks(baseUrl);
        this.zone = Require.present(zone, "zone");
    }

    /** The form with the reader's saved choice; {@code saved} when they have just saved it. */
    public Map<String, Object> chosen(DigestPreview preview, boolean saved, Locale locale) {
        DigestWords words = new DigestWords(Require.present(locale, "locale"), zone);
        DigestFrequency frequency = Require.present(preview, "preview").digest().frequency();
        Map<String, Object> context = base(words, preview, frequency.formValue());
        context.put("saved", saved);
        context.put("savedText", words.text("promisedesk.digest.page.saved", often(words, frequency)));
        context.put("hasError", false);
        context.put("error", "");
        return Collections.unmodifiableMap(context);
    }

    /** The form after a post of a value that names no frequency: why, beside the choice, with what was sent. */
    public Map<String, Object> refused(DigestPreview preview, String typed, Locale locale) {
        DigestWords words = new DigestWords(Require.present(locale, "locale"), zone);
        String sent = typed == null ? "" : typed;
        Map<String, Object> context = base(words, Require.present(preview, "preview"), sent);
        context.put("saved", false);
        context.put("savedText", "");
        context.put("hasError", true);
        context.put("error", words.text("promisedesk.digest.page.error.frequency", sent));
        return Collections.unmodifiableMap(context);
    }

    private Map<String, Object> base(DigestWords words, DigestPreview preview, String checked) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("formAction", links.page());
        context.put("field", FREQUENCY);
        context.put("legend", words.text("promisedesk.digest.page.legend"));
        context.put("hint", words.text("promisedesk.digest.page.hint"));
        List<Object> options = new ArrayList<>();
        for (DigestFrequency frequency : DigestFrequency.values()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("value", frequency.formValue());
            option.put("id", "promisedesk-digest-frequency-" + frequency.formValue());
            option.put("label", words.text(frequency == DigestFrequency.WEEKLY
                    ? "promisedesk.digest.page.weekly" : "promisedesk.digest.page.daily"));
            option.put("checked", frequency.formValue().equals(checked));
            options.add(Collections.unmodifiableMap(option));
        }
        context.put("options", List.copyOf(options));
        context.put("saveLabel", words.text("promisedesk.digest.page.save"));
        context.put("previewHeading", words.text("promisedesk.digest.page.previewHeading"));
        context.put("goesOut", words.text("promisedesk.digest.page.goesOut", words.time(preview.goesOutFrom())));
        return context;
    }

    private static String often(DigestWords words, DigestFrequency frequency) {
        return words.text(frequency == DigestFrequency.WEEKLY
                ? "promisedesk.digest.page.often.weekly" : "promisedesk.digest.page.often.daily");
    }
}
