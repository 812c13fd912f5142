package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;

import java.util.Optional;

/**
 * One line of the health check: its verdict, what was found, what to do about it (required unless green) and an
 * optional detail shown as it is, such as a team's JQL or a table's name.
 */
public record Finding(Verdict verdict, Message text, Optional<Message> advice, Optional<String> detail) {
    public Finding {
        Require.present(verdict, "verdict");
        Require.present(text, "text");
        Require.present(advice, "advice");
        Require.present(detail, "detail");
        if (verdict != Verdict.GREEN && advice.isEmpty()) {
            throw new IllegalArgumentException("finding " + text.key() + " is " + verdict + ", so it must say what to do");
        }
    }

    public static Finding green(Message text) {
        return new Finding(Verdict.GREEN, text, Optional.empty(), Optional.empty());
    }

    public static Finding amber(Message text, Message advice) {
        return new Finding(Verdict.AMBER, text, Optional.of(advice), Optional.empty());
    }

    public static Finding red(Message text, Message advice) {
        return new Finding(Verdict.RED, text, Optional.of(advice), Optional.empty());
    }

    /** The same finding with {@code detail} shown beside it. */
    public Finding withDetail(String detail) {
        return new Finding(verdict, text, advice, Optional.of(Require.present(detail, "detail")));
    }
}
