package io.promisedesk.jira.digest;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.promisedesk.digest.Recipient;
import org.junit.Test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;

/**
 * A digest's recipient is an active Jira user with an e-mail address, named as Jira shows them and written to in the
 * language of their profile; anyone else gets no digest.
 */
public class JiraDigestRecipientsTest {
    private final Map<String, ApplicationUser> directory = new HashMap<>();
    private final JiraDigestRecipients recipients = new JiraDigestRecipients(
            fake(UserManager.class, Map.of("getUserByName", arguments -> directory.get((String) arguments[0]))),
            fake(LocaleManager.class, Map.of("getLocaleFor", arguments ->
                    ((ApplicationUser) arguments[0]).getUsername().equals("lotte") ? new Locale("nl", "NL") : null)));

    @Test
    public void anActiveUserWithAnAddress_isFound_withTheirNameAndLanguage() {
        directory.put("lotte", user("lotte", true, " lotte@example.nl ", "Lotte de Vries"));

        assertEquals(Optional.of(new Recipient("lotte", "Lotte de Vries", "lotte@example.nl", new Locale("nl", "NL"))),
                recipients.find("lotte"));
    }

    @Test
    public void aUserWithoutALanguage_isWrittenToInEnglish_andWithoutADisplayName_byTheirUserName() {
        directory.put("sam", user("sam", true, "sam@example.com", " "));

        assertEquals(Optional.of(new Recipient("sam", "sam", "sam@example.com", Locale.ENGLISH)),
                recipients.find("sam"));
    }

    @Test
    public void anInactiveUser_getsNoDigest() {
        directory.put("sam", user("sam", false, "sam@example.com", "Sam"));

        assertEquals(Optional.empty(), recipients.find("sam"));
    }

    @Test
    public void aUserWithoutAnAddress_getsNoDigest() {
        directory.put("sam", user("sam", true, null, "Sam"));
        directory.put("kim", user("kim", true, "  ", "Kim"));

        assertEquals(Optional.empty(), recipients.find("sam"));
        assertEquals(Optional.empty(), recipients.find("kim"));
    }

    @Test
    public void aDisplayNameWithHiddenCharacters_isWrittenToWithoutThem_andAnAddressWithThem_getsNoDigest() {
        directory.put("lotte", user("lotte", true, "lotte@example.nl", "Lotte\u0000 de\u202E Vries\r\n"));
        directory.put("sam", user("sam", true, "sam@example.com\r\nBcc: all@example.com", "Sam"));

        assertEquals(Optional.of(new Recipient("lotte", "Lotte de Vries", "lotte@example.nl", new Locale("nl", "NL"))),
                recipients.find("lotte"));
        assertEquals(Optional.empty(), recipients.find("sam"));
    }

    @Test
    public void aUserJiraDoesNotKnow_getsNoDigest() {
        assertEquals(Optional.empty(), recipients.find("gone"));
    }

    private static ApplicationUser user(String name, boolean active, String email, String displayName) {
        Map<String, java.util.function.Function<Object[], Object>> answers = new HashMap<>();
        answers.put("getUsername", returns(name));
        answers.put("isActive", returns(active));
        answers.put("getEmailAddress", returns(email));
        answers.put("getDisplayName", returns(displayName));
        return fake(ApplicationUser.class, answers);
    }
}
