package io.promisedesk.jira.servlet;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Hours;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.PlatformScenario;
import io.promisedesk.fixtures.TeamBuilder;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.AnsweringEtaHistoryStore;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.inbox.view.AskFormInput;
import io.promisedesk.inbox.view.InboxLinks;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.panel.EtaFormInput;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.servlet.PageRendering.BASE_URL;
import static io.promisedesk.jira.servlet.PageRendering.TOKEN;
import static io.promisedesk.jira.servlet.PageRendering.get;
import static io.promisedesk.jira.servlet.PageRendering.post;
import static io.promisedesk.jira.servlet.PageRendering.postWithoutToken;
import static io.promisedesk.jira.servlet.PageRendering.render;
import static io.promisedesk.jira.servlet.PageRendering.status;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The ETA inboxes as Jira's servlet serves them, on the scenario's teams (Monday 2 March 2026) with in-memory ports
 * and the ETA history store that answers requests: who may open an inbox, which rows they see, and a row's answer.
 * Sam asked for OPS-12 (today), eva for OPS-7 (this week) and for OPS-40 (open, not committed; no rush), carla's
 * customer for NET-1 of the network team.
 */
public class InboxRequestsTest {
    private static final String PLATFORM = InboxLinks.INBOX_PATH + "platform";
    private static final IssueKey OPS_12 = IssueKey.parse("OPS-12");

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryEtaRequestStore requests = new InMemoryEtaRequestStore();
    private final InMemoryEtaHistoryStore stored = new InMemoryEtaHistoryStore();
    private final AnsweringEtaHistoryStore histories = new AnsweringEtaHistoryStore(stored, requests);
    private final UpdateEta updateEta = new UpdateEta(histories, world.clock);
    private final AskForEta askForEta = new AskForEta(requests, world.clock);

    public InboxRequestsTest() {
        world.work.put(WorkItem.builder(IssueKey.parse("OPS-40"), StatusCategory.IN_PROGRESS).summary("Billing export")
                .status("In Progress").remaining(Hours.of(8)).build());
        stored.save(new EtaChange(OPS_12, "anna", Instant.parse("2026-02-27T10:00:00Z"), Optional.empty(),
                LocalDate.parse("2026-03-18"), Optional.empty()));
        ask("OPS-12", "today", "ACME", "Before the audit?", "sam");
        ask("OPS-7", "this-week", "Globex", "", "eva");
        ask("OPS-40", "no-rush", "Umbrella", "", "eva");
        ask("NET-1", "today", "Initech", "", "sam");
    }

    /** An ask on a platform (OPS) or network (NET) issue, with its commitment date. */
    private void ask(String key, String urgency, String customer, String question, String requester) {
        TeamKey team = key.startsWith("NET-") ? WorkloadWorld.NETWORK : WorkloadWorld.PLATFORM;
        WorkItem issue = world.work.workOf(team).stream().filter(item -> item.key().toString().equals(key))
                .findFirst().orElseThrow();
        askForEta.ask(new AskFormInput(urgency, customer, question).toCommand(issue, team, requester));
    }

    private InboxRequests inbox(FakeAccess reader) {
        return new InboxRequests(reader, world.directory, world.snapshots, world.work, requests, histories, updateEta,
                world.clock);
    }

    /** Not a member of the team; may edit the three platform issues asked about. */
    private static FakeAccess technician() {
        return FakeAccess.named("tina").edits("OPS-12", "OPS-7", "OPS-40");
    }

    private static FakeAccess salesperson() {
        return FakeAccess.named("sam").asSales().browses("OPS-12", "OPS-7", "OPS-40", "NET-1");
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage_forTheListTheInboxAndAnAnswer() {
        InboxRequests pages = inbox(FakeAccess.anonymous());

        assertTrue(pages.get(get(InboxRequests.LIST_PATH, Map.of())) instanceof PageAnswer.Login);
        assertTrue(pages.get(get(PLATFORM, Map.of())) instanceof PageAnswer.Login);
        assertTrue(pages.post(post(PLATFORM, answer("OPS-12", "2026-03-16", "", "2026-03-18"))) instanceof PageAnswer.Login);
        assertTrue(requests.openRequestOn(OPS_12).isPresent());
    }

    @Test
    public void aTechnician_seesTheTeamsRequestsMostPressingFirst_eachWithAFormPostingBackWithTheToken() {
        PageAnswer answer = inbox(technician()).get(get(PLATFORM, Map.of()));

        assertEquals(200, status(answer));
        Document page = render(answer);
        assertEquals("ETA inbox of platform team", page.title());
        assertEquals("atl.general", page.selectFirst("head meta[name=decorator]").attr("content"));
        assertEquals("ETA inbox of platform team", page.selectFirst("section#promisedesk-inbox-page.promisedesk-page h1").text());
        assertEquals(List.of("OPS-12", "OPS-7", "OPS-40"), page.select("tr.promisedesk-inbox__request").eachAttr("data-issue"));
        assertEquals("3 requests waiting", page.selectFirst("caption").text());
        // OPS-40 is committed to nobody, so not in the snapshot: read from the team's work.
        assertEquals("Billing export", page.selectFirst("tr[data-issue=OPS-40] .promisedesk-inbox__summary").text());
        assertEquals("Before the audit?", page.selectFirst("tr[data-issue=OPS-12] .promisedesk-inbox__question").text());
        Element form = page.selectFirst("tr[data-issue=OPS-12] form");
        assertEquals(BASE_URL + PLATFORM, form.attr("action"));
        assertEquals(TOKEN, form.selectFirst("input[name=atl_token]").val());
        assertEquals("2026-03-18", form.selectFirst("input[name=expectedEta]").val());
        assertNotNull(page.selectFirst("label[for=promisedesk-inbox-OPS-12-eta]"));
    }

    @Test
    public void aRowIsShownOnlyForAnIssueTheReaderMayBrowse_andAHiddenOneIsNeverNamed() {
        FakeAccess admin = FakeAccess.named("ada").asAdministrator().browses("OPS-12");
        PageAnswer answer = inbox(admin).get(get(PLATFORM, Map.of()));

        Document page = render(answer);
        assertEquals(List.of("OPS-12"), page.select("tr.promisedesk-inbox__request").eachAttr("data-issue"));
        assertEquals("1 request waiting", page.selectFirst("caption").text());
        String html = PageRendering.html((Page) answer, Locale.ENGLISH);
        for (String hidden : List.of("OPS-7", "OPS-40", "Globex", "Umbrella", "Billing export", "eva")) {
            assertFalse(hidden, html.contains(hidden));
        }
    }

    @Test
    public void aMemberOfTheTeam_mayOpenItsInbox_evenSeeingNoRow() {
        Document page = render(inbox(FakeAccess.named("anna")).get(get(PLATFORM, Map.of())));

        assertEquals("Nobody is waiting for an ETA. Questions from sales appear here.",
                page.selectFirst(".promisedesk-inbox__none").text());
        assertNull(page.selectFirst("table"));
    }

    @Test
    public void salesAndEveryoneWhoMayEditNoneOfTheTeamsIssues_areRefused403_andNothingIsSaved() {
        for (FakeAccess reader : List.of(salesperson(), FakeAccess.named("tina").edits("NET-1"))) {
            PageAnswer page = inbox(reader).get(get(PLATFORM, Map.of()));
            PageAnswer saved = inbox(reader).post(post(PLATFORM, answer("OPS-12", "2026-03-16", "", "2026-03-18")));

            assertEquals(403, status(page));
            assertEquals(403, status(saved));
            assertEquals("The ETA inbox of a team is for its technicians (who may edit the issues sales asked about)"
                    + " and Jira administrators.", render(page).selectFirst(".promisedesk-message__text").text());
        }
        assertTrue(requests.openRequestOn(OPS_12).isPresent());
        assertEquals(1, stored.load(OPS_12).changes().size());
    }

    @Test
    public void anUnknownTeam_aMalformedPath_andAPostToTheList_areNotFound() {
        FakeAccess admin = FakeAccess.named("ada").asAdministrator();

        for (String path : List.of(InboxLinks.INBOX_PATH + "nobody", InboxLinks.INBOX_PATH + "%zz",
                InboxLinks.INBOX_PATH + "platform/OPS-12", "/plugins/servlet/promisedesk/inboxes")) {
            assertEquals(path, 404, status(inbox(admin).get(get(path, Map.of()))));
        }
        assertEquals(404, status(inbox(admin).post(post(InboxRequests.LIST_PATH, answer("OPS-12", "2026-03-16", "", "")))));
    }

    @Test
    public void anEncodedTeamKey_isDecoded_asInboxLinksEncodesIt() {
        world.directory.put(TeamBuilder.aTeam().key("field ops+1").name("Field ops")
                .withMember("ada", 40).build());

        String link = new InboxLinks(BASE_URL).inbox(new TeamKey("field ops+1"));
        Document page = render(inbox(FakeAccess.named("ada").asAdministrator()).get(get(link.substring(BASE_URL.length()),
                Map.of())));

        assertEquals("ETA inbox of Field ops", page.title());
    }

    @Test
    public void anAcceptedAnswer_savesTheEta_answersEveryAsk_andShowsTheInboxWithoutIt() {
        PageAnswer answer = inbox(technician()).post(post(PLATFORM, answer("OPS-12", "2026-03-16", "", "2026-03-18")));

        assertEquals(200, status(answer));
        Document page = render(answer);
        assertEquals("Saved. The ETA of OPS-12 is now Mon 16 Mar, and everyone who asked for it is answered.",
                page.selectFirst(".promisedesk-inbox__confirmation").text());
        assertEquals(List.of("OPS-7", "OPS-40"), page.select("tr.promisedesk-inbox__request").eachAttr("data-issue"));
        EtaChange saved = stored.load(OPS_12).lastChange().orElseThrow();
        assertEquals("tina", saved.author());
        assertEquals(Optional.empty(), requests.openRequestOn(OPS_12));
        assertEquals(Optional.of(saved), requests.answeredRequestsOf(WorkloadWorld.PLATFORM, Instant.EPOCH).get(0).answer());
        assertEquals(TOKEN, page.selectFirst("form input[name=atl_token]").val());
    }

    @Test
    public void aPostWithoutAValidToken_isRefused403_andSavesNothing() {
        PageAnswer answer = inbox(technician()).post(postWithoutToken(PLATFORM,
                answer("OPS-12", "2026-03-16", "", "2026-03-18")));

        assertEquals(403, status(answer));
        assertEquals("The form has expired", render(answer).selectFirst("h1").text());
        assertEquals(1, stored.load(OPS_12).changes().size());
        assertTrue(requests.openRequestOn(OPS_12).isPresent());
    }

    @Test
    public void anAnswerForAnIssueOfAnotherTeam_oneTheReaderMayNotBrowse_orNoIssue_isNotFound() {
        FakeAccess both = technician().edits("NET-1");
        FakeAccess blind = FakeAccess.named("anna").edits("OPS-7");

        assertEquals(404, status(inbox(both).post(post(PLATFORM, answer("NET-1", "2026-03-16", "", "")))));
        assertEquals(404, status(inbox(blind).post(post(PLATFORM, answer("OPS-12", "2026-03-16", "", "2026-03-18")))));
        assertEquals(404, status(inbox(both).post(post(PLATFORM, Map.of("eta", List.of("2026-03-16"),
                "atl_token", List.of(TOKEN))))));
        assertEquals(404, status(inbox(both).post(post(PLATFORM, answer("not a key", "2026-03-16", "", "")))));
        assertTrue(requests.openRequestOn(IssueKey.parse("NET-1")).isPresent());
        assertEquals(1, stored.load(OPS_12).changes().size());
    }

    @Test
    public void anAnswerForAnIssueTheReaderMayBrowseButNotEdit_isRefused403() {
        FakeAccess member = FakeAccess.named("anna").browses("OPS-12");

        PageAnswer answer = inbox(member).post(post(PLATFORM, answer("OPS-12", "2026-03-16", "", "2026-03-18")));

        assertEquals(403, status(answer));
        assertEquals("Only people who may edit this issue may change its ETA.",
                render(answer).selectFirst(".promisedesk-message__text").text());
        assertTrue(requests.openRequestOn(OPS_12).isPresent());
    }

    @Test
    public void aSlipWithoutReason_isRefusedBesideTheRowsReason_withWhatWasTypedKept_andTheRequestStillOpen() {
        Document page = render(inbox(technician()).post(post(PLATFORM,
                answer("OPS-12", "2026-03-27", "", "2026-03-18"))));

        Element row = page.selectFirst("tr[data-issue=OPS-12]");
        assertEquals("Moving the ETA later, from Wed 18 Mar to Fri 27 Mar, needs a reason.",
                row.selectFirst("#promisedesk-inbox-OPS-12-reason-error").text());
        assertEquals("2026-03-27", row.selectFirst("input[name=eta]").val());
        assertNull(page.selectFirst(".promisedesk-inbox__confirmation"));
        assertTrue(requests.openRequestOn(OPS_12).isPresent());
    }

    @Test
    public void anUnreadableDate_isRefusedBesideTheRowsDate_keepingTheTypedReason() {
        Document page = render(inbox(technician()).post(post(PLATFORM,
                answer("OPS-12", "next friday", "Parts <late>", "2026-03-18"))));

        Element row = page.selectFirst("tr[data-issue=OPS-12]");
        assertEquals("\"next friday\" is not a date; write it like 2026-03-13.",
                row.selectFirst("#promisedesk-inbox-OPS-12-eta-error").text());
        assertEquals("next friday", row.selectFirst("input[name=eta]").val());
        assertEquals("Parts <late>", row.selectFirst("textarea[name=reason]").wholeText().strip());
    }

    @Test
    public void aStaleForm_isRefusedInItsRow_whenTheEtaChangedSinceTheInboxWasShown() {
        Document shown = render(inbox(technician()).get(get(PLATFORM, Map.of())));
        String expected = shown.selectFirst("tr[data-issue=OPS-12] input[name=expectedEta]").val();
        // Someone else sets the ETA (answering the request), and sales asks again.
        updateEta.update(new EtaFormInput("2026-03-17", "", expected)
                .toCommand(PlatformScenario.platformTeam(), OPS_12, "bram"));
        ask("OPS-12", "today", "ACME", "", "sam");

        Document page = render(inbox(technician()).post(post(PLATFORM, answer("OPS-12", "2026-03-16", "", expected))));

        Element row = page.selectFirst("tr[data-issue=OPS-12]");
        assertTrue(row.text(), row.text().contains("Someone else changed the ETA"));
        assertEquals("2026-03-16", row.selectFirst("input[name=eta]").val());
        assertEquals(LocalDate.parse("2026-03-17"), stored.load(OPS_12).currentEta().orElseThrow());
    }

    @Test
    public void anAnswerWhoseRequestWasAnsweredMeanwhile_saysWhyAboveTheList() {
        updateEta.update(new EtaFormInput("2026-03-17", "", "2026-03-18")
                .toCommand(PlatformScenario.platformTeam(), OPS_12, "bram"));

        Document page = render(inbox(technician()).post(post(PLATFORM, answer("OPS-12", "2026-03-16", "", "2026-03-18"))));

        assertTrue(page.selectFirst(".promisedesk-inbox__error--refused").text().startsWith("Nothing was saved for OPS-12:"));
        assertNull(page.selectFirst("tr[data-issue=OPS-12]"));
    }

    @Test
    public void theList_showsTheInboxesTheReaderMayOpen_withHowManyOfTheirRequestsWait() {
        Document technician = render(inbox(technician()).get(get(InboxRequests.LIST_PATH, Map.of())));
        Document admin = render(inbox(FakeAccess.named("ada").asAdministrator().browses("OPS-12", "NET-1"))
                .get(get(InboxLinks.INBOX_PATH, Map.of())));
        Document sales = render(inbox(salesperson()).get(get(InboxRequests.LIST_PATH, Map.of())));

        assertEquals("ETA inboxes", technician.title());
        assertEquals(List.of("platform team: 3 requests waiting"), technician.select("li").eachText());
        assertEquals(BASE_URL + PLATFORM, technician.selectFirst("a.promisedesk-inbox-list__link").attr("href"));
        assertEquals(List.of("platform team: 1 request waiting", "network team: 1 request waiting"),
                admin.select("li").eachText());
        assertTrue(sales.select("li").isEmpty());
        assertEquals("There is no ETA inbox for you: they are for the technicians of the configured teams and Jira"
                + " administrators.", sales.selectFirst(".promisedesk-inbox-list__none").text());
    }

    @Test
    public void inDutch_theInboxAndTheListAreDutch() {
        Locale dutch = Locale.forLanguageTag("nl");
        Page inbox = (Page) inbox(technician()).get(new PageRequest(PLATFORM, Map.of(), dutch, BASE_URL, TOKEN, false));
        Page list = (Page) inbox(technician()).get(new PageRequest(InboxRequests.LIST_PATH, Map.of(), dutch, BASE_URL,
                TOKEN, false));

        Document page = PageRendering.document(PageRendering.html(inbox, dutch));
        assertEquals("ETA-inbox van platform team", page.title());
        assertEquals("nl", page.selectFirst("html").attr("lang"));
        assertEquals("3 aanvragen wachten", PageRendering.document(PageRendering.html(list, dutch))
                .selectFirst(".promisedesk-inbox-list__waiting").text());
    }

    @Test
    public void whatSalesAndTechniciansTyped_isShownAsText_neverAsMarkup() {
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            InMemoryEtaRequestStore store = new InMemoryEtaRequestStore();
            WorkItem issue = world.work.workOf(WorkloadWorld.PLATFORM).stream()
                    .filter(item -> item.key().equals(OPS_12)).findFirst().orElseThrow();
            new AskForEta(store, world.clock).ask(new AskFormInput("today", payload, payload)
                    .toCommand(issue, WorkloadWorld.PLATFORM, "sam"));
            InboxRequests pages = new InboxRequests(technician(), world.directory, world.snapshots, world.work, store,
                    new AnsweringEtaHistoryStore(new InMemoryEtaHistoryStore(), store),
                    new UpdateEta(new AnsweringEtaHistoryStore(new InMemoryEtaHistoryStore(), store), world.clock),
                    world.clock);

            Document shown = render(pages.get(get(PLATFORM, Map.of())));
            Map<String, List<String>> typed = new LinkedHashMap<>(answer("OPS-12", payload, payload, "2026-03-18"));
            Document refused = render(pages.post(post(PLATFORM, typed)));

            RenderedHtml.assertNoActiveContent(shown);
            RenderedHtml.assertNoActiveContent(refused);
            assertEquals(payload.strip(), shown.selectFirst(".promisedesk-inbox__customers").text().strip());
            assertEquals(payload, refused.selectFirst("tr[data-issue=OPS-12] input[name=eta]").val());
        }
    }

    private static Map<String, List<String>> answer(String issue, String eta, String reason, String expected) {
        return Map.of("issue", List.of(issue), "eta", List.of(eta), "reason", List.of(reason),
                "expectedEta", List.of(expected), "atl_token", List.of(TOKEN));
    }
}
