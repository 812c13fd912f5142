package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentSaved;
import io.promisedesk.commitment.CommitmentStale;
import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.PromiseAnswer;
import io.promisedesk.workload.PromiseOutcome;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.sales.CommitmentFormRendering.OPS_30;
import static io.promisedesk.sales.CommitmentFormRendering.TEAM;
import static io.promisedesk.sales.CommitmentFormRendering.typed;
import static io.promisedesk.sales.CommitmentFormRendering.TOKEN;
import static io.promisedesk.sales.CommitmentFormRendering.answer;
import static io.promisedesk.sales.CommitmentFormRendering.render;
import static io.promisedesk.sales.CommitmentFormRendering.submitted;
import static io.promisedesk.sales.CommitmentFormRendering.value;
import static io.promisedesk.sales.SalesRendering.DUTCH;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The commitment form as sales meets it: fresh, checked, saved and refused, in English and Dutch. */
public class CommitmentFormViewTest {
    private final CommitmentFormRendering world = new CommitmentFormRendering();

    @Test
    public void fresh_showsTheCurrentCommitment_prefilledToBeChanged() {
        Document page = render(world.view.fresh(OPS_30, Optional.of("Call Jan first"), Locale.ENGLISH));

        assertEquals("Set the commitment", page.selectFirst("h2").text());
        assertEquals("Fri 20 Mar to ACME", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals(Map.of("atl_token", List.of(TOKEN), "expectedDate", List.of("2026-03-20"),
                "expectedCustomer", List.of("ACME"), "date", List.of("2026-03-20"), "customer", List.of("ACME"),
                "note", List.of("Call Jan first"), "addresses", List.of(""), "addressLanguage", List.of("en")),
                submitted(page));
        assertNull(page.selectFirst("#promisedesk-commitment-answer"));
        assertNull(page.selectFirst("[role=alert]"));
        assertNull(page.selectFirst(".promisedesk-commitment-form__confirmation"));
    }

    @Test
    public void fresh_withNothingPromised_isEmpty() {
        WorkItem uncommitted = anIssue("OPS-31").remaining(8).build();

        Document page = render(world.view.fresh(uncommitted, Optional.empty(), Locale.ENGLISH));

        assertEquals("Nothing promised", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals("", value(page, "date"));
        assertEquals("", value(page, "customer"));
        assertEquals("", value(page, "note"));
    }

    @Test
    public void form_postsToTheIssuesCommitmentRoute_andChecksBeforeItSaves() {
        Document page = render(world.view.fresh(OPS_30, Optional.empty(), Locale.ENGLISH));

        Element form = page.selectFirst("form");
        assertEquals("post", form.attr("method"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/sales/commitment/OPS-30", form.attr("action"));
        List<Element> buttons = form.select("button[type=submit][name=action]");
        assertEquals(List.of("check", "save"), buttons.stream().map(button -> button.val()).toList());
        assertEquals(List.of("Check the date", "Save the commitment"), buttons.stream().map(Element::text).toList());
        assertEquals("Check the date first: you see whether the team can meet it before you promise it.",
                page.getElementById(buttons.get(0).attr("aria-describedby")).text());
    }

    @Test
    public void checked_aDateTheTeamCannotMeet_namesTheEarliestItCan_keepsWhatWasTyped_andSavesNothing() {
        CommitmentFormInput typed = typed("2026-03-04", " Globex ", "Needed for the fair");
        PromiseOutcome outcome = world.setCommitment.check(typed.toCommand(TEAM, OPS_30, "sam"));

        Document page = render(world.view.checked(OPS_30, typed, outcome, Locale.ENGLISH));

        assertEquals("The team cannot meet Wed 4 Mar. The earliest date it can meet is Wed 18 Mar.", answer(page));
        assertTrue(page.selectFirst("#promisedesk-commitment-answer").hasClass("promisedesk-commitment-form__answer--cannot"));
        assertTrue("an AUI warning message", page.selectFirst("#promisedesk-commitment-answer").hasClass("aui-message-warning"));
        assertEquals("status", page.selectFirst("#promisedesk-commitment-answer").attr("role"));
        assertEquals("2026-03-18", page.selectFirst("#promisedesk-commitment-answer").attr("data-earliest"));
        assertEquals(List.of("2026-03-04", " Globex ", "Needed for the fair"),
                List.of(value(page, "date"), value(page, "customer"), value(page, "note")));
        assertEquals("Fri 20 Mar to ACME", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals(Optional.empty(), world.store.load(OPS_30.key()));
    }

    /** AUI's form pattern: labels on top, field groups with description and error, "Check the date" the primary button. */
    @Test
    public void form_isAnAuiTopLabelForm_withFieldGroupsAndCheckAsThePrimaryButton() {
        CommitmentFormInput typed = typed("2026-03-04", "Globex", "Needed for the fair");
        PromiseOutcome outcome = world.setCommitment.check(typed.toCommand(TEAM, OPS_30, "sam"));
        Document page = render(world.view.checked(OPS_30, typed, outcome, Locale.ENGLISH));

        Element form = page.selectFirst("form.promisedesk-commitment-form__form");
        assertTrue(form.hasClass("aui") && form.hasClass("top-label"));
        assertEquals(5, form.select(".field-group").size());
        assertTrue(page.selectFirst("#promisedesk-commitment-note-hint").hasClass("description"));
        assertTrue(page.selectFirst("#promisedesk-commitment-date").hasClass("text"));
        assertTrue(page.selectFirst("#promisedesk-commitment-note").hasClass("textarea"));
        Element check = form.selectFirst("button[value=check]");
        Element save = form.selectFirst("button[value=save]");
        assertTrue(check.hasClass("aui-button") && check.hasClass("aui-button-primary"));
        assertTrue(save.hasClass("aui-button") && !save.hasClass("aui-button-primary"));
        assertTrue(check.elementSiblingIndex() < save.elementSiblingIndex());
    }

    @Test
    public void checked_aDateTheTeamCanMeet_saysSoInDutch() {
        CommitmentFormInput typed = typed("2026-03-30", "Globex", "");
        PromiseOutcome outcome = world.setCommitment.check(typed.toCommand(TEAM, OPS_30, "sam"));

        Document page = render(world.view.checked(OPS_30, typed, outcome, DUTCH));

        assertEquals("Het team haalt ma 30 mrt.", answer(page));
        assertTrue(page.selectFirst("#promisedesk-commitment-answer").hasClass("promisedesk-commitment-form__answer--can"));
        assertTrue("an AUI success message", page.selectFirst("#promisedesk-commitment-answer").hasClass("aui-message-success"));
        assertFalse(page.selectFirst("#promisedesk-commitment-answer").hasAttr("data-earliest"));
        assertEquals("vr 20 mrt aan ACME", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals("Datum controleren", page.selectFirst("button[value=check]").text());
        assertEquals("Beloofde datum", page.selectFirst("label[for=promisedesk-commitment-date]").text());
    }

    @Test
    public void checked_noDateWithinTheHorizon_saysNoneIsSafe() {
        LocalDate wished = LocalDate.parse("2026-03-04");
        PromiseOutcome none = new PromiseOutcome.Answered(new PromiseAnswer(Hours.of(24), wished, false, Optional.empty()));

        Document english = render(world.view.checked(OPS_30, typed("2026-03-04", "ACME", ""), none,
                Locale.ENGLISH));
        Document dutch = render(world.view.checked(OPS_30, typed("2026-03-04", "ACME", ""), none, DUTCH));

        assertEquals("The team cannot meet Wed 4 Mar, nor any date in the next five years with its current workload.",
                answer(english));
        assertEquals("Het team haalt wo 4 mrt niet, en met de huidige werklast ook geen datum in de komende vijf jaar.",
                answer(dutch));
    }

    @Test
    public void checked_forATeamNoLongerSetUp_saysTheDateCannotBeChecked() {
        PromiseOutcome unknown = new PromiseOutcome.UnknownTeam(new TeamKey("gone"));

        Document page = render(world.view.checked(OPS_30, typed("2026-03-04", "ACME", ""), unknown,
                Locale.ENGLISH));

        assertEquals("The team of this issue is no longer set up in Promise Desk, so the date cannot be checked.", answer(page));
        assertTrue(page.selectFirst("#promisedesk-commitment-answer").hasClass("promisedesk-commitment-form__answer--unknown"));
    }

    @Test
    public void saved_confirmsTheCommitmentWithTheTeamsAnswer_readyToChangeAgain() {
        CommitmentFormInput typed = typed("2026-03-30", " Globex ", " Agreed with Jan ");
        CommitmentSaved outcome = (CommitmentSaved) world.setCommitment.set(typed.toCommand(TEAM, OPS_30, "sam"));
        WorkItem now = anIssue("OPS-30").remaining(24).committedTo("2026-03-30", "Globex").build();

        Document page = render(world.view.saved(now, outcome, Locale.ENGLISH));

        assertEquals("Saved. Promised for Mon 30 Mar to Globex.", page.selectFirst(".promisedesk-commitment-form__confirmation").text());
        assertEquals("The team can meet Mon 30 Mar.", answer(page));
        assertEquals("Mon 30 Mar to Globex", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals(List.of("2026-03-30", "Globex", "Agreed with Jan"),
                List.of(value(page, "date"), value(page, "customer"), value(page, "note")));
    }

    @Test
    public void checked_keepsTheCommitmentTheFormWasOpenedOn_asTheOneExpected() {
        CommitmentFormInput typed = typed("2026-03-30", "Globex", "");
        WorkItem changedMeanwhile = anIssue("OPS-30").remaining(24).committedTo("2026-04-03", "Initech").build();

        Document page = render(world.view.checked(changedMeanwhile, typed,
                world.setCommitment.check(typed.toCommand(TEAM, OPS_30, "sam")), Locale.ENGLISH));

        assertEquals(List.of("2026-03-20", "ACME"), expected(page));
    }

    @Test
    public void saved_expectsTheSavedCommitment_forTheNextChange() {
        CommitmentFormInput typed = typed("2026-03-30", "Globex", "");
        CommitmentSaved outcome = (CommitmentSaved) world.setCommitment.set(typed.toCommand(TEAM, OPS_30, "sam"));

        Document page = render(world.view.saved(OPS_30, outcome, Locale.ENGLISH));

        assertEquals(List.of("2026-03-30", "Globex"), expected(page));
    }

    @Test
    public void stale_keepsWhatWasTyped_showsTheNewerCommitment_andExpectsItFromNowOn() {
        CommitmentFormInput typed = typed("2026-03-30", "Globex", "Agreed with Jan");
        CommitmentStale outcome = new CommitmentStale(Optional.of(Commitment.of(LocalDate.parse("2026-04-03"), "Initech")));

        Document page = render(world.view.stale(OPS_30, typed, outcome, Locale.ENGLISH));

        assertBeside(page, "date", "Someone else changed the commitment while you were editing. Check the commitment"
                + " promised now and save again; what you entered is kept. It is now promised for Fri 3 Apr to Initech.");
        assertEquals("Fri 3 Apr to Initech", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals(List.of("2026-03-30", "Globex", "Agreed with Jan"),
                List.of(value(page, "date"), value(page, "customer"), value(page, "note")));
        assertEquals(List.of("2026-04-03", "Initech"), expected(page));
        assertNull(page.selectFirst(".promisedesk-commitment-form__confirmation"));
        assertNull(page.selectFirst("#promisedesk-commitment-answer"));
    }

    @Test
    public void stale_namesACommitmentRemovedOrToAnUnknownCustomer_inDutchToo() {
        CommitmentFormInput typed = typed("2026-03-30", "Globex", "");
        CommitmentStale removed = new CommitmentStale(Optional.empty());
        CommitmentStale unknown = new CommitmentStale(Optional.of(Commitment.of(LocalDate.parse("2026-04-03"), null)));

        Document none = render(world.view.stale(OPS_30, typed, removed, Locale.ENGLISH));
        Document dutch = render(world.view.stale(OPS_30, typed, unknown, DUTCH));

        assertTrue(none.selectFirst("#promisedesk-commitment-date-error").text().endsWith(" Nothing is promised now."));
        assertEquals("Nothing promised", none.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals(List.of("", ""), expected(none));
        assertEquals("Iemand anders heeft de toezegging gewijzigd terwijl je aan het bewerken was. Controleer wat nu"
                        + " beloofd is en sla opnieuw op; wat je hebt ingevuld, blijft bewaard. Nu is vr 3 apr beloofd, aan"
                        + " een klant die niet is vastgelegd.",
                dutch.selectFirst("#promisedesk-commitment-date-error").text());
        assertEquals(List.of("2026-04-03", ""), expected(dutch));
    }

    @Test
    public void anUnreadableHiddenCommitment_startsAfreshFromTheIssues_withAMessageAboveTheForm() {
        CommitmentFormInput tampered = new CommitmentFormInput("2026-03-30", "Globex", "", "yesterday", "ACME");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> tampered.toCommand(TEAM, OPS_30, "sam"));

        Document page = render(world.view.invalid(OPS_30, tampered, error, Locale.ENGLISH));

        assertEquals("The form could not be read. Check the commitment promised now and save again.",
                page.selectFirst("#promisedesk-commitment-form-error").text());
        assertEquals(List.of("2026-03-20", "ACME"), expected(page));
        assertEquals(List.of("2026-03-30", "Globex"), List.of(value(page, "date"), value(page, "customer")));
    }

    @Test
    public void pastDate_isRefusedBesideTheDate_keepingWhatWasTyped() {
        CommitmentFormInput typed = typed("2026-03-01", "Globex", "Asked twice");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> world.setCommitment.set(typed.toCommand(TEAM, OPS_30, "sam")));

        Document page = render(world.view.invalid(OPS_30, typed, error, Locale.ENGLISH));

        assertBeside(page, "date", "The promised date Sun 1 Mar has passed; choose today (Mon 2 Mar) or later.");
        assertEquals(List.of("2026-03-01", "Globex", "Asked twice"),
                List.of(value(page, "date"), value(page, "customer"), value(page, "note")));
        assertEquals(Optional.empty(), world.store.load(OPS_30.key()));
    }

    @Test
    public void dateBeyondTheHorizon_isRefusedBesideTheDate_inDutchToo_namingTheLastDateWithItsYear() {
        CommitmentFormInput typed = typed("+99999-01-01", "Globex", "");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> world.setCommitment.check(typed.toCommand(TEAM, OPS_30, "sam")));

        Document english = render(world.view.invalid(OPS_30, typed, error, Locale.ENGLISH));
        Document dutch = render(world.view.invalid(OPS_30, typed, error, Locale.forLanguageTag("nl")));

        assertBeside(english, "date", "The date +99999-01-01 is too far ahead: plan at most 5 years ahead, so 2031-03-02 "
                + "at the latest.");
        assertBeside(dutch, "date", "De datum +99999-01-01 ligt te ver vooruit: plan hooguit 5 jaar vooruit, dus "
                + "uiterlijk 2031-03-02.");
        assertEquals("+99999-01-01", value(english, "date"));
    }

    @Test
    public void customerWithANul_isRefusedBesideTheCustomer() {
        CommitmentFormInput typed = typed("2026-03-20", "Glo\u0000bex", "");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed.toCommand(TEAM, OPS_30, "sam"));

        Document page = render(world.view.invalid(OPS_30, typed, error, Locale.ENGLISH));

        assertBeside(page, "customer", "Remove the invisible control or text-direction character U+0000 at position 4; it "
                + "does not belong in this text.");
    }

    @Test
    public void missingCustomer_isRefusedBesideTheCustomer_inDutchToo() {
        CommitmentFormInput typed = typed("2026-03-30", "  ", "Asked twice");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed.toCommand(TEAM, OPS_30, "sam"));

        assertBeside(render(world.view.invalid(OPS_30, typed, error, Locale.ENGLISH)), "customer",
                "Enter the customer you promise the date to.");
        Document dutch = render(world.view.invalid(OPS_30, typed, error, DUTCH));
        assertBeside(dutch, "customer", "Vul de klant in aan wie je de datum belooft.");
        assertEquals("2026-03-30", value(dutch, "date"));
        assertEquals("  ", value(dutch, "customer"));
    }

    @Test
    public void missingOrUnreadableDate_isRefusedBesideTheDate() {
        for (Map.Entry<String, String> refused : Map.of("", "Enter the date you promise.",
                "next friday", "\"next friday\" is not a date; write it like 2026-03-13.").entrySet()) {
            CommitmentFormInput typed = typed(refused.getKey(), "ACME", "");
            InvalidValueException error = assertThrows(InvalidValueException.class,
                    () -> typed.toCommand(TEAM, OPS_30, "sam"));

            Document page = render(world.view.invalid(OPS_30, typed, error, Locale.ENGLISH));

            assertBeside(page, "date", refused.getValue());
            assertEquals(refused.getKey(), value(page, "date"));
        }
    }

    @Test
    public void noteTooLong_isRefusedBesideTheNote_keepingIt() {
        String note = "n".repeat(501);
        CommitmentFormInput typed = typed("2026-03-30", "ACME", note);
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed.toCommand(TEAM, OPS_30, "sam"));

        Document page = render(world.view.invalid(OPS_30, typed, error, Locale.ENGLISH));

        assertBeside(page, "note", "Use at most 500 characters; this has 501.");
        assertEquals(note, value(page, "note"));
        assertEquals(List.of("promisedesk-commitment-note-hint", "promisedesk-commitment-note-error"),
                List.of(page.selectFirst("#promisedesk-commitment-note").attr("aria-describedby").split(" ")));
    }

    @Test
    public void refusalNamingNoField_showsAboveTheForm() {
        InvalidValueException error = new InvalidValueException("author", "promisedesk.error.blank", "must not be blank");
        CommitmentFormInput typed = typed("2026-03-30", "ACME", "");

        Document page = render(world.view.invalid(OPS_30, typed, error, Locale.ENGLISH));

        assertEquals("This field must not be blank.", page.selectFirst("#promisedesk-commitment-form-error").text());
        assertEquals(1, page.select("[role=alert]").size());
    }

    @Test
    public void everyInput_hasAUniqueIdThatALabelNames() {
        for (Document page : List.of(render(world.view.fresh(OPS_30, Optional.empty(), Locale.ENGLISH)),
                render(world.view.fresh(OPS_30, Optional.empty(), DUTCH)))) {
            Set<String> ids = new HashSet<>();
            List<String> unlabelled = new ArrayList<>();
            for (Element field : page.select("form input:not([type=hidden]), form textarea, form select")) {
                assertTrue("duplicate id " + field.id(), ids.add(field.id()));
                Element label = page.selectFirst("label[for=" + field.id() + "]");
                if (label == null || label.text().isBlank()) {
                    unlabelled.add(field.outerHtml());
                }
            }

            assertEquals(List.of(), unlabelled);
            assertEquals(5, ids.size());
        }
    }

    /** The commitment the form carries as the one it was shown with: its hidden date and customer. */
    private static List<String> expected(Document page) {
        return List.of(page.selectFirst("form input[type=hidden][name=expectedDate]").val(),
                page.selectFirst("form input[type=hidden][name=expectedCustomer]").val());
    }

    /** The message sits in the field's own paragraph, is announced, and the field points at it. */
    private static void assertBeside(Document page, String field, String message) {
        Element error = page.getElementById("promisedesk-commitment-" + field + "-error");
        assertEquals(message, error.text());
        assertEquals("alert", error.attr("role"));
        assertTrue(error.parent().hasClass("promisedesk-commitment-form__field--" + field));
        Element input = page.getElementById("promisedesk-commitment-" + field);
        assertEquals("true", input.attr("aria-invalid"));
        assertTrue(List.of(input.attr("aria-describedby").split(" ")).contains(error.id()));
        assertEquals(1, page.select("[role=alert]").size());
    }
}
