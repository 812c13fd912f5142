package io.promisedesk.panel;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.EtaUpdateOutcome.Accepted;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;
import io.promisedesk.rendering.RenderedHtml;

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

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.panel.EtaFormRendering.OPS_1;
import static io.promisedesk.panel.EtaFormRendering.TOKEN;
import static io.promisedesk.panel.EtaFormRendering.current;
import static io.promisedesk.panel.EtaFormRendering.dateValue;
import static io.promisedesk.panel.EtaFormRendering.description;
import static io.promisedesk.panel.EtaFormRendering.expectedValue;
import static io.promisedesk.panel.EtaFormRendering.reasonValue;
import static io.promisedesk.panel.EtaFormRendering.render;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The ETA form of OPS-1 (ETA Fri 13 Mar, today Mon 2 Mar): fresh, refused per rule, saved, and read-only. */
public class EtaFormViewTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final EtaFormRendering world = new EtaFormRendering();

    private Map<String, Object> rejected(EtaFormInput typed, Locale locale) {
        return world.view.rejected(OPS_1, typed, (Rejected) world.submit(typed), locale);
    }

    @Test
    public void freshForm_showsTheCurrentEtaAndPrefillsTheDateAndTheExpectedEta() {
        Document page = render(world.view.fresh(OPS_1, Optional.of(LocalDate.parse("2026-03-13")), true, Locale.ENGLISH));

        assertEquals("Fri 13 Mar", current(page));
        assertEquals("2026-03-13", dateValue(page));
        assertEquals("date", page.selectFirst("#promisedesk-eta-date").attr("type"));
        assertEquals("", reasonValue(page));
        assertEquals("2026-03-13", expectedValue(page));
        Element form = page.selectFirst("form");
        assertEquals("post", form.attr("method"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/eta/OPS-1", form.attr("action"));
        assertEquals(TOKEN, form.selectFirst("input[type=hidden][name=atl_token]").val());
        assertEquals(List.of("Needed when the ETA moves later."),
                description(page, page.selectFirst("#promisedesk-eta-reason")));
        assertTrue(page.select(".promisedesk-eta-form__error, [role=alert], [role=status]").isEmpty());
    }

    @Test
    public void freshForm_ofAnIssueWithoutEta_saysSoAndExpectsNone() {
        Document page = render(world.view.fresh(OPS_1, Optional.empty(), true, Locale.ENGLISH));

        assertEquals("No ETA yet", current(page));
        assertEquals("", dateValue(page));
        assertEquals("", expectedValue(page));
    }

    @Test
    public void withoutPermission_theEtaShowsWithAOneLineExplanationAndNoForm() {
        Map<String, Object> context = world.view.fresh(OPS_1, Optional.of(LocalDate.parse("2026-03-13")), false, DUTCH);

        Document page = render(context);

        assertNull(page.selectFirst("form"));
        assertTrue(page.select("input, textarea, button").isEmpty());
        assertEquals("vr 13 mrt", current(page));
        assertEquals("Je kunt de ETA van dit issue niet wijzigen.", page.selectFirst(".promisedesk-eta-form__no-permission").text());
    }

    @Test
    public void unchangedEta_isRefusedBesideTheDateField() {
        Document page = render(rejected(new EtaFormInput("2026-03-13", "Still on track", "2026-03-13"), Locale.ENGLISH));

        Element date = page.selectFirst("#promisedesk-eta-date");
        assertEquals(List.of("The ETA is already Fri 13 Mar."), description(page, date));
        assertEquals("true", date.attr("aria-invalid"));
        assertEquals("2026-03-13", dateValue(page));
        assertEquals("Still on track", reasonValue(page));
        assertEquals(1, page.select(".promisedesk-eta-form__error").size());
    }

    /** AUI's form pattern: labels on top, each field a field-group with its description and error, a primary button. */
    @Test
    public void form_isAnAuiTopLabelForm_withFieldGroupsDescriptionsErrorsAndAPrimaryButton() {
        Document page = render(rejected(new EtaFormInput("2026-03-20", "  ", "2026-03-13"), Locale.ENGLISH));

        Element form = page.selectFirst("form.promisedesk-eta-form__form");
        assertTrue(form.hasClass("aui") && form.hasClass("top-label"));
        assertEquals(2, form.select(".field-group").size());
        for (Element group : form.select(".field-group")) {
            assertEquals(group.selectFirst("label").attr("for"), group.selectFirst("input, textarea").id());
        }
        assertTrue(page.selectFirst("#promisedesk-eta-date").hasClass("text"));
        assertTrue(page.selectFirst("#promisedesk-eta-reason").hasClass("textarea"));
        assertTrue(page.selectFirst("#promisedesk-eta-reason-hint").hasClass("description"));
        Element error = page.selectFirst("#promisedesk-eta-reason-error");
        assertTrue(error.hasClass("error"));
        assertEquals("promisedesk-eta-form__field promisedesk-eta-form__field--reason field-group", error.parent().className());
        Element submit = form.selectFirst("button[type=submit]");
        assertTrue(submit.hasClass("aui-button") && submit.hasClass("aui-button-primary"));
        assertTrue(submit.parent().hasClass("buttons-container"));
    }

    @Test
    public void pastEta_isRefusedBesideTheDateField() {
        Document page = render(rejected(new EtaFormInput("2026-02-27", "Done early", "2026-03-13"), Locale.ENGLISH));

        assertEquals(List.of("The ETA Fri 27 Feb is before today (Mon 2 Mar)."),
                description(page, page.selectFirst("#promisedesk-eta-date")));
        assertEquals("2026-02-27", dateValue(page));
        assertEquals("Done early", reasonValue(page));
        assertEquals("2026-03-13", expectedValue(page));
    }

    @Test
    public void etaBeyondTheHorizon_isRefusedBesideTheDateField_namingTheYear() {
        Document page = render(rejected(new EtaFormInput("+99999-01-01", "Someday", "2026-03-13"), Locale.ENGLISH));

        assertEquals(List.of("The ETA +99999-01-01 is too far ahead: plan at most 5 years ahead, so 2031-03-02 at the "
                + "latest."), description(page, page.selectFirst("#promisedesk-eta-date")));
        assertEquals("+99999-01-01", dateValue(page));
        assertEquals("Someday", reasonValue(page));
    }

    @Test
    public void slipWithoutReason_isRefusedBesideTheReasonField() {
        Document page = render(rejected(new EtaFormInput("2026-03-20", "  ", "2026-03-13"), Locale.ENGLISH));

        Element reason = page.selectFirst("#promisedesk-eta-reason");
        assertEquals(List.of("Needed when the ETA moves later.",
                "Moving the ETA later, from Fri 13 Mar to Fri 20 Mar, needs a reason."), description(page, reason));
        assertEquals("true", reason.attr("aria-invalid"));
        assertFalse(page.selectFirst("#promisedesk-eta-date").hasAttr("aria-invalid"));
        assertEquals("2026-03-20", dateValue(page));
        assertEquals("  ", reasonValue(page));
    }

    @Test
    public void slipWithoutReason_inDutch() {
        Document page = render(rejected(new EtaFormInput("2026-03-20", "", "2026-03-13"), DUTCH));

        assertEquals("Voor het verschuiven van de ETA naar later, van vr 13 mrt naar vr 20 mrt, is een reden nodig.",
                page.selectFirst("#promisedesk-eta-reason-error").text());
        assertEquals("Reden", page.selectFirst("label[for=promisedesk-eta-reason]").text());
    }

    @Test
    public void staleForm_showsTheNewerEtaKeepsTheInputAndExpectsTheNewerEta() {
        world.store.save(anEtaChange().by("bob").at("2026-03-02T08:30:00Z").from("2026-03-13").to("2026-03-16")
                .because("Parts arrive Monday").build());

        Document page = render(rejected(new EtaFormInput("2026-03-20", "Vendor late", "2026-03-13"), Locale.ENGLISH));

        Element error = page.selectFirst("#promisedesk-eta-date-error");
        assertEquals("Someone else changed the ETA while you were editing. Check the current ETA and save again; what you"
                + " entered is kept. The ETA is now Mon 16 Mar.", error.text());
        assertEquals("alert", error.attr("role"));
        assertEquals("beside the date", page.selectFirst("#promisedesk-eta-date").parent(), error.parent());
        assertEquals("promisedesk-eta-date-error", page.selectFirst("#promisedesk-eta-date").attr("aria-describedby"));
        assertNull(page.selectFirst("#promisedesk-eta-form-error"));
        assertEquals("Mon 16 Mar", current(page));
        assertEquals("2026-03-16", expectedValue(page));
        assertEquals("2026-03-20", dateValue(page));
        assertEquals("Vendor late", reasonValue(page));
        assertEquals("true", page.selectFirst("#promisedesk-eta-date").attr("aria-invalid"));
    }

    @Test
    public void staleForm_submittedAgain_isAccepted() {
        world.store.save(anEtaChange().by("bob").at("2026-03-02T08:30:00Z").from("2026-03-13").to("2026-03-16")
                .because("Parts arrive Monday").build());
        Document page = render(rejected(new EtaFormInput("2026-03-20", "Vendor late", "2026-03-13"), Locale.ENGLISH));

        EtaUpdateOutcome again = world.submit(EtaFormInput.of(EtaFormRendering.submitted(page)));

        assertTrue(again instanceof Accepted);
    }

    @Test
    public void acceptedUpdate_isConfirmedAndTheFormShowsTheNewEta() {
        EtaUpdateOutcome outcome = world.submit(new EtaFormInput("2026-03-20", "Vendor late", "2026-03-13"));

        Document page = render(world.view.accepted(OPS_1, (Accepted) outcome, Locale.ENGLISH));

        Element confirmation = page.selectFirst(".promisedesk-eta-form__confirmation");
        assertEquals("Saved. The ETA is now Fri 20 Mar.", confirmation.text());
        assertEquals("status", confirmation.attr("role"));
        assertTrue("an AUI success message", confirmation.hasClass("aui-message") && confirmation.hasClass("aui-message-success"));
        assertEquals("Fri 20 Mar", current(page));
        assertEquals("2026-03-20", dateValue(page));
        assertEquals("2026-03-20", expectedValue(page));
        assertEquals("", reasonValue(page));
        assertTrue(page.select(".promisedesk-eta-form__error").isEmpty());
    }

    @Test
    public void malformedDate_isRefusedBesideTheDateFieldAndKeptVerbatim() {
        EtaFormInput typed = new EtaFormInput("13/03/2026", "Vendor late", "2026-03-13");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> world.submit(typed));

        Document page = render(world.view.invalid(OPS_1, Optional.of(LocalDate.parse("2026-03-13")), typed, error, DUTCH));

        assertEquals(List.of("\"13/03/2026\" is geen datum; schrijf hem als 2026-03-13."),
                description(page, page.selectFirst("#promisedesk-eta-date")));
        assertEquals("13/03/2026", dateValue(page));
        assertEquals("Vendor late", reasonValue(page));
        assertEquals("2026-03-13", expectedValue(page));
    }

    @Test
    public void tooLongReason_isRefusedBesideTheReasonField() {
        EtaFormInput typed = new EtaFormInput("2026-03-20", "x".repeat(1_001), "2026-03-13");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> world.submit(typed));

        Document page = render(world.view.invalid(OPS_1, Optional.of(LocalDate.parse("2026-03-13")), typed, error,
                Locale.ENGLISH));

        assertEquals("Use at most 1,000 characters; this has 1,001.",
                page.selectFirst("#promisedesk-eta-reason-error").text());
        assertEquals("x".repeat(1_001), reasonValue(page));
    }

    @Test
    public void unreadableExpectedEta_isAFormLevelMessageAndStartsAgainFromTheStoredEta() {
        EtaFormInput typed = new EtaFormInput("2026-03-20", "Vendor late", "yesterday");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> world.submit(typed));

        Document page = render(world.view.invalid(OPS_1, Optional.of(LocalDate.parse("2026-03-13")), typed, error,
                Locale.ENGLISH));

        assertEquals("The form could not be read. Check the current ETA and save again.",
                page.selectFirst("#promisedesk-eta-form-error").text());
        assertEquals("2026-03-13", expectedValue(page));
        assertEquals("2026-03-20", dateValue(page));
    }

    @Test
    public void everyInput_hasAUniqueIdThatALabelNames_inEveryState() {
        EtaFormInput slip = new EtaFormInput("2026-03-20", "", "2026-03-13");
        List<Map<String, Object>> contexts = List.of(
                world.view.fresh(OPS_1, Optional.empty(), true, Locale.ENGLISH),
                rejected(slip, DUTCH),
                rejected(new EtaFormInput("2026-02-27", "", "2026-03-13"), Locale.ENGLISH),
                world.view.accepted(OPS_1, (Accepted) world.submit(new EtaFormInput("2026-03-11", "", "2026-03-13")),
                        Locale.ENGLISH));
        for (Map<String, Object> context : contexts) {
            Document page = render(context);
            Set<String> ids = new HashSet<>();
            List<String> unlabelled = new ArrayList<>();
            for (Element field : page.select("form input:not([type=hidden]), form textarea, form select")) {
                assertTrue("duplicate id " + field.id(), ids.add(field.id()));
                Element label = page.selectFirst("label[for=" + field.id() + "]");
                if (field.id().isEmpty() || label == null || label.text().isBlank()) {
                    unlabelled.add(field.outerHtml());
                }
            }

            assertEquals(List.of(), unlabelled);
            assertEquals(Set.of("promisedesk-eta-date", "promisedesk-eta-reason"), ids);
        }
    }

    @Test
    public void everyState_hasAPlainContext() {
        RenderedHtml.assertPlainContext(world.view.fresh(OPS_1, Optional.empty(), true, Locale.ENGLISH));
        RenderedHtml.assertPlainContext(world.view.fresh(OPS_1, Optional.empty(), false, Locale.ENGLISH));
        RenderedHtml.assertPlainContext(rejected(new EtaFormInput("2026-03-20", "", "2026-03-13"), Locale.ENGLISH));
        RenderedHtml.assertPlainContext(world.view.accepted(OPS_1,
                (Accepted) world.submit(new EtaFormInput("2026-03-11", "", "2026-03-13")), Locale.ENGLISH));
    }

    @Test
    public void baseUrl_mustBeAnHttpUrlOrAPath() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new EtaFormView("javascript:alert(1)"));

        assertEquals("baseUrl must be an http(s) URL or a path starting with /, was \"javascript:alert(1)\"",
                error.getMessage());
        assertEquals("/jira/plugins/servlet/promisedesk/eta/OPS-1", render(new EtaFormView("/jira/")
                .fresh(OPS_1, Optional.empty(), true, Locale.ENGLISH)).selectFirst("form").attr("action"));
    }
}
