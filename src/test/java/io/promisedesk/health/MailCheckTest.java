package io.promisedesk.health;

import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class MailCheckTest {
    private static List<Finding> check(boolean configured, boolean disabled, Optional<String> from) {
        return new MailCheck(() -> new MailProbe.Mail(configured, disabled, from)).run();
    }

    @Test
    public void aServerThatSends_isGreen_withItsSender() {
        assertEquals(List.of("GREEN Digests go out through Jira’s outgoing mail server, from jira@example.com."),
                Findings.read(check(true, false, Optional.of("jira@example.com"))));
        assertEquals(List.of("GREEN Digests go out through Jira’s outgoing mail server."),
                Findings.read(check(true, false, Optional.of(" "))));
    }

    @Test
    public void noServer_orSendingDisabled_isAmber_sinceOnlyTheDigestsStayUnsent() {
        List<Finding> neither = check(false, true, Optional.empty());

        assertEquals(List.of("AMBER Jira has no outgoing mail server, so digests are not sent.",
                "AMBER Outgoing mail is disabled in Jira, so digests are not sent."), Findings.read(neither));
        assertEquals("Set one up in Administration, System, Outgoing mail.", Findings.advice(neither.get(0)));
        assertEquals("Enable outgoing mail in Administration, System, Outgoing mail.", Findings.advice(neither.get(1)));
    }
}
