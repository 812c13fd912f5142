package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Addresses a commitment keeps informed: checked one by one, lower-case domains, each once, not too many. */
public class InformedAddressesTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    public void anAddress_keepsItsLocalPart_andLowerCasesItsDomain() {
        EmailAddress address = new EmailAddress("  Jan.Smit+orders@Mail.ACME.example ");

        assertEquals("Jan.Smit+orders@mail.acme.example", address.text());
        assertEquals("mail.acme.example", address.domain());
    }

    @Test
    public void notAnAddress_isRefused_namingIt() {
        for (String bad : List.of("jan", "jan@", "@acme.example", "jan@acme", "jan@@acme.example", "jan smit@acme.example",
                "jan..smit@acme.example", ".jan@acme.example", "jan@-acme.example", "jan@acme..example",
                "<script>@acme.example", "jan@acme.example>", "\"jan\"@acme.example", "jän@acme.example",
                "jan@acme_corp.example", "x".repeat(65) + "@acme.example")) {
            InvalidValueException refused = assertThrows(bad, InvalidValueException.class, () -> new EmailAddress(bad));
            assertEquals(bad, "promisedesk.error.address.invalid", refused.i18nKey());
            assertEquals(bad, List.of(bad.strip()), refused.arguments());
        }
    }

    @Test
    public void anAddressTooLong_isRefusedWithItsLength() {
        String longest = "a@" + ("b".repeat(60) + ".").repeat(5) + "example";

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> new EmailAddress(longest));

        assertEquals("promisedesk.error.tooLong", refused.i18nKey());
    }

    @Test
    public void controlAndTextDirectionCharacters_areRefused() {
        for (String bad : List.of("jan@acme.example\r\nBcc: all@evil.example", "jan\u0000@acme.example",
                "jan@acme\u202E.example")) {
            InvalidValueException refused = assertThrows(InvalidValueException.class,
                    () -> InformedAddresses.parse(Optional.of(bad), Locale.ENGLISH));
            assertTrue(refused.i18nKey(), Set.of("promisedesk.error.controlCharacter", "promisedesk.error.address.invalid")
                    .contains(refused.i18nKey()));
        }
        assertEquals("promisedesk.error.controlCharacter", assertThrows(InvalidValueException.class,
                () -> new EmailAddress("jan\u0007@acme.example")).i18nKey());
    }

    @Test
    public void typedAddresses_areSplitOnCommasSemicolonsSpacesAndLines_inOneLanguage() {
        InformedAddresses informed = InformedAddresses.parse(
                Optional.of(" jan@acme.example, piet@acme.example;\nanna@globex.example  kees@globex.example\n"), DUTCH);

        assertEquals(List.of("jan@acme.example", "piet@acme.example", "anna@globex.example", "kees@globex.example"),
                informed.all().stream().map(address -> address.address().text()).toList());
        assertTrue(informed.all().stream().allMatch(address -> address.language().equals(DUTCH)));
    }

    @Test
    public void anEmptyBox_informsNobody() {
        assertEquals(InformedAddresses.none(), InformedAddresses.parse(Optional.of("  \n "), DUTCH));
        assertEquals(InformedAddresses.none(), InformedAddresses.parse(Optional.empty(), DUTCH));
    }

    @Test
    public void theSameAddressTwice_whateverItsCase_isKeptOnce_asFirstTyped() {
        InformedAddresses informed = InformedAddresses.parse(
                Optional.of("Jan@ACME.example jan@acme.example JAN@acme.EXAMPLE"), DUTCH);

        assertEquals("Jan@acme.example", informed.typed());
    }

    @Test
    public void moreThanTheMaximum_isRefused_withTheCount() {
        StringBuilder typed = new StringBuilder();
        for (int index = 0; index <= InformedAddresses.MAX_COUNT; index++) {
            typed.append("person").append(index).append("@acme.example\n");
        }

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> InformedAddresses.parse(Optional.of(typed.toString()), DUTCH));

        assertEquals("promisedesk.error.address.tooMany", refused.i18nKey());
        assertEquals(List.of(InformedAddresses.MAX_COUNT, InformedAddresses.MAX_COUNT + 1), refused.arguments());
    }

    @Test
    public void exactlyTheMaximum_isAllowed() {
        StringBuilder typed = new StringBuilder();
        for (int index = 0; index < InformedAddresses.MAX_COUNT; index++) {
            typed.append("person").append(index).append("@acme.example ");
        }

        assertEquals(InformedAddresses.MAX_COUNT,
                InformedAddresses.parse(Optional.of(typed.toString()), DUTCH).all().size());
    }

    @Test
    public void onlyLanguagesPromiseDeskSpeaks_areAccepted() {
        assertEquals(DUTCH, InformedAddress.language("nl-BE"));
        assertEquals(Locale.ENGLISH, InformedAddress.language("en-GB"));
        assertEquals("promisedesk.error.address.language", assertThrows(InvalidValueException.class,
                () -> InformedAddress.language("fr")).i18nKey());
    }

    @Test
    public void theStoredForm_readsBackTheSame() {
        InformedAddresses informed = new InformedAddresses(List.of(
                new InformedAddress(new EmailAddress("jan@acme.example"), DUTCH),
                new InformedAddress(new EmailAddress("ann@globex.example"), Locale.ENGLISH)));

        assertEquals("nl jan@acme.example\nen ann@globex.example", informed.stored());
        assertEquals(informed, InformedAddresses.fromStored(informed.stored()));
    }

    @Test
    public void anAddressOutsideTheAllowedDomains_isRefused_namingItAndTheDomains() {
        InformedAddresses informed = InformedAddresses.parse(Optional.of("jan@acme.example ann@globex.example"), DUTCH);
        AllowedEmailDomains acme = new AllowedEmailDomains(Set.of("acme.example", "acme.nl"));

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> informed.requireAllowed(acme, InformedAddresses.none()));

        assertEquals("promisedesk.error.address.domain", refused.i18nKey());
        assertEquals(List.of("ann@globex.example", "acme.example, acme.nl"), refused.arguments());
        assertEquals(informed, informed.requireAllowed(AllowedEmailDomains.ANY, InformedAddresses.none()));
    }

    @Test
    public void anAddressKeptFromTheReplacedCommitment_staysAllowed_afterTheDomainsWereRestricted() {
        InformedAddresses kept = InformedAddresses.parse(Optional.of("Ann@Globex.example"), Locale.ENGLISH);
        InformedAddresses typed = InformedAddresses.parse(Optional.of("jan@acme.example ann@globex.example"), DUTCH);
        AllowedEmailDomains acme = new AllowedEmailDomains(Set.of("acme.example"));

        assertEquals(typed, typed.requireAllowed(acme, kept));
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> InformedAddresses
                .parse(Optional.of("bob@globex.example"), DUTCH).requireAllowed(acme, kept));
        assertEquals(List.of("bob@globex.example", "acme.example"), refused.arguments());
    }

    @Test
    public void retypedAddresses_keepTheirLanguages_andNewOnesTheTypedOne() {
        InformedAddresses current = InformedAddresses.parse(Optional.of("ann@globex.example"), DUTCH);
        InformedAddresses typed = InformedAddresses.parse(Optional.of("jan@acme.example ANN@globex.example"),
                Locale.ENGLISH);

        InformedAddresses kept = typed.keepingLanguagesOf(current);

        assertEquals(List.of(Locale.ENGLISH, DUTCH), kept.all().stream().map(InformedAddress::language).toList());
        assertEquals("ann@globex.example", kept.all().get(1).address().text());
        assertTrue(kept.sameAddressesAs(typed));
        assertTrue(!kept.sameAddressesAs(current));
    }
}
