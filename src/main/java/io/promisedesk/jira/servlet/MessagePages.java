package io.promisedesk.jira.servlet;

import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.language.MessageRenderer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages that refuse a request (not found, not allowed, a form without a valid token, a form too large), in the
 * reader's language.
 */
final class MessagePages {
    static final String TEMPLATE = "templates/page/message.vm";
    static final int NOT_FOUND = 404;
    static final int FORBIDDEN = 403;
    static final int TOO_LARGE = 413;

    private MessagePages() {
    }

    /**
     * No such page or issue, or one the reader may not browse: the same words and status for both, so the answer
     * does not tell whether an issue exists.
     */
    static Page notFound(Locale locale) {
        return page(NOT_FOUND, "notFound", "promisedesk.page.notFound.heading", "promisedesk.page.notFound.text",
                locale);
    }

    /** The reader may not use this page; {@code textKey} says who may. */
    static Page forbidden(String textKey, Locale locale) {
        return page(FORBIDDEN, "forbidden", "promisedesk.page.forbidden.heading", textKey, locale);
    }

    /** A form post without Jira's valid {@code atl_token}: nothing was changed. */
    static Page xsrfRefused(Locale locale) {
        return page(FORBIDDEN, "xsrf", "promisedesk.page.xsrf.heading", "promisedesk.page.xsrf.text", locale);
    }

    /** A form post larger than any form of ours: refused unread, so nothing was changed. */
    static Page tooLarge(Locale locale) {
        return page(TOO_LARGE, "tooLarge", "promisedesk.page.tooLarge.heading", "promisedesk.page.tooLarge.text",
                locale);
    }

    private static Page page(int status, String kind, String headingKey, String textKey, Locale locale) {
        MessageRenderer texts = new MessageRenderer(locale);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("kind", kind);
        context.put("heading", texts.render(headingKey));
        context.put("text", texts.render(textKey));
        return new Page(status, texts.render(headingKey), "promisedesk-" + kind, false,
                List.of(new Section(TEMPLATE, context)));
    }
}
