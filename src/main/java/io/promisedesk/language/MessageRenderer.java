package io.promisedesk.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Turns messages into text in one language from the {@code i18n/promisedesk} bundles, which it reads as UTF-8;
 * a language without a bundle reads English, never the server's default language.
 *
 * <p>A value is run through {@link MessageFormat} only when its message has arguments, so apostrophes are written
 * {@code ''} in exactly those values. Dates read as a short weekday, the day and a short month: "Fri 13 Mar".
 */
public final class MessageRenderer {
    /** The same base name the plugin descriptor gives Jira, so that both read the same files. */
    static final String BUNDLE = "i18n.promisedesk";

    private static final ResourceBundle.Control UTF8_WITHOUT_DEFAULT_LOCALE = new Utf8Control();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    public MessageRenderer(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, MessageRenderer.class.getClassLoader(),
                UTF8_WITHOUT_DEFAULT_LOCALE);
        this.dates = shortDates(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The message's text; throws {@link java.util.MissingResourceException} for a key no bundle has. */
    public String render(Message message) {
        String value = bundle.getString(message.key());
        if (message.arguments().isEmpty()) {
            return value;
        }
        return new MessageFormat(value, locale).format(message.arguments().stream().map(this::shown).toArray());
    }

    /** The text of {@code key} with its arguments: {@code render(Message.of(key, arguments))}. */
    public String render(String key, Object... arguments) {
        return render(Message.of(key, arguments));
    }

    /** The sentence's parts, each a sentence of its own, separated by a space. */
    public String render(SalesSentence sentence) {
        return render(sentence.parts());
    }

    /** The messages, each a sentence of its own, separated by a space. */
    public String render(List<Message> messages) {
        return messages.stream().map(this::render).collect(Collectors.joining(" "));
    }

    /** A date as this language writes it briefly, "Fri 13 Mar" or "vr 13 mrt". */
    public String format(LocalDate date) {
        return dates.format(date);
    }

    /** Numbers stay numbers so that MessageFormat writes them with the language's separators. */
    private Object shown(Object argument) {
        if (argument instanceof LocalDate date) {
            return format(date);
        }
        if (argument instanceof Message message) {
            return render(message);
        }
        return argument;
    }

    /**
     * Weekday and month names come from the JDK's locale data without a trailing period: CLDR abbreviates Dutch
     * months as "mrt." and the older JRE data as "mrt", and a date that ends a sentence must not end in "..".
     */
    private static DateTimeFormatter shortDates(Locale locale) {
        Map<Long, String> weekdays = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.put((long) day.getValue(), withoutPeriod(day.getDisplayName(TextStyle.SHORT, locale)));
        }
        Map<Long, String> months = new HashMap<>();
        for (Month month : Month.values()) {
            months.put((long) month.getValue(), withoutPeriod(month.getDisplayName(TextStyle.SHORT, locale)));
        }
        return new DateTimeFormatterBuilder()
                .appendText(ChronoField.DAY_OF_WEEK, weekdays)
                .appendLiteral(' ')
                .appendValue(ChronoField.DAY_OF_MONTH)
                .appendLiteral(' ')
                .appendText(ChronoField.MONTH_OF_YEAR, months)
                .toFormatter(locale);
    }

    private static String withoutPeriod(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Reads properties as strict UTF-8, so a file saved in another encoding fails loudly instead of showing
     * mangled letters, and falls back to the base (English) bundle rather than the JVM's default locale.
     */
    private static final class Utf8Control extends ResourceBundle.Control {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
                throws IOException {
            String resource = toResourceName(toBundleName(baseName, locale), "properties");
            InputStream stream = loader.getResourceAsStream(resource);
            if (stream == null) {
                return null;
            }
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder())) {
                return new PropertyResourceBundle(reader);
            }
        }
    }
}
