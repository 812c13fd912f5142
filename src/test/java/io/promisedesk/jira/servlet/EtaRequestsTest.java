package io.promisedesk.jira.servlet;

import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.work.IssueKey;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The ETA form as Jira's servlet serves it, on the scenario's team "platform" (Monday 2 March 2026): technicians are
 * whoever may edit the issue; a saved ETA goes back to the issue, a refused one shows the form again.
 */
public class EtaRequestsTest {
    private static final String OPS_12 = EtaRequests.PATH + "OPS-12";
    private static final IssueKey KEY = IssueKey.parse("OPS-12");

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryEtaHistoryStore histories = new InMemoryEtaHistoryStore();
    private final UpdateEta updateEta = new UpdateEta(histories, world.clock);

    private EtaRequests form(FakeAccess reader) {
        return new EtaRequests(reader, world.directory, histories, updateEta);
    }

    private static FakeAccess technician() {
        return FakeAccess.named("tina").edits("OPS-12", "HR-1");
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage() {
        assertTrue(form(FakeAccess.anonymous()).get(get(OPS_12, Map.of())) instanceof PageAnswer.Login);
        assertTrue(form(FakeAccess.anonymous()).post(post(OPS_12, eta("2026-03-20", "", ""))) instanceof PageAnswer.Login);
        assertTrue(histories.load(KEY).changes().isEmpty());
    }

    @Test
    public void get_showsATechnicianTheFormWithTheStoredEta_andTheToken() {
        histories.save(new EtaChange(KEY, "tina", Instant.parse("2026-02-27T10:00:00Z"), Optional.empty(),
                LocalDate.parse("2026-03-18"), Optional.empty()));

        PageAnswer answer = form(technician()).get(get(OPS_12, Map.of()));

        assertEquals(200, status(answer));
        Document page = render(answer);
        assertEquals("ETA of OPS-12", page.title());
        assertEquals("ETA of OPS-12", page.selectFirst(
                "section#promisedesk-eta-page.promisedesk-page > header.aui-page-header h1").text());
        assertEquals("2026-03-18", page.selectFirst("#promisedesk-eta-date").val());
        assertEquals(BASE_URL + OPS_12, page.selectFirst("form").attr("action"));
        assertEquals(TOKEN, page.selectFirst("form input[name=atl_token]").val());
        assertEquals(BASE_URL + "/browse/OPS-12", page.selectFirst(".promisedesk-page__back a").attr("href"));
        assertEquals("Back to OPS-12", page.selectFirst(".promisedesk-page__back a").text());
        assertEquals(List.of("Fri 27 Feb, 11:00"), page.select("tbody th[scope=row]").eachText());
        assertEquals("tina", page.selectFirst("tbody td").text());
    }

    @Test
    public void get_forSomeoneWhoMayOnlyBrowse_saysTheyCannotChangeIt_andHasNoForm() {
        Document page = render(form(FakeAccess.named("sam").asSales().browses("OPS-12")).get(get(OPS_12, Map.of())));

        assertEquals("You cannot change the ETA of this issue.", page.selectFirst(".promisedesk-eta-form__no-permission").text());
        assertNull(page.selectFirst("form"));
    }

    @Test
    public void anIssueTheReaderMayNotBrowse_anUnknownOne_andOneOfNoTeam_areNotFound() {
        assertEquals(404, status(form(FakeAccess.named("nobody")).get(get(OPS_12, Map.of()))));
        assertEquals(404, status(form(FakeAccess.named("nobody")).post(post(OPS_12, eta("2026-03-20", "", "")))));
        assertEquals(404, status(form(technician()).get(get(EtaRequests.PATH + "OPS-999", Map.of()))));
        assertEquals(404, status(form(technician()).get(get(EtaRequests.PATH + "HR-1", Map.of()))));
        assertEquals(404, status(form(technician()).get(get(EtaRequests.PATH + "not a key", Map.of()))));
        assertTrue(histories.load(KEY).changes().isEmpty());
    }

    @Test
    public void aSavedEta_isRecordedWithTheReaderAsAuthor_andRedirectsToTheIssue() {
        PageAnswer answer = form(technician()).post(post(OPS_12, eta("2026-03-20", "", "")));

        assertEquals(new PageAnswer.Redirect(BASE_URL + "/browse/OPS-12"), answer);
        EtaChange saved = histories.load(KEY).lastChange().orElseThrow();
        assertEquals("tina", saved.author());
        assertEquals(LocalDate.parse("2026-03-20"), saved.newEta());
    }

    @Test
    public void someoneWhoMayNotEdit_isRefused403_evenWithAValidToken() {
        PageAnswer answer = form(FakeAccess.named("sam").asSales().browses("OPS-12"))
                .post(post(OPS_12, eta("2026-03-20", "", "")));

        assertEquals(403, status(answer));
        assertEquals("Only people who may edit this issue may change its ETA.",
                render(answer).selectFirst(".promisedesk-message__text").text());
        assertTrue(histories.load(KEY).changes().isEmpty());
    }

    @Test
    public void aPostWithoutAValidToken_isRefused403_andSavesNothing() {
        PageAnswer answer = form(technician()).post(postWithoutToken(OPS_12, eta("2026-03-20", "", "")));

        assertEquals(403, status(answer));
        assertEquals("The form has expired", render(answer).selectFirst("h1").text());
        assertTrue(histories.load(KEY).changes().isEmpty());
    }

    @Test
    public void aDateInThePast_isRefusedBesideTheDate_withWhatWasTypedKept() {
        Document page = render(form(technician()).post(post(OPS_12, eta("2026-02-20", "Waiting <for> parts", ""))));

        assertNotNull(page.selectFirst("#promisedesk-eta-date-error"));
        assertEquals("2026-02-20", page.selectFirst("#promisedesk-eta-date").val());
        assertEquals("Waiting <for> parts", page.selectFirst("#promisedesk-eta-reason").wholeText().strip());
        assertEquals(TOKEN, page.selectFirst("form input[name=atl_token]").val());
        assertTrue(histories.load(KEY).changes().isEmpty());
    }

    @Test
    public void aSlipWithoutReason_isRefusedBesideTheReason() {
        form(technician()).post(post(OPS_12, eta("2026-03-20", "", "")));

        Document page = render(form(technician()).post(post(OPS_12, eta("2026-03-27", "", "2026-03-20"))));

        assertNotNull(page.selectFirst("#promisedesk-eta-reason-error"));
        assertEquals("2026-03-27", page.selectFirst("#promisedesk-eta-date").val());
        assertEquals(1, histories.load(KEY).changes().size());
    }

    @Test
    public void anUnreadableDate_isRefusedBesideTheDate_withTheStoredEtaShown() {
        Document page = render(form(technician()).post(post(OPS_12, eta("next friday", "", ""))));

        assertEquals("\"next friday\" is not a date; write it like 2026-03-13.",
                page.selectFirst("#promisedesk-eta-date-error").text());
        assertEquals("next friday", page.selectFirst("#promisedesk-eta-date").val());
    }

    private static Map<String, List<String>> eta(String date, String reason, String expected) {
        return Map.of("eta", List.of(date), "reason", List.of(reason), "expectedEta", List.of(expected),
                "atl_token", List.of(TOKEN));
    }
}
