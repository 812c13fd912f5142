package io.promisedesk.workbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Jira 10's light or dark theme, as the workbench shows a page in it: the attributes Jira sets on {@code <html>}
 * (docs/jira-api-surface.md, "AUI and design tokens"). Chosen with {@code ?theme=light|dark} and kept in a cookie, as
 * the role is.
 */
enum Theme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark");

    static final Theme DEFAULT = LIGHT;
    static final String COOKIE = "promisedesk-workbench-theme";
    /** Jira's value of {@code data-theme}: which theme each colour mode uses, and the spacing tokens. */
    static final String DATA_THEME = "dark:dark light:light spacing:spacing";
    private static final ThreadLocal<Theme> CURRENT = new ThreadLocal<>();

    private final String parameter;
    private final String label;

    Theme(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** The value of {@code ?theme=} and of Jira's {@code data-color-mode}. */
    String parameter() {
        return parameter;
    }

    String label() {
        return label;
    }

    static Optional<Theme> named(String parameter) {
        return Arrays.stream(values()).filter(each -> each.parameter.equals(
                parameter == null ? null : parameter.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The theme of the request being answered on this thread (see {@link ThemeFilter}); light outside a request. */
    static Theme current() {
        Theme theme = CURRENT.get();
        return theme == null ? DEFAULT : theme;
    }

    /** Runs {@code answer} with this theme current, as {@link ThemeFilter} does for each request. */
    <T> T during(Callable<T> answer) throws Exception {
        Theme before = CURRENT.get();
        CURRENT.set(this);
        try {
            return answer.call();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
