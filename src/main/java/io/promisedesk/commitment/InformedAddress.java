package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.util.List;
import java.util.Locale;

/** Someone outside Jira a commitment keeps informed: their e-mail address and the language their digests are in. */
public record InformedAddress(EmailAddress address, Locale language) {
    /** The languages Promise Desk speaks; a digest in any other would fall back to English anyway. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    public InformedAddress {
        Require.present(address, "address");
        language = language(Require.present(language, "language").toLanguageTag());
    }

    /**
     * The language of a tag such as {@code en}, {@code nl} or {@code nl-BE}: its language part when Promise Desk
     * speaks it, else refused.
     */
    public static Locale language(String tag) {
        Require.notBlank(tag, "language", 35);
        Locale wanted = Locale.forLanguageTag(tag);
        return LANGUAGES.stream()
                .filter(known -> known.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("language", "promisedesk.error.address.language",
                        "must be one of en, nl, was " + tag, tag));
    }
}
