package io.promisedesk.health;

import io.promisedesk.language.MessageRenderer;

import java.util.List;
import java.util.Locale;

/** Findings as a person reads them, for the checks' tests: the verdict, then the English text. */
final class Findings {
    private static final MessageRenderer ENGLISH = new MessageRenderer(Locale.ENGLISH);

    private Findings() {
    }

    /** Each finding as {@code "RED The text."}. */
    static List<String> read(List<Finding> findings) {
        return findings.stream().map(finding -> finding.verdict() + " " + ENGLISH.render(finding.text())).toList();
    }

    static String advice(Finding finding) {
        return ENGLISH.render(finding.advice().orElseThrow());
    }
}
