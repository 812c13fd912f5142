package io.promisedesk.jira.digest;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import io.promisedesk.addressmail.AddressDigest;
import io.promisedesk.addressmail.AddressNews;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.digest.DigestNotSentException;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.JiraFakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * A digest to an address goes onto Jira's mail queue as one mail to the address, with the RFC 8058 one-click
 * unsubscribe headers naming the link the mail carries; a queue that refuses it means the digest was not sent.
 */
public class JiraAddressDigestSenderTest {
    private static final AddressDigest DIGEST = new AddressDigest(new EmailAddress("jan@acme.example"),
            Locale.ENGLISH, Instant.parse("2025-03-17T07:00:00Z"), Instant.parse("2025-03-18T07:00:00Z"),
            List.of(new AddressNews(IssueKey.parse("OPS-1"), Optional.of("Replace the pump"), Optional.empty(),
                    LocalDate.parse("2025-03-25"), LocalDate.parse("2025-03-28"))));
    private static final DigestTemplates VELOCITY = JiraLikeVelocity.DIGEST_TEMPLATES;

    private final List<Object> queued = new ArrayList<>();
    private final StatusLinkToken token = StatusLinkToken.generate(new SecureRandom());

    @Test
    public void aDigest_isOneQueuedMail_withTheOneClickUnsubscribeHeaders() {
        sender(fake(MailQueue.class, Map.of("addItem", arguments -> queued.add(arguments[0]))))
                .send(DIGEST, token);

        Email email = ((SingleMailQueueItem) queued.get(0)).getEmail();
        assertEquals("jan@acme.example", email.getTo());
        assertEquals("News on one promised issue", email.getSubject());
        assertEquals("<https://jira.example.com/plugins/servlet/promisedesk/unsubscribe/" + token.text() + ">",
                email.getHeaders().get("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", email.getHeaders().get("List-Unsubscribe-Post"));
    }

    @Test
    public void aQueueThatRefuses_meansNotSent() {
        JiraAddressDigestSender refusing = sender(fake(MailQueue.class, Map.of("addItem", arguments -> {
            throw new IllegalStateException("queue is shutting down");
        })));

        assertThrows(DigestNotSentException.class, () -> refusing.send(DIGEST, token));
    }

    private static JiraAddressDigestSender sender(MailQueue queue) {
        return new JiraAddressDigestSender(VELOCITY,
                fake(ApplicationProperties.class, Map.of("getBaseUrl", arguments -> "https://jira.example.com/")),
                DigestSchedule.in(ZoneOffset.UTC), queue);
    }
}
