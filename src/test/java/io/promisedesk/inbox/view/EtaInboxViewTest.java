package io.promisedesk.inbox.view;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.EtaInbox;
import io.promisedesk.language.LevelNames;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.panel.EtaFormInput;
import io.promisedesk.panel.EtaFormView;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.inbox.view.InboxRendering.DUTCH;
import static io.promisedesk.inbox.view.InboxRendering.TOKEN;
import static io.promisedesk.inbox.view.InboxRendering.render;
import static io.promisedesk.inbox.view.InboxRendering.textarea;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The ETA inbox of team "platform" at 11:30 UTC: OPS-7 asked "no rush" at 08:00, OPS-12 asked "this week" at 10:00 and
 * "today" at 10:30 by someone else for another customer, OPS-40 (nothing promised) asked "today" at 11:00.
 */
public class EtaInboxViewTest {
    private final InboxRendering world = new InboxRendering();

    @Before
    public void sales_asks() {
        world.world.work.put(anIssue("OPS-40").remaining(4).build());
        world.ask("OPS-7", new AskFormInput("no-rush", "Globex", ""), "sam");
        world.world.clock.set("2026-03-02T10:00:00Z");
        world.ask("OPS-12", new AskFormInput("this-week", "ACME", "Can the API part come first?"), "sam");
        world.world.clock.set("2026-03-02T10:30:00Z");
        world.ask("OPS-12", new AskFormInput("today", "Initech", "Is the 20th still realistic?"), "eva");
        world.world.clock.set("2026-03-02T11:00:00Z");
        world.ask("OPS-40", new AskFormInput("today", "Umbrella", ""), "eva");
        world.world.clock.set("2026-03-02T11:30:00Z");
    }

    @Test
    public void openRequests_mostPressingFirst_eachWithWhatWasAskedHowLongItWaitedAndTheWorkload() {
        Document page = page(Locale.ENGLISH);

        assertEquals("ETA inbox of platform team", page.selectFirst("h1").text());
        assertEquals("3 requests waiting", page.selectFirst("caption").text());
        assertEquals(List.of("Issue", "Needed", "Asked for", "Waiting for", "Promised for", "Workload", "Answer"),
                page.select("thead th").stream().map(Element::text).toList());
        assertEquals(List.of("OPS-12", "OPS-40", "OPS-7"), page.select("tbody tr").eachAttr("data-issue"));
        Element ops12 = row(page, "OPS-12");
        assertEquals("OPS-12", ops12.selectFirst("th[scope=row] a").text());
        assertEquals("https://jira.example.com/browse/OPS-12", ops12.selectFirst("th[scope=row] a").attr("href"));
        assertEquals("Work on OPS-12", ops12.selectFirst(".promisedesk-inbox__summary").text());
        assertEquals("Today", ops12.selectFirst(".promisedesk-inbox__urgency").text());
        assertTrue(ops12.selectFirst(".promisedesk-inbox__urgency").hasClass("promisedesk-urgency--today"));
        assertEquals("ACME, Initech", ops12.selectFirst(".promisedesk-inbox__customers").text());
        assertEquals("2 asks by sam, eva", ops12.selectFirst(".promisedesk-inbox__asks").text());
        assertEquals(List.of("Can the API part come first?", "Is the 20th still realistic?"),
                ops12.select(".promisedesk-inbox__question").eachText());
        assertEquals("1 hour, 30 minutes", ops12.selectFirst(".promisedesk-inbox__waited").text());
        assertEquals("Fri 20 Mar", ops12.selectFirst(".promisedesk-inbox__commitment").text());
        assertLevel(ops12, "OPS-12");
        assertEquals("Current ETA: Wed 18 Mar", ops12.selectFirst(".promisedesk-inbox__current-eta").text());

        Element ops7 = row(page, "OPS-7");
        assertEquals("No rush", ops7.selectFirst(".promisedesk-inbox__urgency").text());
        assertEquals("1 ask by sam", ops7.selectFirst(".promisedesk-inbox__asks").text());
        assertEquals("No question: just the date.", ops7.selectFirst(".promisedesk-inbox__no-question").text());
        assertEquals("3 hours, 30 minutes", ops7.selectFirst(".promisedesk-inbox__waited").text());
        assertLevel(ops7, "OPS-7");
        assertEquals("Current ETA: No ETA yet", ops7.selectFirst(".promisedesk-inbox__current-eta").text());

        Element ops40 = row(page, "OPS-40");
        assertEquals("Nothing promised", ops40.selectFirst(".promisedesk-inbox__commitment").text());
        assertEquals("Not committed", ops40.selectFirst(".promisedesk-inbox__level").text());
        assertEquals("30 minutes", ops40.selectFirst(".promisedesk-inbox__waited").text());
        assertEquals("No request answered in the last 30 days", page.selectFirst("dd.promisedesk-fact--medianWait").text());
        assertNull(page.selectFirst(".promisedesk-inbox__confirmation"));
    }

    @Test
    public void eachRow_hasAnEtaFormPostingToTheInbox_withTheIssueAndTheEtaItWasShownWith() {
        Element form = row(page(Locale.ENGLISH), "OPS-12").selectFirst("form");

        assertEquals("post", form.attr("method"));
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/inbox/platform", form.attr("action"));
        assertEquals(TOKEN, form.selectFirst("input[name=atl_token]").val());
        assertEquals("OPS-12", form.selectFirst("input[name=issue]").val());
        assertEquals("2026-03-18", form.selectFirst("input[name=expectedEta]").val());
        Element date = form.selectFirst("input[name=eta]");
        assertEquals("2026-03-18", date.val());
        assertEquals("New ETA", form.selectFirst("label[for=" + date.id() + "]").text());
        Element reason = form.selectFirst("textarea[name=reason]");
        assertEquals("Reason", form.selectFirst("label[for=" + reason.id() + "]").text());
        assertEquals("Needed when the ETA moves later.", form.getElementById(reason.attr("aria-describedby")).text());
        assertEquals("Save ETA and answer", form.selectFirst("button[type=submit]").text());
        assertNull(form.selectFirst("[role=alert]"));
    }

    @Test
    public void answered_confirms_andTheRequestLeavesTheInbox_whileTheMedianWaitAppears() {
        EtaChange change = anEtaChange().on("OPS-12").by("anna").at("2026-03-02T11:30:00Z").from("2026-03-18")
                .to("2026-03-19").because("Review takes a day").build();
        world.answer.answer(change);

        Document page = render(EtaInboxView.TEMPLATE, world.inboxView.answered(world.inbox(), world.assessment(),
                world.issues(), change, Locale.ENGLISH));

        assertEquals("Saved. The ETA of OPS-12 is now Thu 19 Mar, and everyone who asked for it is answered.",
                page.selectFirst(".promisedesk-inbox__confirmation[role=status]").text());
        assertTrue("an AUI success message", page.selectFirst(".promisedesk-inbox__confirmation").hasClass("aui-message-success"));
        assertEquals(List.of("OPS-40", "OPS-7"), page.select("tbody tr").eachAttr("data-issue"));
        assertEquals("1 hour, 30 minutes, over 1 request answered in the last 30 days",
                page.selectFirst("dd.promisedesk-fact--medianWait").text());
    }

    @Test
    public void refusedRow_showsTheMessageBesideItsField_keepingWhatWasTyped_otherRowsUntouched() {
        IssueKey ops12 = IssueKey.parse("OPS-12");
        EtaFormInput typed = new EtaFormInput("next week", "Waiting for parts", "2026-03-18");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed.toCommand(InboxRendering.TEAM, ops12, "anna"));
        Map<String, Object> etaForm = new EtaFormView("").invalid(ops12, Optional.of(LocalDate.parse("2026-03-18")),
                typed, error, Locale.ENGLISH);

        Document page = render(EtaInboxView.TEMPLATE, world.inboxView.refused(world.inbox(), world.assessment(),
                world.issues(), ops12, etaForm, Locale.ENGLISH));

        Element form = row(page, "OPS-12").selectFirst("form");
        Element date = form.selectFirst("input[name=eta]");
        Element message = page.getElementById(date.attr("aria-describedby"));
        assertEquals("\"next week\" is not a date; write it like 2026-03-13.", message.text());
        assertEquals(form.selectFirst(".promisedesk-inbox__field--date"), message.parent());
        assertTrue("an AUI field error", message.hasClass("error"));
        assertEquals("true", date.attr("aria-invalid"));
        assertEquals("next week", date.val());
        assertEquals("Waiting for parts", textarea(form.selectFirst("textarea")));
        assertEquals(1, page.select("[role=alert]").size());
        assertNull(row(page, "OPS-7").selectFirst("[role=alert]"));
        assertNull(page.selectFirst(".promisedesk-inbox__error--refused"));
    }

    @Test
    public void refusedAnswer_forARequestAnsweredMeanwhile_saysSoAboveTheList() {
        IssueKey ops12 = IssueKey.parse("OPS-12");
        world.answer.answer(anEtaChange().on("OPS-12").by("bram").at("2026-03-02T11:30:00Z").from("2026-03-18")
                .to("2026-03-17").build());
        EtaFormInput typed = new EtaFormInput("next week", "", "2026-03-18");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed.toCommand(InboxRendering.TEAM, ops12, "anna"));
        Map<String, Object> etaForm = new EtaFormView("").invalid(ops12, Optional.of(LocalDate.parse("2026-03-17")),
                typed, error, Locale.ENGLISH);

        Document page = render(EtaInboxView.TEMPLATE, world.inboxView.refused(world.inbox(), world.assessment(),
                world.issues(), ops12, etaForm, Locale.ENGLISH));

        assertEquals("Nothing was saved for OPS-12: \"next week\" is not a date; write it like 2026-03-13.",
                page.selectFirst(".promisedesk-inbox__error--refused[role=alert]").text());
        assertTrue("an AUI error message", page.selectFirst(".promisedesk-inbox__error--refused").hasClass("aui-message-error"));
        assertNull(row(page, "OPS-12"));
    }

    @Test
    public void inbox_isAnAuiTable_withLevelLozenges_andEachRowsFormATopLabelAuiForm() {
        Document page = page(Locale.ENGLISH);

        assertTrue("an AUI table", page.selectFirst("table.promisedesk-inbox__requests").hasClass("aui"));
        for (Element row : page.select("tbody tr")) {
            Element lozenge = row.selectFirst(".promisedesk-inbox__level > span.aui-lozenge");
            String level = row.selectFirst(".promisedesk-inbox__level").classNames().stream()
                    .filter(name -> name.startsWith("promisedesk-level--")).findFirst().orElseThrow();
            String expected = switch (level) {
                case "promisedesk-level--ok" -> "aui-lozenge aui-lozenge-success";
                case "promisedesk-level--warning" -> "aui-lozenge aui-lozenge-moved";
                case "promisedesk-level--overcommitted" -> "aui-lozenge aui-lozenge-removed";
                default -> "aui-lozenge";
            };
            assertEquals(row.attr("data-issue"), expected, lozenge.className());
        }
        assertEquals("aui-lozenge", row(page, "OPS-40").selectFirst(".promisedesk-inbox__level > span").className());
        Element form = row(page, "OPS-12").selectFirst("form");
        assertTrue("a top-label AUI form", form.hasClass("aui") && form.hasClass("top-label"));
        assertEquals(2, form.select("p.field-group").size());
        assertTrue(form.selectFirst("textarea").hasClass("textarea"));
        assertTrue(form.selectFirst(".promisedesk-inbox__hint").hasClass("description"));
        assertTrue(form.selectFirst("button[type=submit]").hasClass("aui-button-primary"));
    }

    @Test
    public void emptyInbox_saysNobodyWaits_withoutATable() {
        InboxRendering quiet = new InboxRendering();

        Document page = render(EtaInboxView.TEMPLATE, quiet.inboxView.context(quiet.inbox(), quiet.assessment(),
                quiet.issues(), Locale.ENGLISH));

        assertNull(page.selectFirst("table"));
        assertEquals("Nobody is waiting for an ETA. Questions from sales appear here.",
                page.selectFirst(".promisedesk-inbox__none").text());
    }

    @Test
    public void dutch_wordsWaitsAndDates() {
        Document page = page(DUTCH);

        assertEquals("ETA-inbox van platform team", page.selectFirst("h1").text());
        assertEquals("3 aanvragen wachten", page.selectFirst("caption").text());
        Element ops12 = row(page, "OPS-12");
        assertEquals("Vandaag", ops12.selectFirst(".promisedesk-inbox__urgency").text());
        assertEquals("2 vragen van sam, eva", ops12.selectFirst(".promisedesk-inbox__asks").text());
        assertEquals("1 uur, 30 minuten", ops12.selectFirst(".promisedesk-inbox__waited").text());
        assertEquals("vr 20 mrt", ops12.selectFirst(".promisedesk-inbox__commitment").text());
        assertEquals("ETA opslaan en antwoorden", ops12.selectFirst("button").text());
    }

    @Test
    public void longWaits_readInDaysAndHours() {
        world.world.clock.set("2026-03-04T09:30:00Z");

        Element ops7 = row(page(Locale.ENGLISH), "OPS-7");

        assertEquals("2 days, 1 hour", ops7.selectFirst(".promisedesk-inbox__waited").text());
    }

    @Test
    public void anotherTeamsAssessment_isRefused() {
        TeamAssessment network = world.world.snapshots.current(WorkloadWorld.NETWORK).orElseThrow();

        assertThrows(IllegalArgumentException.class, () -> world.inboxView.context(world.inbox(), network,
                world.issues(), Locale.ENGLISH));
    }

    @Test
    public void aRequestWhoseIssueIsGone_showsItsKey_withoutAForm() {
        Map<IssueKey, WorkItem> withoutOps7 = new LinkedHashMap<>(world.issues());
        withoutOps7.remove(IssueKey.parse("OPS-7"));
        EtaInbox inbox = EtaInbox.of(WorkloadWorld.PLATFORM, world.store.openRequestsOf(WorkloadWorld.PLATFORM),
                world.world.clock);

        Element ops7 = row(render(EtaInboxView.TEMPLATE, world.inboxView.context(inbox, world.assessment(), withoutOps7,
                Locale.ENGLISH)), "OPS-7");

        assertEquals("Issue not found", ops7.selectFirst(".promisedesk-inbox__summary").text());
        assertNull(ops7.selectFirst("form"));
    }

    private Document page(Locale locale) {
        return render(EtaInboxView.TEMPLATE, world.inboxView.context(world.inbox(), world.assessment(), world.issues(),
                locale));
    }

    private static Element row(Document page, String key) {
        return page.selectFirst("tbody tr[data-issue=" + key + "]");
    }

    private void assertLevel(Element row, String key) {
        var level = world.assessment().verdictFor(IssueKey.parse(key)).orElseThrow().level();
        Element cell = row.selectFirst(".promisedesk-inbox__level");
        assertEquals(new MessageRenderer(Locale.ENGLISH).render(LevelNames.of(level)), cell.text());
        assertTrue(cell.hasClass("promisedesk-level--" + level.name().toLowerCase(Locale.ROOT)));
    }
}
