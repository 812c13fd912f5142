package io.promisedesk.jira.servlet;

import io.promisedesk.commitment.Customer;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.statuslink.InMemoryStatusLinkStore;
import io.promisedesk.statuslink.ScopeText;
import io.promisedesk.statuslink.StatusLink;
import io.promisedesk.statuslink.StatusLinkPolicy;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.statuslink.view.StatusLinkFormView;
import io.promisedesk.statuslink.view.StatusLinkLinks;
import io.promisedesk.statuslink.view.StatusLinkListView;
import io.promisedesk.work.IssueKey;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Creating, listing and revoking status links as Jira's servlet serves them, rendered with a real Velocity: who may,
 * the address shown once and never stored, the list's columns, and the revoke buttons.
 */
public class StatusLinkFormRequestsTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryStatusLinkStore store = new InMemoryStatusLinkStore();
    private final Set<String> browsing = new HashSet<>(Set.of("sam:OPS-12", "kim:OPS-12"));
    private StatusLinkPolicy policy = StatusLinkPolicy.DEFAULT;
    private final StatusLinks links = new StatusLinks(store, (user, issue) -> browsing.contains(user + ":" + issue),
            () -> policy, clock);
    private final FakeAccess sam = FakeAccess.named("sam").asSales().browses("OPS-12");

    private StatusLinkFormRequests pages(FakeAccess reader) {
        return new StatusLinkFormRequests(reader, links, ZoneId.of("UTC"));
    }

    private static Map<String, List<String>> form(StatusLinkScope scope, String days, boolean reasons) {
        ScopeText text = ScopeText.of(scope);
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put(StatusLinkFormView.KIND, List.of(text.kind()));
        form.put(StatusLinkFormView.VALUE, List.of(text.value()));
        form.put(StatusLinkFormView.DAYS, List.of(days));
        if (reasons) {
            form.put(StatusLinkFormView.REASONS, List.of("yes"));
        }
        return form;
    }

    private static Map<String, List<String>> issueForm(String days) {
        return form(new StatusLinkScope.OneIssue(IssueKey.parse("OPS-12")), days, false);
    }

    private static Map<String, List<String>> revokeForm(StatusLink link) {
        return Map.of(StatusLinkListView.LINK, List.of(link.hash().hex()));
    }

    @Test
    public void aSalesperson_createsALink_andSeesItsFullAddressOnce_whileOnlyTheHashIsKept() {
        Document created = render(pages(sam).post(post(StatusLinkLinks.CREATE_PATH, issueForm("14"))));

        String url = created.selectFirst("input.promisedesk-status-links__url").attr("value");
        assertTrue(url, url.startsWith(BASE_URL + StatusLinkLinks.STATUS_PATH));
        String token = url.substring((BASE_URL + StatusLinkLinks.STATUS_PATH).length());
        StatusLink kept = store.all().get(0);
        assertEquals(StatusLinkToken.parse(token).orElseThrow().hash(), kept.hash());
        assertEquals(clock.instant().plusSeconds(14 * 86_400), kept.expires());
        assertFalse(kept.includesReasons());
        assertNotNull(created.selectFirst("input.promisedesk-status-links__url[readonly]"));
        Element open = created.selectFirst("a.promisedesk-status-links__open-link");
        assertEquals(url, open.attr("href"));
        assertEquals("_blank", open.attr("target"));
        assertEquals("noopener noreferrer", open.attr("rel"));
        assertEquals("Open it as its visitors see it (new tab)", open.text());

        Document again = render(pages(sam).get(get(StatusLinkLinks.LIST_PATH, Map.of())));
        assertNull("the address is shown only once", again.selectFirst("input.promisedesk-status-links__url"));
        assertNull(again.selectFirst("a.promisedesk-status-links__open-link"));
        assertFalse(again.html().contains(token));
    }

    @Test
    public void theListShowsEachColumn_andTheReaderOwnLinksOnly_anAdministratorAll() {
        pages(sam).post(post(StatusLinkLinks.CREATE_PATH, form(new StatusLinkScope.CustomerReview(
                new Customer("ACME")), "30", true)));
        pages(FakeAccess.named("kim").asSales().browses("OPS-12")).post(post(StatusLinkLinks.CREATE_PATH,
                issueForm("5")));

        Document own = render(pages(sam).get(get(StatusLinkLinks.LIST_PATH, Map.of())));
        Document all = render(pages(FakeAccess.named("ada").asAdministrator()).get(get(StatusLinkLinks.LIST_PATH,
                Map.of())));

        assertEquals(List.of("Created by", "Shows", "Created", "Expires", "Last viewed", "Views", "Action"),
                own.select("table th[scope=col]").eachText());
        Element row = own.selectFirst("tr.promisedesk-status-links__row");
        assertEquals(List.of("sam", "Review of ACME, with reasons", "2026-03-02 09:00 UTC", "2026-04-01 09:00 UTC", "Never",
                "0", "Revoke"), row.select("td, th").eachText());
        assertEquals(1, own.select("tr.promisedesk-status-links__row").size());
        assertEquals(List.of("sam", "kim"), all.select("td.promisedesk-status-links__creator").eachText());
        assertEquals(TOKEN, row.selectFirst("form input[name=atl_token]").attr("value"));
    }

    @Test
    public void aLifetimeOutsideTheAllowed_orNotANumber_isRefusedWithTheReason_andNothingCreated() {
        policy = new StatusLinkPolicy(true, 14);
        for (String days : List.of("0", "15", "ten", "")) {
            PageAnswer answer = pages(sam).post(post(StatusLinkLinks.CREATE_PATH, issueForm(days)));

            assertEquals(days, 400, status(answer));
            String error = render(answer).selectFirst(".promisedesk-status-links__error").text();
            assertTrue(error, error.contains("day"));
        }
        assertEquals(List.of(), store.all());
        assertEquals("A link lives from 1 to 14 days.", render(pages(sam).post(post(StatusLinkLinks.CREATE_PATH,
                issueForm("15")))).selectFirst(".promisedesk-status-links__error").text());
        assertEquals(200, status(pages(sam).post(post(StatusLinkLinks.CREATE_PATH, issueForm("14")))));
    }

    @Test
    public void whileTheAdministratorHasSwitchedLinksOff_creatingIsRefusedWithAClearMessage() {
        policy = new StatusLinkPolicy(false, 90);

        PageAnswer answer = pages(sam).post(post(StatusLinkLinks.CREATE_PATH, issueForm("5")));

        assertEquals(400, status(answer));
        assertEquals("A Jira administrator has switched read-only status links off, so no link can be created.",
                render(answer).selectFirst(".promisedesk-status-links__error").text());
        assertEquals(List.of(), store.all());
    }

    @Test
    public void someoneNotInTheSalesGroups_cannotCreate_norAnIssueTheyMayNotBrowse() {
        FakeAccess tom = FakeAccess.named("tom").browses("OPS-12");

        assertEquals(403, status(pages(tom).post(post(StatusLinkLinks.CREATE_PATH, issueForm("5")))));
        assertEquals(404, status(pages(FakeAccess.named("sue").asSales()).post(post(StatusLinkLinks.CREATE_PATH,
                issueForm("5")))));
        assertEquals(List.of(), store.all());
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage_andCannotListCreateOrRevoke() {
        StatusLinkFormRequests anonymous = pages(FakeAccess.anonymous());

        assertTrue(anonymous.get(get(StatusLinkLinks.LIST_PATH, Map.of())) instanceof PageAnswer.Login);
        assertTrue(anonymous.post(post(StatusLinkLinks.CREATE_PATH, issueForm("5"))) instanceof PageAnswer.Login);
        assertTrue(anonymous.post(post(StatusLinkLinks.REVOKE_PATH, Map.of())) instanceof PageAnswer.Login);
        assertEquals(List.of(), store.all());
    }

    @Test
    public void aPostWithoutTheFormToken_isRefused_andChangesNothing() {
        assertEquals(403, status(pages(sam).post(postWithoutToken(StatusLinkLinks.CREATE_PATH, issueForm("5")))));
        pages(sam).post(post(StatusLinkLinks.CREATE_PATH, issueForm("5")));

        assertEquals(403, status(pages(sam).post(postWithoutToken(StatusLinkLinks.REVOKE_PATH,
                revokeForm(store.all().get(0))))));
        assertTrue(store.all().get(0).revocation().isEmpty());
    }

    @Test
    public void theCreator_revokes_andTheLinkLeavesTheList_butSomeoneElseCannot() {
        pages(sam).post(post(StatusLinkLinks.CREATE_PATH, issueForm("5")));
        StatusLink link = store.all().get(0);

        assertEquals(404, status(pages(FakeAccess.named("kim").asSales()).post(post(StatusLinkLinks.REVOKE_PATH,
                revokeForm(link)))));
        assertTrue(store.all().get(0).revocation().isEmpty());

        PageAnswer revoked = pages(sam).post(post(StatusLinkLinks.REVOKE_PATH, revokeForm(link)));

        assertEquals(new PageAnswer.Redirect(BASE_URL + StatusLinkLinks.LIST_PATH + "?revoked=1"), revoked);
        assertEquals("sam", store.all().get(0).revocation().orElseThrow().by());
        Document list = render(pages(sam).get(get(StatusLinkLinks.LIST_PATH, Map.of("revoked", List.of("1")))));
        assertEquals(0, list.select("tr.promisedesk-status-links__row").size());
        assertNotNull(list.selectFirst(".promisedesk-status-links__revoked"));
    }

    /**
     * Whoever created a link may revoke it even after leaving the sales groups (while the link still opens for as long
     * as they may browse its issue), though they may create no new one; another user outside them sees no link.
     */
    @Test
    public void aCreatorWhoLeftTheSalesGroups_stillListsAndRevokesTheirOwnLinks_butCreatesNone() {
        pages(sam).post(post(StatusLinkLinks.CREATE_PATH, issueForm("5")));
        StatusLink link = store.all().get(0);
        FakeAccess samMovedToFinance = FakeAccess.named("sam").browses("OPS-12");
        FakeAccess tom = FakeAccess.named("tom").browses("OPS-12");

        Document own = render(pages(samMovedToFinance).get(get(StatusLinkLinks.LIST_PATH, Map.of())));
        Document none = render(pages(tom).get(get(StatusLinkLinks.LIST_PATH, Map.of())));
        assertEquals(List.of("sam"), own.select("td.promisedesk-status-links__creator").eachText());
        assertEquals(0, none.select("tr.promisedesk-status-links__row").size());
        assertEquals(404, status(pages(tom).post(post(StatusLinkLinks.REVOKE_PATH, revokeForm(link)))));
        assertTrue(store.all().get(0).revocation().isEmpty());

        PageAnswer revoked = pages(samMovedToFinance).post(post(StatusLinkLinks.REVOKE_PATH, revokeForm(link)));

        assertEquals(new PageAnswer.Redirect(BASE_URL + StatusLinkLinks.LIST_PATH + "?revoked=1"), revoked);
        assertEquals("sam", store.all().get(0).revocation().orElseThrow().by());
        assertEquals(403, status(pages(samMovedToFinance).post(post(StatusLinkLinks.CREATE_PATH, issueForm("5")))));
        assertEquals(1, store.all().size());
    }

    @Test
    public void anAdministrator_revokesAnyonesLink() {
        pages(sam).post(post(StatusLinkLinks.CREATE_PATH, issueForm("5")));

        pages(FakeAccess.named("ada").asAdministrator()).post(post(StatusLinkLinks.REVOKE_PATH,
                revokeForm(store.all().get(0))));

        assertEquals("ada", store.all().get(0).revocation().orElseThrow().by());
    }

    @Test
    public void aTamperedScopeOrLink_isNotFound() {
        Map<String, List<String>> tampered = new LinkedHashMap<>(issueForm("5"));
        tampered.put(StatusLinkFormView.KIND, List.of("TEAM"));

        assertEquals(404, status(pages(sam).post(post(StatusLinkLinks.CREATE_PATH, tampered))));
        assertEquals(404, status(pages(sam).post(post(StatusLinkLinks.REVOKE_PATH,
                Map.of(StatusLinkListView.LINK, List.of("<script>"))))));
        assertEquals(List.of(), store.all());
    }

    @Test
    public void everyValueTheListShows_isText_neverMarkup() {
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            if (!payload.isBlank()) {
                pages(sam).post(post(StatusLinkLinks.CREATE_PATH, form(new StatusLinkScope.CustomerReview(
                        new Customer(payload)), "5", false)));
            }
        }

        Document list = render(pages(sam).get(get(StatusLinkLinks.LIST_PATH, Map.of())));

        List<String> expected = store.all().stream().map(link -> "Review of "
                + ((StatusLinkScope.CustomerReview) link.scope()).customer().name()).toList();
        List<String> shown = list.select("th.promisedesk-status-links__scope").stream().map(Element::wholeText)
                .toList();
        assertEquals(expected, shown);
        assertEquals(expected.stream().map(scope -> "Revoke the link to " + scope + " created 2026-03-02 09:00 UTC")
                .toList(), list.select("button.promisedesk-status-links__revoke").eachAttr("aria-label"));
    }

    /** A Jira user name is the creator's column, and Jira allows markup characters in one: text too. */
    @Test
    public void everyCreatorsName_isText_neverMarkup() {
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            pages(FakeAccess.named(payload).asSales()).post(post(StatusLinkLinks.CREATE_PATH, form(
                    new StatusLinkScope.CustomerReview(new Customer("ACME")), "5", false)));
        }

        Document list = render(pages(FakeAccess.named("ada").asAdministrator()).get(get(StatusLinkLinks.LIST_PATH,
                Map.of())));

        assertEquals(XssCorpus.payloads(Customer.MAX_LENGTH),
                list.select("td.promisedesk-status-links__creator").stream().map(Element::wholeText).toList());
    }

    /**
     * The create form on a customer's review and on a filtered "My commitments" carries a hostile customer's name or
     * filter as text in its hidden fields, and posting the form back creates a link to exactly that scope.
     */
    @Test
    public void theCreateForm_carriesEveryHostileScopeAsText_andCreatesALinkToThatScope() {
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            for (StatusLinkScope scope : List.of(new StatusLinkScope.CustomerReview(new Customer(payload)),
                    new StatusLinkScope.Commitments(CommitmentQuery.parse(Map.of(CommitmentQuery.CUSTOMER,
                            List.of(payload)))))) {
                List<PageAnswer.Section> sections = StatusLinkSection.of(scope, policy, sam,
                        get("/plugins/servlet/promisedesk/review", Map.of()));
                Document page = render(new PageAnswer.Page(200, "Review", "review", true, sections));
                Element form = page.selectFirst(".promisedesk-status-link-form form");
                ScopeText expected = ScopeText.of(scope);

                assertEquals(payload, expected.kind(), form.selectFirst("input[name=linkKind]").val());
                assertEquals(payload, expected.value(), form.selectFirst("input[name=linkValue]").val());
                Map<String, List<String>> posted = new LinkedHashMap<>();
                form.select("input[name]").forEach(input -> posted.put(input.attr("name"), List.of(input.val())));
                assertEquals(payload, 200, status(pages(sam).post(post(StatusLinkLinks.CREATE_PATH, posted))));
                assertEquals(payload, scope, store.all().get(store.all().size() - 1).scope());
            }
        }
    }

    private static Document createForm(StatusLinkPolicy allowed, FakeAccess reader) {
        return render(new PageAnswer.Page(200, "Issue", "issue", true, StatusLinkSection.of(
                new StatusLinkScope.OneIssue(IssueKey.parse("OPS-12")), allowed, reader,
                get("/plugins/servlet/promisedesk/sales/issue/OPS-12", Map.of()))));
    }

    /** A new link lives 30 days unless its creator changes it, and never longer than the administrator allows. */
    @Test
    public void theCreateForm_offers30Days_orTheAdministratorsLongestWhenShorter_andNoMore() {
        Element standard = createForm(StatusLinkPolicy.DEFAULT, sam).selectFirst("input[name=days]");
        Element shortened = createForm(new StatusLinkPolicy(true, 14), sam).selectFirst("input[name=days]");
        Element lengthened = createForm(new StatusLinkPolicy(true, 365), sam).selectFirst("input[name=days]");

        assertEquals(List.of("30", "1", "90"), List.of(standard.val(), standard.attr("min"), standard.attr("max")));
        assertEquals(List.of("14", "14"), List.of(shortened.val(), shortened.attr("max")));
        assertEquals(List.of("30", "365"), List.of(lengthened.val(), lengthened.attr("max")));
        assertEquals(30, StatusLinks.DEFAULT_DAYS);
        assertNull(createForm(new StatusLinkPolicy(false, 90), sam).selectFirst("form"));
        assertNull("only sales and administrators create links",
                createForm(StatusLinkPolicy.DEFAULT, FakeAccess.named("tom").browses("OPS-12"))
                        .selectFirst(".promisedesk-status-link-form"));
    }
}
