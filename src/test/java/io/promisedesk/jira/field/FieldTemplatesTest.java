package io.promisedesk.jira.field;

import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.field.FieldFixtures.DATES;
import static io.promisedesk.jira.field.FieldFixtures.FIELD_ID;
import static io.promisedesk.jira.field.FieldFixtures.english;
import static io.promisedesk.jira.field.FieldFixtures.form;
import static io.promisedesk.jira.field.FieldFixtures.single;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The field templates rendered with Velocity and Jira's escaping, from the contexts the field types build: what is
 * shown, what the edit inputs hold and how they are labelled, and that whatever people typed stays text.
 */
public class FieldTemplatesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final long ISSUE_ID = 10_001L;
    private final CommitmentFieldView commitmentView = new CommitmentFieldView(english());
    private final EtaFieldView etaView = new EtaFieldView(english());

    private Document commitment(String template, Optional<CommitmentDate> stored, Map<String, String> value) {
        return commitment(template, stored, InformedAddresses.none(), value);
    }

    private Document commitment(String template, Optional<CommitmentDate> stored, InformedAddresses informed,
                                Map<String, String> value) {
        Map<String, Object> context = new HashMap<>(commitmentView.view(stored, informed));
        context.putAll(commitmentView.edit(FIELD_ID, Optional.of(ISSUE_ID), stored, informed));
        RenderedHtml.assertPlainContext(context);
        if (value != null) {
            context.put("value", value);
        }
        return JiraLikeVelocity.renderDocument(template, context);
    }

    private Document eta(String template, Optional<EtaValue> stored, Map<String, String> value) {
        Map<String, Object> context = new HashMap<>(etaView.view(stored));
        context.putAll(etaView.edit(FIELD_ID));
        RenderedHtml.assertPlainContext(context);
        if (value != null) {
            context.put("value", value);
        }
        return JiraLikeVelocity.renderDocument(template, context);
    }

    private static Optional<CommitmentDate> promised(String customer, String note) {
        return Optional.of(new CommitmentDate(DAY, Optional.ofNullable(customer), Optional.ofNullable(note), DATES));
    }

    @Test
    public void theCommitmentView_showsTheDayTheCustomerAndTheNote() {
        Document page = commitment(CommitmentFieldView.VIEW, promised("Globex", "Board meeting"), null);

        assertEquals("2026-12-01", page.selectFirst("time").attr("datetime"));
        assertEquals("2026-12-01", page.selectFirst("time").text());
        assertEquals("Customer Globex", page.selectFirst(".promisedesk-commitment__customer").text());
        assertEquals("Note Board meeting", page.selectFirst(".promisedesk-commitment__note").text());
    }

    @Test
    public void theCommitmentView_saysWhenTheCustomerWasNotRecorded_andLeavesOutAMissingNote() {
        Document page = commitment(CommitmentFieldView.VIEW, promised(null, null), null);

        assertEquals("Customer not recorded", page.selectFirst(".promisedesk-commitment__customer--unknown").text());
        assertTrue(page.select(".promisedesk-commitment__note").isEmpty());
    }

    @Test
    public void noCommitment_showsNothing() {
        assertEquals("", commitment(CommitmentFieldView.VIEW, Optional.empty(), null).body().text());
        assertEquals("", commitment(CommitmentFieldView.COLUMN, Optional.empty(), null).body().text());
        assertEquals("", eta(EtaFieldView.VIEW, Optional.empty(), null).body().text());
        assertEquals("", eta(EtaFieldView.COLUMN, Optional.empty(), null).body().text());
    }

    @Test
    public void theCommitmentColumn_showsDayCustomerAndNoteOnOneLine() {
        Document page = commitment(CommitmentFieldView.COLUMN, promised("Globex", "Board meeting"), null);

        assertEquals("2026-12-01 Globex Board meeting", page.body().text());
    }

    @Test
    public void theCommitmentEdit_labelsItsInputsAndHoldsTheValuesToShow() {
        Map<String, String> shown = new CommitmentForm(form("2026-12-01", "customer", "Globex", "note", "n", "shown",
                "2026-11-20"), DATES, () -> Locale.ENGLISH).shown();

        Document page = commitment(CommitmentFieldView.EDIT, Optional.empty(), shown);

        Element day = page.getElementById(FIELD_ID);
        assertEquals("date", day.attr("type"));
        assertEquals(FIELD_ID, day.attr("name"));
        assertEquals("2026-12-01", day.val());
        assertEquals("Globex", input(page, FIELD_ID + ":customer").val());
        assertEquals("n", input(page, FIELD_ID + ":note").val());
        assertEquals("Customer", label(page, input(page, FIELD_ID + ":customer")));
        assertEquals("Note", label(page, input(page, FIELD_ID + ":note")));
        assertEquals("255", input(page, FIELD_ID + ":customer").attr("maxlength"));
        assertEquals("1", input(page, FIELD_ID + ":form").val());
        assertEquals("2026-11-20", input(page, FIELD_ID + ":shown").val());
        assertEquals("hidden", input(page, FIELD_ID + ":shown").attr("type"));
    }

    @Test
    public void theCommitmentEdit_fillsTheAddressesBoxWithTheStoredAddresses_onePerLine_andLabelsIt() {
        InformedAddresses informed = InformedAddresses.parse(Optional.of("ann@globex.example, jan@acme.example"),
                Locale.ENGLISH);
        Map<String, String> stored = new CommitmentForm(single("2026-12-01\nGlobex\n"), DATES,
                () -> Locale.ENGLISH).shown();

        Document page = commitment(CommitmentFieldView.EDIT, promised("Globex", null), informed, stored);

        Element box = page.selectFirst("textarea[name=\"" + FIELD_ID + ":addresses\"]");
        assertEquals("ann@globex.example\njan@acme.example", box.val());
        assertEquals("Keep informed by e-mail", page.selectFirst("label[for=\"" + box.id() + "\"]").text());
        assertEquals(String.valueOf(InformedAddresses.MAX_TYPED), box.attr("maxlength"));
        assertTrue(page.getElementById(box.attr("aria-describedby")).text().contains("at most 20"));
        assertEquals("ann@globex.example\njan@acme.example", input(page, FIELD_ID + ":shownAddresses").val());
        assertEquals("hidden", input(page, FIELD_ID + ":shownAddresses").attr("type"));
    }

    @Test
    public void aRefusedCommitmentEdit_keepsTheAddressesAsTyped_andThoseItFirstShowed() {
        InformedAddresses nowStored = InformedAddresses.parse(Optional.of("kim@initech.example"), Locale.ENGLISH);
        Map<String, String> typed = new CommitmentForm(form("2026-12-01", "customer", "Globex", "shown", "2026-12-01",
                "addresses", "jan@acme, ann@globex.example", "shownAddresses", "ann@globex.example"), DATES,
                () -> Locale.ENGLISH).shown();

        Document page = commitment(CommitmentFieldView.EDIT, promised("Globex", null), nowStored, typed);

        assertEquals("jan@acme, ann@globex.example",
                page.selectFirst("textarea[name=\"" + FIELD_ID + ":addresses\"]").val());
        assertEquals("ann@globex.example", input(page, FIELD_ID + ":shownAddresses").val());
    }

    @Test
    public void whateverIsTypedInTheAddressesBox_staysText() {
        for (String payload : XssCorpus.payloads(InformedAddresses.MAX_TYPED)) {
            Map<String, String> typed = new CommitmentForm(form("2026-12-01", "customer", "Globex", "addresses",
                    payload, "shownAddresses", payload), DATES, () -> Locale.ENGLISH).shown();

            Document page = commitment(CommitmentFieldView.EDIT, promised("Globex", null), typed);

            assertEquals(payload, payload, page.selectFirst("textarea[name=\"" + FIELD_ID + ":addresses\"]").val());
            assertEquals(payload, payload, input(page, FIELD_ID + ":shownAddresses").val());
            assertTrue(payload, page.select("script, img, svg, a").isEmpty());
        }
    }

    @Test
    public void theCommitmentEdit_onANewIssue_hasEmptyInputs() {
        Map<String, Object> context = new HashMap<>(commitmentView.view(Optional.empty(), InformedAddresses.none()));
        context.putAll(commitmentView.edit(FIELD_ID, Optional.empty(), Optional.empty(), InformedAddresses.none()));

        Document page = JiraLikeVelocity.renderDocument(CommitmentFieldView.EDIT, context);

        assertEquals("", page.getElementById(FIELD_ID).val());
        assertEquals("", input(page, FIELD_ID + ":customer").val());
        assertEquals("", input(page, FIELD_ID + ":issue").val());
        assertEquals("", input(page, FIELD_ID + ":expectedDate").val());
    }

    @Test
    public void theCommitmentEdit_carriesTheIssueAndItsStoredCommitment_hidden_whateverWasTyped() {
        Map<String, String> typed = new CommitmentForm(form("2026-12-24", "customer", "Initech", "shown", "2026-12-01"),
                DATES, () -> Locale.ENGLISH).shown();

        Document page = commitment(CommitmentFieldView.EDIT, promised("Globex", "Board meeting"), typed);

        for (String hidden : new String[] {":issue", ":expectedDate", ":expectedCustomer"}) {
            assertEquals(hidden, "hidden", input(page, FIELD_ID + hidden).attr("type"));
        }
        assertEquals("10001", input(page, FIELD_ID + ":issue").val());
        assertEquals("2026-12-01", input(page, FIELD_ID + ":expectedDate").val());
        assertEquals("Globex", input(page, FIELD_ID + ":expectedCustomer").val());
        assertEquals("2026-12-24", page.getElementById(FIELD_ID).val());
        assertEquals("Initech", input(page, FIELD_ID + ":customer").val());
    }

    @Test
    public void theEtaView_showsTheDay() {
        Document page = eta(EtaFieldView.VIEW, Optional.of(new EtaValue(DAY, Optional.empty(), DATES)), null);

        assertEquals("2026-12-01", page.selectFirst("time.promisedesk-eta").text());
        assertEquals("2026-12-01", eta(EtaFieldView.COLUMN, Optional.of(new EtaValue(DAY, Optional.empty(), DATES)),
                null).selectFirst("time").attr("datetime"));
    }

    @Test
    public void theEtaEdit_keepsTheTypedDayAndReason_andTheEtaItWasShownWith() {
        Map<String, String> shown = new EtaForm(form("2026-03-27", "shown", "2026-03-20", "reason", "Supplier late"),
                DATES).shown();

        Document page = eta(EtaFieldView.EDIT, Optional.empty(), shown);

        assertEquals("2026-03-27", page.getElementById(FIELD_ID).val());
        assertEquals("2026-03-20", input(page, FIELD_ID + ":shown").val());
        assertEquals("hidden", input(page, FIELD_ID + ":shown").attr("type"));
        Element reason = page.selectFirst("textarea");
        assertEquals(FIELD_ID + ":reason", reason.attr("name"));
        assertEquals("Supplier late", reason.val());
        assertEquals("Reason for the change", label(page, reason));
        assertEquals("Needed when the ETA moves later.",
                page.getElementById(reason.attr("aria-describedby")).text());
        assertEquals("1000", reason.attr("maxlength"));
    }

    @Test
    public void theCommitmentView_listsTheAddressesKeptInformed_andTheColumnDoesNot() {
        InformedAddresses informed = InformedAddresses.parse(Optional.of("jan@globex.example, Pepper@GLOBEX.example"),
                Locale.ENGLISH);

        Document view = commitment(CommitmentFieldView.VIEW, promised("Globex", null), informed, null);
        Document column = commitment(CommitmentFieldView.COLUMN, promised("Globex", null), informed, null);

        assertEquals("Kept informed by e-mail", view.selectFirst(".promisedesk-commitment__informed"
                + " > .promisedesk-commitment__label").text());
        assertEquals(List.of("jan@globex.example", "Pepper@globex.example"),
                view.select("li.promisedesk-commitment__address").eachText());
        assertFalse(column.text(), column.text().contains("globex.example"));
    }

    @Test
    public void theCommitmentView_showsNoAddressList_whenNobodyIsKeptInformed_orThereIsNoCommitment() {
        InformedAddresses informed = InformedAddresses.parse(Optional.of("jan@globex.example"), Locale.ENGLISH);

        Document nobody = commitment(CommitmentFieldView.VIEW, promised("Globex", null), null);
        Document cleared = commitment(CommitmentFieldView.VIEW, Optional.empty(), informed, null);

        assertTrue(nobody.select(".promisedesk-commitment__informed").isEmpty());
        assertEquals("", cleared.body().text());
    }

    @Test
    public void hostileAddressText_staysText_inTheCommitmentView() {
        for (String payload : XssCorpus.payloads(60)) {
            // Only what an address may hold: the corpus' quotes, ampersands and braces, without angle brackets.
            String local = payload.replaceAll("[^A-Za-z0-9'&=#{}$|~^`!*+/?-]", "").replaceAll("^$", "x");
            InformedAddresses informed = InformedAddresses.parse(Optional.of(local + "@globex.example"),
                    Locale.ENGLISH);

            Document page = commitment(CommitmentFieldView.VIEW, promised(payload, null), informed, null);

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, local + "@globex.example", page.selectFirst("li.promisedesk-commitment__address").text());
        }
    }

    @Test
    public void whateverPeopleTyped_staysText_inEveryTemplate() {
        int commitmentEditElements = commitment(CommitmentFieldView.EDIT, Optional.empty(),
                Map.of("date", "x", "customer", "x", "note", "x", "shown", "x")).getAllElements().size();
        int etaEditElements = eta(EtaFieldView.EDIT, Optional.empty(),
                Map.of("date", "x", "reason", "x", "shown", "x")).getAllElements().size();
        for (String payload : XssCorpus.payloads(255)) {
            Optional<CommitmentDate> stored = promised(payload, payload);
            for (String template : new String[] {CommitmentFieldView.VIEW, CommitmentFieldView.COLUMN}) {
                Document page = commitment(template, stored, null);
                RenderedHtml.assertNoActiveContent(page);
                assertTrue(template + ": " + payload, page.body().text().contains(stored.get().customer().orElseThrow()));
            }

            Document commitmentEdit = commitment(CommitmentFieldView.EDIT, stored,
                    Map.of("date", payload, "customer", payload, "note", payload, "shown", payload));
            RenderedHtml.assertNoActiveContent(commitmentEdit);
            assertEquals(stored.get().customer().orElseThrow(),
                    input(commitmentEdit, FIELD_ID + ":expectedCustomer").val());
            assertEquals(payload, commitmentEdit.getElementById(FIELD_ID).val());
            assertEquals(payload, input(commitmentEdit, FIELD_ID + ":customer").val());
            assertEquals(payload, input(commitmentEdit, FIELD_ID + ":note").val());
            assertEquals(payload, input(commitmentEdit, FIELD_ID + ":shown").val());
            assertEquals(payload, commitmentEditElements, commitmentEdit.getAllElements().size());

            Document etaEdit = eta(EtaFieldView.EDIT, Optional.empty(),
                    Map.of("date", payload, "reason", payload, "shown", payload));
            RenderedHtml.assertNoActiveContent(etaEdit);
            assertEquals(payload, etaEdit.getElementById(FIELD_ID).val());
            assertEquals(payload, etaEdit.selectFirst("textarea").val());
            assertEquals(payload, input(etaEdit, FIELD_ID + ":shown").val());
            assertEquals(payload, etaEditElements, etaEdit.getAllElements().size());
        }
    }

    private static Element input(Document page, String name) {
        Element input = page.selectFirst("input[name=\"" + name + "\"]");
        assertNotNull("no input named " + name, input);
        return input;
    }

    private static String label(Document page, Element input) {
        Element label = page.selectFirst("label[for=\"" + input.id() + "\"]");
        assertNotNull("no label for " + input.id(), label);
        return label.text();
    }
}
