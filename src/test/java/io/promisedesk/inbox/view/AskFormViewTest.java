package io.promisedesk.inbox.view;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.Asked;
import io.promisedesk.inbox.Urgency;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.promisedesk.inbox.view.InboxRendering.DUTCH;
import static io.promisedesk.inbox.view.InboxRendering.TOKEN;
import static io.promisedesk.inbox.view.InboxRendering.render;
import static io.promisedesk.inbox.view.InboxRendering.textarea;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The "ask for an ETA" form as sales meets it: fresh, asked, asked again, and refused beside each field. */
public class AskFormViewTest {
    private final InboxRendering world = new InboxRendering();

    @Test
    public void fresh_offersTheThreeUrgencies_noneChosen_andTheCommitmentsCustomer() {
        Document page = render(AskFormView.TEMPLATE, world.askForm.fresh(world.issue("OPS-7"), Optional.empty(),
                Locale.ENGLISH));

        assertEquals("Ask the team for an ETA", page.selectFirst("h2").text());
        assertTrue(page.selectFirst(".promisedesk-ask-form__intro").text().startsWith("Nobody is interrupted"));
        Element form = page.selectFirst("form");
        assertEquals("post", form.attr("method"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/sales/eta-request/OPS-7", form.attr("action"));
        assertEquals(TOKEN, form.selectFirst("input[name=atl_token]").val());
        assertEquals("How soon do you need it?", form.selectFirst("fieldset legend").text());
        List<Element> radios = form.select("input[type=radio][name=urgency]");
        assertEquals(List.of("today", "this-week", "no-rush"), radios.stream().map(Element::val).toList());
        assertTrue(radios.stream().noneMatch(radio -> radio.hasAttr("checked")));
        assertEquals(List.of("Today", "This week", "No rush"),
                radios.stream().map(radio -> page.selectFirst("label[for=" + radio.id() + "]").text()).toList());
        assertEquals("Globex", page.getElementById("promisedesk-ask-customer").val());
        assertEquals("", textarea(page.getElementById("promisedesk-ask-question")));
        assertEquals("1000", page.getElementById("promisedesk-ask-question").attr("maxlength"));
        for (Element input : form.select("input[type=text], textarea")) {
            assertTrue(input.id(), page.selectFirst("label[for=" + input.id() + "]") != null);
        }
        assertNull(page.selectFirst(".promisedesk-ask-form__waiting"));
        assertNull(page.selectFirst("[role=alert]"));
        assertNull(page.selectFirst(".promisedesk-ask-form__confirmation"));
    }

    @Test
    public void asked_first_saysTheRequestWaitsInTheInbox_andResetsTheForm() {
        AskFormInput typed = new AskFormInput("this-week", "Globex", "Before the site visit?");
        Asked asked = world.ask("OPS-7", typed, "sam");

        Document page = render(AskFormView.TEMPLATE, world.askForm.asked(world.issue("OPS-7"), asked, Locale.ENGLISH));

        assertEquals("Asked. Your request is in the ETA inbox of the team; it answers in its next batch.",
                page.selectFirst(".promisedesk-ask-form__confirmation[role=status]").text());
        assertEquals("Sales already asked for this ETA once (most urgent: This week); a new question joins them.",
                page.selectFirst(".promisedesk-ask-form__waiting").text());
        assertTrue(page.select("input[type=radio]").stream().noneMatch(radio -> radio.hasAttr("checked")));
        assertEquals("", textarea(page.getElementById("promisedesk-ask-question")));
    }

    @Test
    public void askedAgain_joinsTheOpenRequest_andSaysHowManyOthersWait() {
        world.ask("OPS-7", new AskFormInput("no-rush", "Globex", ""), "sam");
        Asked second = world.ask("OPS-7", new AskFormInput("today", "Initech", "Can part one come first?"), "eva");
        Document twice = render(AskFormView.TEMPLATE, world.askForm.asked(world.issue("OPS-7"), second, Locale.ENGLISH));
        Asked third = world.ask("OPS-7", new AskFormInput("this-week", "Globex", ""), "sam");
        Document thrice = render(AskFormView.TEMPLATE, world.askForm.asked(world.issue("OPS-7"), third, Locale.ENGLISH));

        assertTrue(second instanceof Asked.Joined);
        assertEquals("Asked. Your request joins 1 other waiting for this ETA; the team answers them together in its next"
                + " batch.", twice.selectFirst(".promisedesk-ask-form__confirmation").text());
        assertEquals("Asked. Your request joins 2 others waiting for this ETA; the team answers them together in its"
                + " next batch.", thrice.selectFirst(".promisedesk-ask-form__confirmation").text());
        assertEquals("Sales already asked for this ETA 3 times (most urgent: Today); a new question joins them.",
                thrice.selectFirst(".promisedesk-ask-form__waiting").text());
    }

    @Test
    public void missingUrgency_isRefusedInsideTheUrgencyFieldset_keepingWhatWasTyped() {
        AskFormInput typed = new AskFormInput("", "Globex Benelux", "Is March realistic?");

        Document page = refused(typed);

        Element error = page.getElementById("promisedesk-ask-urgency-error");
        assertEquals("Choose how soon you need the ETA.", error.text());
        assertEquals("alert", error.attr("role"));
        assertEquals(page.selectFirst("fieldset.promisedesk-ask-form__field--urgency"), error.parent());
        assertEquals("true", error.parent().attr("aria-invalid"));
        assertEquals("promisedesk-ask-urgency-error", error.parent().attr("aria-describedby"));
        assertEquals("Globex Benelux", page.getElementById("promisedesk-ask-customer").val());
        assertEquals("Is March realistic?", textarea(page.getElementById("promisedesk-ask-question")));
        assertEquals(1, page.select("[role=alert]").size());
        assertTrue(world.store.openRequestOn(world.issue("OPS-7").key()).isEmpty());
    }

    @Test
    public void unknownUrgency_isRefusedBesideTheUrgency() {
        Document page = refused(new AskFormInput("yesterday", "Globex", ""));

        assertEquals("\"yesterday\" is not an urgency; choose today, this week or no rush.",
                page.getElementById("promisedesk-ask-urgency-error").text());
    }

    @Test
    public void questionTooLong_isRefusedBesideTheQuestion_keepingTheUrgencyAndText() {
        String question = "Why? ".repeat(200) + "!";
        Document page = refused(new AskFormInput("today", "Globex", question));

        Element error = page.getElementById("promisedesk-ask-question-error");
        assertEquals("Use at most 1,000 characters; this has 1,001.", error.text());
        assertEquals(page.selectFirst("p.promisedesk-ask-form__field--question"), error.parent());
        Element textarea = page.getElementById("promisedesk-ask-question");
        assertEquals("true", textarea.attr("aria-invalid"));
        assertEquals("promisedesk-ask-question-hint promisedesk-ask-question-error", textarea.attr("aria-describedby"));
        assertEquals(question, textarea(textarea));
        assertTrue(page.getElementById("promisedesk-ask-urgency-today").hasAttr("checked"));
        assertFalse(page.getElementById("promisedesk-ask-urgency-no-rush").hasAttr("checked"));
    }

    @Test
    public void missingCustomer_isRefusedBesideTheCustomer() {
        Document page = refused(new AskFormInput("no-rush", "   ", "When?"));

        Element error = page.getElementById("promisedesk-ask-customer-error");
        assertEquals("Enter the customer who waits for the date.", error.text());
        assertEquals(page.selectFirst("p.promisedesk-ask-form__field--customer"), error.parent());
        assertEquals("true", page.getElementById("promisedesk-ask-customer").attr("aria-invalid"));
        assertEquals("   ", page.getElementById("promisedesk-ask-customer").val());
    }

    @Test
    public void aRefusalOfNoField_isShownAboveTheForm() {
        InvalidValueException requester = assertThrows(InvalidValueException.class, () ->
                new AskFormInput("today", "Globex", "").toCommand(world.issue("OPS-7"), WorkloadWorld.PLATFORM, " "));

        Document page = render(AskFormView.TEMPLATE, world.askForm.invalid(world.issue("OPS-7"), Optional.empty(),
                new AskFormInput("today", "Globex", ""), requester, Locale.ENGLISH));

        assertEquals("This field must not be blank.", page.getElementById("promisedesk-ask-form-error").text());
        assertEquals("promisedesk-ask-form-error", page.selectFirst("form").attr("aria-describedby"));
    }

    @Test
    public void form_isATopLabelAuiForm_withFieldGroups_aPrimaryButton_andAuiMessages() {
        Asked asked = world.ask("OPS-7", new AskFormInput("this-week", "Globex", ""), "sam");
        Document answered = render(AskFormView.TEMPLATE, world.askForm.asked(world.issue("OPS-7"), asked, Locale.ENGLISH));
        Document noUrgency = refused(new AskFormInput("", "Globex", ""));
        Document noCustomer = refused(new AskFormInput("today", " ", ""));

        Element form = answered.selectFirst("form.promisedesk-ask-form__form");
        assertTrue("a top-label AUI form", form.hasClass("aui") && form.hasClass("top-label"));
        assertTrue("the urgencies an AUI group", form.selectFirst("fieldset.promisedesk-ask-form__field--urgency").hasClass("group"));
        assertEquals(2, form.select("p.field-group").size());
        assertTrue(answered.getElementById("promisedesk-ask-customer").hasClass("text"));
        assertTrue(answered.getElementById("promisedesk-ask-question").hasClass("textarea"));
        assertTrue(answered.getElementById("promisedesk-ask-question-hint").hasClass("description"));
        assertEquals("aui-button aui-button-primary", String.join(" ",
                form.selectFirst("button[type=submit]").classNames().stream().filter(name -> name.startsWith("aui")).toList()));
        assertTrue("an AUI success message", answered.selectFirst(".promisedesk-ask-form__confirmation").hasClass("aui-message-success"));
        assertTrue("an AUI info message", answered.selectFirst(".promisedesk-ask-form__waiting").hasClass("aui-message-info"));
        assertTrue("the error below its field", noCustomer.getElementById("promisedesk-ask-customer-error").hasClass("error"));
        assertTrue(noUrgency.getElementById("promisedesk-ask-urgency-error").hasClass("error"));
    }

    @Test
    public void dutch_fromTheUrgenciesToTheConfirmation() {
        world.ask("OPS-7", new AskFormInput("no-rush", "Globex", ""), "sam");
        Asked joined = world.ask("OPS-7", new AskFormInput("this-week", "Globex", ""), "eva");

        Document page = render(AskFormView.TEMPLATE, world.askForm.asked(world.issue("OPS-7"), joined, DUTCH));

        assertEquals("Het team om een ETA vragen", page.selectFirst("h2").text());
        assertEquals(List.of("Vandaag", "Deze week", "Geen haast"),
                page.select("fieldset label").stream().map(Element::text).toList());
        assertEquals("Gevraagd. Je aanvraag sluit aan bij 1 andere die op deze ETA wachten; het team beantwoordt ze"
                + " samen bij de volgende ronde.", page.selectFirst(".promisedesk-ask-form__confirmation").text());
        assertEquals("Sales vroeg al 2 keer om deze ETA (meest dringend: Deze week); een nieuwe vraag sluit daarbij aan.",
                page.selectFirst(".promisedesk-ask-form__waiting").text());
        assertEquals(Urgency.values().length, page.select("input[type=radio]").size());
    }

    private Document refused(AskFormInput typed) {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed.toCommand(world.issue("OPS-7"), WorkloadWorld.PLATFORM, "sam"));
        return render(AskFormView.TEMPLATE, world.askForm.invalid(world.issue("OPS-7"),
                world.store.openRequestOn(world.issue("OPS-7").key()), typed, error, Locale.ENGLISH));
    }
}
