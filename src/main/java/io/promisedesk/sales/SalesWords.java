package io.promisedesk.sales;

import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.language.SalesSentence;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sales pages' words in one reader's language, and the names risks carry in forms and CSS classes. */
final class SalesWords {
    private final MessageRenderer renderer;

    SalesWords(Locale locale) {
        this.renderer = new MessageRenderer(locale);
    }

    String text(String key, Object... arguments) {
        return renderer.render(key, arguments);
    }

    String text(Message message) {
        return renderer.render(message);
    }

    /** Several messages as one text, each sentence after the other. */
    String text(List<Message> messages) {
        return renderer.render(messages);
    }

    String text(SalesSentence sentence) {
        return renderer.render(sentence);
    }

    String date(LocalDate date) {
        return renderer.format(date);
    }

    /** The risk in words and the modifier of its CSS class, so it is never told by colour alone. */
    Map<String, Object> risk(SalesRisk risk) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("name", text(risk.message()));
        shown.put("modifier", riskValue(risk));
        return Collections.unmodifiableMap(shown);
    }

    /** The risk's name in form values, links and CSS classes: {@code on-track}, {@code at-risk}, {@code late}. */
    static String riskValue(SalesRisk risk) {
        return risk.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
