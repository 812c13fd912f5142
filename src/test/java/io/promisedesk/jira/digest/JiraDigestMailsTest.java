package io.promisedesk.jira.digest;

import com.atlassian.sal.api.ApplicationProperties;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestEntry;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.digest.Recipient;
import org.junit.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.jira.JiraFakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Digest mails link to Jira's canonical base URL as it is when each mail is made, with times in the periods' zone. */
public class JiraDigestMailsTest {
    private static final Recipient SAM = new Recipient("sam", "Sam Sales", "sam@example.com", Locale.ENGLISH);
    private final String[] baseUrl = {"https://jira.example.com"};

    @Test
    public void eachMail_linksToTheBaseUrlOfTheMomentItIsMade() {
        JiraDigestMails mails = new JiraDigestMails(contextAsText(), application(),
                DigestSchedule.in(ZoneId.of("Europe/Amsterdam")));

        DigestMail first = mails.render(SAM, digest());
        baseUrl[0] = "https://jira.example.org/jira";
        DigestMail second = mails.render(SAM, digest());

        assertEquals("sam@example.com", first.to());
        assertTrue(first.html(), first.html().contains("https://jira.example.com/plugins/servlet/promisedesk/sales/issue/OPS-1"));
        assertTrue(second.text(), second.text().contains("https://jira.example.org/jira/plugins/servlet/promisedesk/sales/issue/OPS-1"));
    }

    @Test
    public void timesInTheMail_areInThePeriodsZone() {
        JiraDigestMails mails = new JiraDigestMails(contextAsText(), application(),
                DigestSchedule.in(ZoneId.of("Europe/Amsterdam")));

        DigestMail mail = mails.render(SAM, digest());

        // The change was made at 09:00 UTC, 10:00 in Amsterdam in March.
        assertTrue(mail.html(), mail.html().contains("10:00"));
        assertTrue(mail.html(), !mail.html().contains("09:00 UTC"));
    }

    private static Digest digest() {
        return new Digest("sam", DigestFrequency.DAILY, Instant.parse("2025-03-02T06:00:00Z"),
                Instant.parse("2025-03-04T06:00:00Z"), List.of(new DigestEntry(
                anEtaChange().on("OPS-1").at("2025-03-03T09:00:00Z").build(), Optional.empty(), Optional.empty())));
    }

    /** A template engine that writes the context out, so the test sees every value the templates would get. */
    private static DigestTemplates contextAsText() {
        return new DigestTemplates() {
            @Override
            public String html(String template, Map<String, Object> context) {
                return context.toString();
            }

            @Override
            public String text(String template, Map<String, Object> context) {
                return context.toString();
            }
        };
    }

    private ApplicationProperties application() {
        return fake(ApplicationProperties.class, Map.of("getBaseUrl", arguments -> baseUrl[0]));
    }
}
