package io.promisedesk.jira.servlet;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.Hours;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.IssueSyncingCommitmentStore;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageRendering.DefaultSettings;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckPromise;

import io.promisedesk.commitment.Customer;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
 * The sales pages as Jira's servlet serves them, on the scenario's team "platform" (Monday 2 March 2026) with in-memory
 * ports: who gets in, what an issue and "My commitments" show, and the commitment form's check and save.
 */
public class SalesRequestsTest {
    private static final String OPS_12 = SalesRequests.ISSUE_PATH + "OPS-12";
    private static final String FORM_OPS_12 = SalesRequests.COMMITMENT_FORM_PATH + "OPS-12";
    private static final String ASK_OPS_12 = SalesRequests.ASK_PATH + "OPS-12";

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryCommitmentStore store = new InMemoryCommitmentStore();
    private final SetCommitment setCommitment = new SetCommitment(store, new CheckPromise(world.snapshots), world.clock, () -> io.promisedesk.commitment.AllowedEmailDomains.ANY);
    private final InMemoryEtaRequestStore requests = new InMemoryEtaRequestStore();

    public SalesRequestsTest() {
        // Open and not committed: only the team's work has it, not the snapshot.
        world.work.put(WorkItem.builder(IssueKey.parse("OPS-40"), StatusCategory.IN_PROGRESS).summary("Billing export")
                .status("In Progress").remaining(Hours.of(8)).build());
    }

    private SalesRequests pages(FakeAccess reader) {
        return pages(reader, store, setCommitment);
    }

    private SalesRequests pages(FakeAccess reader, CommitmentStore commitments, SetCommitment service) {
        return new SalesRequests(reader, world.directory, world.snapshots, world.work, commitments, service,
                new DefaultSettings(), requests, new AskForEta(requests, world.clock),
                address -> io.promisedesk.commitment.AddressState.MAILED);
    }

    private static FakeAccess salesperson() {
        return FakeAccess.named("sam").asSales().browses("OPS-12", "OPS-40", "OPS-7", "NET-1");
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage_forEveryPageAndPost() {
        SalesRequests pages = pages(FakeAccess.anonymous());

        assertTrue(pages.get(get(OPS_12, Map.of())) instanceof PageAnswer.Login);
        assertTrue(pages.get(get(SalesRequests.COMMITMENTS_PATH, Map.of())) instanceof PageAnswer.Login);
        assertTrue(pages.post(post(FORM_OPS_12, save("2026-03-27", "ACME"))) instanceof PageAnswer.Login);
        assertTrue(store.load(IssueKey.parse("OPS-12")).isEmpty());
    }

    @Test
    public void aTechnicianOutsideTheSalesGroups_isRefused403_onPagesAndPosts() {
        SalesRequests pages = pages(FakeAccess.named("tina").edits("OPS-12"));

        PageAnswer issue = pages.get(get(OPS_12, Map.of()));
        PageAnswer list = pages.get(get(SalesRequests.COMMITMENTS_PATH, Map.of()));
        PageAnswer saved = pages.post(post(FORM_OPS_12, save("2026-03-27", "ACME")));

        assertEquals(403, status(issue));
        assertEquals(403, status(list));
        assertEquals(403, status(saved));
        Document page = render(issue);
        assertEquals("Not allowed", page.selectFirst("h1").text());
        assertEquals("The sales pages are for members of the sales groups and Jira administrators.",
                page.selectFirst(".promisedesk-message__text").text());
        assertTrue(store.load(IssueKey.parse("OPS-12")).isEmpty());
    }

    @Test
    public void theIssuePage_showsTheSalesViewAndAFreshCommitmentForm_insideJirasDecorator() {
        PageAnswer answer = pages(salesperson()).get(get(OPS_12, Map.of()));

        assertEquals(200, status(answer));
        Document page = render(answer);
        assertEquals("atl.general", page.selectFirst("head meta[name=decorator]").attr("content"));
        assertEquals("OPS-12 for sales", page.title());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertNotNull(page.selectFirst(
                "section#promisedesk-sales-issue-page.promisedesk-page article.promisedesk-sales-issue"));
        assertEquals("OPS-12", page.selectFirst(".promisedesk-sales-issue__key").text());
        assertEquals("Fri 20 Mar to ACME", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals(BASE_URL + FORM_OPS_12, page.selectFirst("form.promisedesk-commitment-form__form, form").attr("action"));
        assertEquals(TOKEN, page.selectFirst("form input[name=atl_token]").val());
    }

    @Test
    public void anAdministratorOutsideTheSalesGroups_seesTheSalesPages() {
        FakeAccess admin = FakeAccess.named("ada").asAdministrator().browses("OPS-12");

        assertEquals(200, status(pages(admin).get(get(OPS_12, Map.of()))));
        assertEquals(200, status(pages(admin).get(get(SalesRequests.COMMITMENTS_PATH, Map.of()))));
    }

    @Test
    public void anIssueTheReaderMayNotBrowse_isTheSameNotFoundAsNoIssueAtAll() {
        FakeAccess noBrowse = FakeAccess.named("sam").asSales();
        PageAnswer hidden = pages(noBrowse).get(get(OPS_12, Map.of()));
        PageAnswer missing = pages(salesperson().browses("OPS-999")).get(get(SalesRequests.ISSUE_PATH + "OPS-999", Map.of()));
        PageAnswer malformed = pages(salesperson()).get(get(SalesRequests.ISSUE_PATH + "ops-12<x>", Map.of()));
        PageAnswer hiddenPost = pages(noBrowse).post(post(FORM_OPS_12, save("2026-03-27", "ACME")));

        assertEquals(404, status(hidden));
        assertEquals(PageRendering.html((Page) missing, Locale.ENGLISH), PageRendering.html((Page) hidden, Locale.ENGLISH));
        assertEquals(PageRendering.html((Page) missing, Locale.ENGLISH), PageRendering.html((Page) malformed, Locale.ENGLISH));
        assertEquals(404, status(hiddenPost));
        assertEquals("This page does not exist, or you may not see it.",
                render(hidden).selectFirst(".promisedesk-message__text").text());
        assertTrue(store.load(IssueKey.parse("OPS-12")).isEmpty());
    }

    @Test
    public void anIssueOfNoConfiguredTeam_andAnUnknownPath_areNotFound() {
        FakeAccess reader = salesperson().browses("HR-1");

        assertEquals(404, status(pages(reader).get(get(SalesRequests.ISSUE_PATH + "HR-1", Map.of()))));
        assertEquals(404, status(pages(reader).get(get("/plugins/servlet/promisedesk/sales/elsewhere", Map.of()))));
        assertEquals(404, status(pages(reader).post(post("/plugins/servlet/promisedesk/sales/issue/OPS-12", Map.of()))));
    }

    @Test
    public void anUncommittedIssue_isReadFromTheTeamsWork_andOffersToPromiseIt() {
        Document page = render(pages(salesperson()).get(get(SalesRequests.ISSUE_PATH + "OPS-40", Map.of())));

        assertEquals("Billing export", page.selectFirst(".promisedesk-sales-issue__summary").text());
        assertEquals("Nothing promised", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals("", page.selectFirst("#promisedesk-commitment-date").val());
    }

    @Test
    public void allCommitments_listEveryTeamsCommitmentsTheReaderMayBrowse_andNoOther() {
        Document page = render(pages(salesperson()).get(get(SalesRequests.COMMITMENTS_PATH,
                Map.of("scope", List.of("all")))));

        assertEquals("All commitments I can see", page.title());
        assertEquals("All commitments I can see", page.selectFirst("h1").text());
        List<String> keys = page.select("tbody th[scope=row]").eachText();
        // OPS-9 is committed too, but the reader may not browse it: not listed, not counted, not named.
        assertEquals(List.of("OPS-7", "NET-1", "OPS-12"), keys);
        assertEquals("Commitments 1 to 3 of 3", page.selectFirst("caption").text());
        assertFalse(page.html().contains("OPS-9"));
        assertFalse(page.html().contains("Initech"));
        // Each row leads to the issue's page this servlet serves.
        assertEquals(BASE_URL + SalesRequests.ISSUE_PATH + "OPS-7", page.selectFirst("tbody th[scope=row] a").attr("href"));
        assertTrue(page.selectFirst("#promisedesk-sales-scope-all").hasAttr("checked"));
    }

    @Test
    public void myCommitments_byDefault_listOnlyTheOnesWhoseCurrentCommitmentTheReaderSet() {
        hold("OPS-12", "sam");
        hold("NET-1", "nora");
        hold("OPS-7", "sam");
        hold("OPS-7", "nora");

        Document page = render(pages(salesperson()).get(get(SalesRequests.COMMITMENTS_PATH, Map.of())));

        assertEquals("My commitments", page.title());
        assertEquals("My commitments", page.selectFirst("h1").text());
        assertEquals(List.of("OPS-12"), page.select("tbody th[scope=row]").eachText());
        assertTrue(page.selectFirst("#promisedesk-sales-scope-mine").hasAttr("checked"));
    }

    @Test
    public void myCommitments_leaveOutOneTheReaderHoldsButMayNoLongerBrowse() {
        hold("OPS-12", "sam");
        hold("OPS-9", "sam");

        Document page = render(pages(salesperson()).get(get(SalesRequests.COMMITMENTS_PATH, Map.of())));

        assertEquals(List.of("OPS-12"), page.select("tbody th[scope=row]").eachText());
        assertEquals("Commitments 1 to 1 of 1", page.selectFirst("caption").text());
        assertFalse(page.html().contains("OPS-9"));
    }

    @Test
    public void myCommitments_inDutch_sayWhichAreShown() {
        Locale dutch = Locale.forLanguageTag("nl");
        Page mine = (Page) pages(salesperson()).get(new PageRequest(SalesRequests.COMMITMENTS_PATH, Map.of(), dutch,
                BASE_URL, TOKEN, false));
        Page all = (Page) pages(salesperson()).get(new PageRequest(SalesRequests.COMMITMENTS_PATH,
                Map.of("scope", List.of("all")), dutch, BASE_URL, TOKEN, false));

        assertEquals("Mijn toezeggingen", mine.title());
        assertEquals("Alle toezeggingen die ik mag zien", all.title());
        assertEquals("Elke toezegging die ik mag zien",
                render(all).selectFirst("label[for=promisedesk-sales-scope-all]").text());
    }

    @Test
    public void myCommitments_readTheHoldersOfEachTeamsCommitmentsAtOnce_notOneIssueAtATime() {
        hold("OPS-12", "sam");
        hold("NET-1", "nora");
        hold("OPS-7", "sam");
        CountingCommitments counting = new CountingCommitments(store);

        Document page = render(pages(salesperson(), counting, setCommitment)
                .get(get(SalesRequests.COMMITMENTS_PATH, Map.of())));

        assertEquals(List.of("OPS-7", "OPS-12"), page.select("tbody th[scope=row]").eachText());
        assertEquals("no store read per issue", 0, counting.loads);
        assertEquals("one read per team", world.directory.teams().size(), counting.batches);
    }

    @Test
    public void allCommitments_readNoHolders() {
        CountingCommitments counting = new CountingCommitments(store);

        pages(salesperson(), counting, setCommitment)
                .get(get(SalesRequests.COMMITMENTS_PATH, Map.of("scope", List.of("all"))));

        assertEquals(0, counting.loads + counting.batches);
    }

    /** The store the page is given, counting its reads: one issue at a time, or many at once. */
    private static final class CountingCommitments implements CommitmentStore {
        private final CommitmentStore stored;
        private int loads;
        private int batches;

        CountingCommitments(CommitmentStore stored) {
            this.stored = stored;
        }

        @Override
        public Optional<SavedCommitment> load(IssueKey issue) {
            loads++;
            return stored.load(issue);
        }

        @Override
        public Map<IssueKey, StoredCommitment> currentOf(Collection<IssueKey> issues) {
            batches++;
            return stored.currentOf(issues);
        }

        @Override
        public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
            return stored.save(commitment, replacing);
        }
    }

    /** {@code author} sets the issue's commitment through Promise Desk, and so holds it until someone else sets one. */
    private void hold(String issue, String author) {
        IssueKey key = IssueKey.parse(issue);
        store.save(new StoredCommitment(key, Commitment.of(LocalDate.parse("2026-03-27"), "ACME"),
                Optional.empty(), author, Instant.parse("2026-03-01T10:00:00Z")),
                store.load(key).map(SavedCommitment::current)).orElseThrow();
    }

    @Test
    public void myCommitments_withABadFilter_showsTheFormAgainWithTheMessageAndWhatWasTyped() {
        Document page = render(pages(salesperson()).get(get(SalesRequests.COMMITMENTS_PATH,
                Map.of("customer", List.of("acme"), "from", List.of("next week")))));

        assertEquals("\"next week\" is not a date; write it like 2026-03-13.",
                page.selectFirst("#promisedesk-commitments-error").text());
        assertEquals("acme", page.selectFirst("#promisedesk-sales-customer").val());
        assertEquals("next week", page.selectFirst("#promisedesk-sales-from").val());
        assertNull(page.selectFirst("tbody"));
    }

    @Test
    public void aPostWithoutAValidToken_isRefused403_andSavesNothing() {
        PageAnswer answer = pages(salesperson()).post(postWithoutToken(FORM_OPS_12, save("2026-03-27", "ACME")));

        assertEquals(403, status(answer));
        assertEquals("The form has expired", render(answer).selectFirst("h1").text());
        assertTrue(store.load(IssueKey.parse("OPS-12")).isEmpty());
    }

    @Test
    public void check_answersWhetherTheTeamCanMeetTheDate_keepsWhatWasTyped_andSavesNothing() {
        Map<String, List<String>> typed = Map.of("date", List.of("2026-03-04"), "customer", List.of("Umbrella"),
                "note", List.of("Asked twice"), "action", List.of("check"), "atl_token", List.of(TOKEN));

        Document page = render(pages(salesperson()).post(post(FORM_OPS_12, typed)));

        assertTrue(page.selectFirst("#promisedesk-commitment-answer").text().startsWith("The team cannot meet Wed 4 Mar."));
        assertEquals("2026-03-04", page.selectFirst("#promisedesk-commitment-date").val());
        assertEquals("Umbrella", page.selectFirst("#promisedesk-commitment-customer").val());
        assertEquals(TOKEN, page.selectFirst("form input[name=atl_token]").val());
        assertTrue(store.load(IssueKey.parse("OPS-12")).isEmpty());
    }

    @Test
    public void save_keepsTheCommitmentWithTheReaderAsAuthor_andShowsItAsPromisedNow() {
        Document page = render(pages(salesperson()).post(post(FORM_OPS_12, save("2026-03-27", "Globex"))));

        SavedCommitment saved = store.load(IssueKey.parse("OPS-12")).orElseThrow();
        assertEquals("sam", saved.current().author());
        assertEquals("2026-03-27", saved.current().commitment().date().toString());
        assertEquals("Saved. Promised for Fri 27 Mar to Globex.",
                page.selectFirst(".promisedesk-commitment-form__confirmation").text());
        assertEquals("Fri 27 Mar to Globex", page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        // The sales view above the form shows the saved promise too, though the team's snapshot is not yet told.
        assertEquals("Fri 27 Mar", page.selectFirst("dd.promisedesk-fact--commitment").text());
        assertEquals("Globex", page.selectFirst("dd.promisedesk-fact--customer").text());
    }

    @Test
    public void aDateInThePast_isRefusedBesideTheDate_withEverythingTypedKept() {
        Document page = render(pages(salesperson()).post(post(FORM_OPS_12, save("2026-02-27", "Globex <b>"))));

        assertNotNull(page.selectFirst("#promisedesk-commitment-date-error"));
        assertEquals("2026-02-27", page.selectFirst("#promisedesk-commitment-date").val());
        assertEquals("Globex <b>", page.selectFirst("#promisedesk-commitment-customer").val());
        assertTrue(store.load(IssueKey.parse("OPS-12")).isEmpty());
    }

    @Test
    public void theFormsAddress_openedDirectly_leadsToTheIssuesPage() {
        PageAnswer answer = pages(salesperson()).get(get(FORM_OPS_12, Map.of()));

        assertEquals(new PageAnswer.Redirect(BASE_URL + OPS_12), answer);
    }

    @Test
    public void inDutch_theTitleAndLanguageAreDutch() {
        PageRequest dutch = new PageRequest(OPS_12, Map.of(), Locale.forLanguageTag("nl"), BASE_URL, TOKEN, false);
        Page page = (Page) pages(salesperson()).get(dutch);

        Document document = PageRendering.document(PageRendering.html(page, Locale.forLanguageTag("nl")));
        assertEquals("OPS-12 voor sales", document.title());
        assertEquals("nl", document.selectFirst("html").attr("lang"));
        assertNotNull(document.selectFirst("form"));
    }

    @Test
    public void theIssuePage_carriesTheAskForm_postingToTheSalesServletWithTheToken_andTheCommitmentsCustomer() {
        Document page = render(pages(salesperson()).get(get(OPS_12, Map.of())));

        Element form = page.selectFirst("form.promisedesk-ask-form__form");
        assertEquals(BASE_URL + ASK_OPS_12, form.attr("action"));
        assertEquals(TOKEN, form.selectFirst("input[name=atl_token]").val());
        assertEquals("ACME", page.selectFirst("#promisedesk-ask-customer").val());
        assertNull(page.selectFirst(".promisedesk-ask-form__waiting"));
    }

    @Test
    public void anAsk_opensARequestForTheIssuesTeam_byTheReader_andASecondOneJoinsIt() {
        Document first = render(pages(salesperson()).post(post(ASK_OPS_12, ask("today", "ACME", "Before the audit?"))));
        Document second = render(pages(FakeAccess.named("eva").asSales().browses("OPS-12"))
                .post(post(ASK_OPS_12, ask("no-rush", "Globex", ""))));

        assertEquals("Asked. Your request is in the ETA inbox of the team; it answers in its next batch.",
                first.selectFirst(".promisedesk-ask-form__confirmation").text());
        assertEquals("Asked. Your request joins 1 other waiting for this ETA; the team answers them together in its next"
                + " batch.", second.selectFirst(".promisedesk-ask-form__confirmation").text());
        EtaRequest request = requests.openRequestOn(IssueKey.parse("OPS-12")).orElseThrow();
        assertEquals(WorkloadWorld.PLATFORM, request.team());
        assertEquals(List.of("sam", "eva"), request.requesters());
        assertEquals(Optional.of(LocalDate.parse("2026-03-20")), request.commitmentDate());
        // The sales view and the commitment form stay on the page.
        assertNotNull(second.selectFirst("article.promisedesk-sales-issue"));
        assertNotNull(second.selectFirst("#promisedesk-commitment-date"));
    }

    @Test
    public void anAskWithoutUrgency_isRefusedBesideTheUrgency_withWhatWasTypedKept() {
        Document page = render(pages(salesperson()).post(post(ASK_OPS_12, ask("", "Umbrella <b>", "Is April realistic?"))));

        assertEquals("Choose how soon you need the ETA.", page.selectFirst("#promisedesk-ask-urgency-error").text());
        assertEquals("Umbrella <b>", page.selectFirst("#promisedesk-ask-customer").val());
        assertEquals("Is April realistic?", page.selectFirst("#promisedesk-ask-question").wholeText().strip());
        assertTrue(requests.openRequestOn(IssueKey.parse("OPS-12")).isEmpty());
    }

    @Test
    public void anAsk_isForSalesAndAdminsOnly_withAValidToken_onAnIssueTheyMayBrowse() {
        assertTrue(pages(FakeAccess.anonymous()).post(post(ASK_OPS_12, ask("today", "ACME", ""))) instanceof PageAnswer.Login);
        assertEquals(403, status(pages(FakeAccess.named("tina").edits("OPS-12")).post(post(ASK_OPS_12, ask("today", "ACME", "")))));
        assertEquals(403, status(pages(salesperson()).post(postWithoutToken(ASK_OPS_12, ask("today", "ACME", "")))));
        assertEquals(404, status(pages(FakeAccess.named("sam").asSales()).post(post(ASK_OPS_12, ask("today", "ACME", "")))));
        assertEquals(404, status(pages(salesperson().browses("HR-1"))
                .post(post(SalesRequests.ASK_PATH + "HR-1", ask("today", "ACME", "")))));
        assertTrue(requests.openRequestOn(IssueKey.parse("OPS-12")).isEmpty());

        FakeAccess admin = FakeAccess.named("ada").asAdministrator().browses("OPS-12");
        assertEquals(200, status(pages(admin).post(post(ASK_OPS_12, ask("this-week", "ACME", "")))));
        assertEquals(List.of("ada"), requests.openRequestOn(IssueKey.parse("OPS-12")).orElseThrow().requesters());
    }

    @Test
    public void theAskFormsAddress_openedDirectly_leadsToTheIssuesPage() {
        assertEquals(new PageAnswer.Redirect(BASE_URL + OPS_12), pages(salesperson()).get(get(ASK_OPS_12, Map.of())));
    }

    @Test
    public void anOpenRequest_isNamedAboveTheAskForm_inDutchToo() {
        pages(salesperson()).post(post(ASK_OPS_12, ask("today", "ACME", "")));
        Locale dutch = Locale.forLanguageTag("nl");

        Document english = render(pages(salesperson()).get(get(OPS_12, Map.of())));
        Page page = (Page) pages(salesperson()).get(new PageRequest(OPS_12, Map.of(), dutch, BASE_URL, TOKEN, false));
        Document nl = PageRendering.document(PageRendering.html(page, dutch));

        assertEquals("Sales already asked for this ETA once (most urgent: Today); a new question joins them.",
                english.selectFirst(".promisedesk-ask-form__waiting").text());
        assertEquals("Het team om een ETA vragen", nl.selectFirst("#promisedesk-ask-form-heading").text());
    }

    @Test
    public void whatSalesTypedInAnAsk_isShownAsText_neverAsMarkup() {
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            PageAnswer answer = pages(salesperson()).post(post(ASK_OPS_12, ask(payload, payload, payload)));

            Document page = render(answer);
            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, page.selectFirst("#promisedesk-ask-customer").val());
            assertEquals(3, page.select("input[name=urgency]").size());
        }
    }

    @Test
    public void twoSalespeopleOnOneIssue_theSecondSave_isRefusedAsStale_showingTheFirstsPromise_andKeepingWhatWasTyped() {
        // As in Jira, a saved commitment goes onto the issue, which the next page reads.
        IssueSyncingCommitmentStore synced = new IssueSyncingCommitmentStore(world);
        SetCommitment service = new SetCommitment(synced, new CheckPromise(world.snapshots), world.clock, () -> io.promisedesk.commitment.AllowedEmailDomains.ANY);
        FakeAccess eva = FakeAccess.named("eva").asSales().browses("OPS-12");
        Map<String, List<String>> samOpened = formAsShown(render(pages(salesperson(), synced, service).get(get(OPS_12, Map.of()))));
        Map<String, List<String>> evaOpened = formAsShown(render(pages(eva, synced, service).get(get(OPS_12, Map.of()))));

        Document samSaved = render(pages(salesperson(), synced, service).post(post(FORM_OPS_12,
                typed(samOpened, "2026-03-27", "Globex", "By phone", "save"))));
        Document evaRefused = render(pages(eva, synced, service).post(post(FORM_OPS_12,
                typed(evaOpened, "2026-04-03", "Initech", "By mail", "save"))));

        assertEquals("Saved. Promised for Fri 27 Mar to Globex.",
                samSaved.selectFirst(".promisedesk-commitment-form__confirmation").text());
        SavedCommitment kept = synced.load(IssueKey.parse("OPS-12")).orElseThrow();
        assertEquals("sam", kept.current().author());
        assertEquals("Globex", kept.current().commitment().customer().name());
        assertNull(evaRefused.selectFirst(".promisedesk-commitment-form__confirmation"));
        assertEquals("Someone else changed the commitment while you were editing. Check the commitment promised now"
                        + " and save again; what you entered is kept. It is now promised for Fri 27 Mar to Globex.",
                evaRefused.selectFirst("#promisedesk-commitment-date-error").text());
        assertEquals("Fri 27 Mar to Globex", evaRefused.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        assertEquals("2026-04-03", evaRefused.selectFirst("#promisedesk-commitment-date").val());
        assertEquals("Initech", evaRefused.selectFirst("#promisedesk-commitment-customer").val());
        assertEquals("By mail", evaRefused.selectFirst("#promisedesk-commitment-note").wholeText().strip());

        // Seen Sam's promise, Eva saves again what she typed, and it replaces his.
        Document evaSaved = render(pages(eva, synced, service).post(post(FORM_OPS_12,
                typed(formAsShown(evaRefused), "2026-04-03", "Initech", "By mail", "save"))));

        assertEquals("Saved. Promised for Fri 3 Apr to Initech.",
                evaSaved.selectFirst(".promisedesk-commitment-form__confirmation").text());
        SavedCommitment replaced = synced.load(IssueKey.parse("OPS-12")).orElseThrow();
        assertEquals("eva", replaced.current().author());
        assertEquals(Optional.of(kept.current()), replaced.previous());
    }

    /** What the commitment form posts as it was shown: its hidden inputs, and the values in its fields. */
    private static Map<String, List<String>> formAsShown(Document page) {
        Map<String, List<String>> form = new java.util.HashMap<>();
        for (Element input : page.select("form.promisedesk-commitment-form__form input[type=hidden]")) {
            form.put(input.attr("name"), List.of(input.val()));
        }
        return form;
    }

    private static Map<String, List<String>> typed(Map<String, List<String>> shown, String date, String customer,
                                                   String note, String action) {
        Map<String, List<String>> form = new java.util.HashMap<>(shown);
        form.put("date", List.of(date));
        form.put("customer", List.of(customer));
        form.put("note", List.of(note));
        form.put("action", List.of(action));
        return form;
    }

    private static Map<String, List<String>> ask(String urgency, String customer, String question) {
        return Map.of("urgency", List.of(urgency), "customer", List.of(customer), "question", List.of(question),
                "atl_token", List.of(TOKEN));
    }

    /** A save from OPS-12's form as shown, over its commitment of 20 March to ACME. */
    private static Map<String, List<String>> save(String date, String customer) {
        return Map.of("date", List.of(date), "customer", List.of(customer), "note", List.of(""),
                "action", List.of("save"), "atl_token", List.of(TOKEN), "expectedDate", List.of("2026-03-20"),
                "expectedCustomer", List.of("ACME"));
    }

    @Test
    public void theIssueAndAnAcceptedListOfCommitments_offerAStatusLink_keepingTheFilter() {
        Document issue = render(pages(salesperson()).get(get(OPS_12, Map.of())));
        Document list = render(pages(salesperson()).get(get(SalesRequests.COMMITMENTS_PATH, Map.of(
                "scope", List.of("all"), "customer", List.of("Acme & Co"), "page", List.of("2")))));
        Document refused = render(pages(salesperson()).get(get(SalesRequests.COMMITMENTS_PATH, Map.of(
                "sort", List.of("nonsense")))));

        assertEquals("ISSUE", issue.selectFirst(".promisedesk-status-link-form input[name=linkKind]").val());
        assertEquals("OPS-12", issue.selectFirst(".promisedesk-status-link-form input[name=linkValue]").val());
        assertEquals("COMMITMENTS", list.selectFirst(".promisedesk-status-link-form input[name=linkKind]").val());
        assertEquals("scope=all&customer=Acme+%26+Co&sort=commitment&order=asc",
                list.selectFirst(".promisedesk-status-link-form input[name=linkValue]").val());
        assertNull("a refused filter cannot be shared", refused.selectFirst(".promisedesk-status-link-form"));
    }
}
