package io.promisedesk.jira.servlet;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.InMemoryDigestLedger;
import io.promisedesk.digest.InMemoryDigestPreferenceStore;
import io.promisedesk.digest.PreviewDigest;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.work.IssueKey;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import static org.junit.Assert.assertTrue;

/**
 * "My digest" as Jira's servlet serves it, on Monday 2 March 2026 at noon UTC with in-memory stores: who gets in, the
 * choice and the preview it shows, and the choice's save.
 */
public class DigestRequestsTest {
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private static final IssueKey OPS_12 = IssueKey.parse("OPS-12");

    private final List<EtaChange> changes = new ArrayList<>();
    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    private final InMemoryDigestPreferenceStore preferences = new InMemoryDigestPreferenceStore();
    private final DigestSchedule schedule = DigestSchedule.in(ZoneId.of("UTC"));
    private final PreviewDigest previews = new PreviewDigest(
            (after, upTo) -> changes.stream().filter(change -> change.when().isAfter(after)
                    && !change.when().isAfter(upTo)).toList(),
            (after, upTo) -> List.of(), commitments, preferences, new InMemoryDigestLedger(), (user, issue) -> true,
            issue -> Optional.of("Fibre link & <router> for " + issue), schedule, Clock.fixed(NOON, ZoneOffset.UTC));

    private DigestRequests pages(FakeAccess reader) {
        return new DigestRequests(reader, preferences, previews, schedule);
    }

    private static FakeAccess salesperson() {
        return FakeAccess.named("sam").asSales();
    }

    private static Map<String, List<String>> frequency(String value) {
        return Map.of("frequency", List.of(value));
    }

    /** Sam's commitment on OPS-12 for Globex, whose ETA slipped at 10:00 today. */
    private void aSlipOnSamsCommitment() {
        commitments.save(new StoredCommitment(OPS_12, Commitment.of(LocalDate.parse("2026-03-20"), "Globex"),
                Optional.empty(), "sam", NOON.minusSeconds(86_400 * 3)), Optional.empty());
        changes.add(new EtaChange(OPS_12, "tina", Instant.parse("2026-03-02T10:00:00Z"),
                Optional.of(LocalDate.parse("2026-03-18")), LocalDate.parse("2026-03-24"), Optional.of("Parts late")));
    }

    @Test
    public void nobodyLoggedIn_isSentToTheLoginPage_forThePageAndThePost() {
        DigestRequests pages = pages(FakeAccess.anonymous());

        assertTrue(pages.get(get(DigestRequests.PATH, Map.of())) instanceof PageAnswer.Login);
        assertTrue(pages.post(post(DigestRequests.PATH, frequency("weekly"))) instanceof PageAnswer.Login);
    }

    @Test
    public void aTechnicianOutsideTheSalesGroups_isRefused403_andChangesNothing() {
        DigestRequests pages = pages(FakeAccess.technician("tina", "OPS-12"));

        PageAnswer page = pages.get(get(DigestRequests.PATH, Map.of()));
        PageAnswer saved = pages.post(post(DigestRequests.PATH, frequency("weekly")));

        assertEquals(403, status(page));
        assertEquals(403, status(saved));
        assertEquals("The sales pages are for members of the sales groups and Jira administrators.",
                render(page).selectFirst(".promisedesk-message__text").text());
        assertEquals(DigestFrequency.DAILY, preferences.frequencyOf("tina"));
    }

    @Test
    public void theFirstVisit_offersDailyChosen_andAnEmptyPreview() {
        PageAnswer answer = pages(salesperson()).get(get(DigestRequests.PATH, Map.of()));

        assertEquals(200, status(answer));
        Document page = render(answer);
        assertEquals("My digest", page.title());
        assertEquals("My digest", page.selectFirst("h1").text());
        Element form = page.selectFirst("form");
        assertEquals(BASE_URL + DigestRequests.PATH, form.attr("action"));
        assertEquals(TOKEN, form.selectFirst("input[name=atl_token]").val());
        assertTrue(page.selectFirst("#promisedesk-digest-frequency-daily").hasAttr("checked"));
        assertEquals("Nothing yet: no change, no mail.", page.selectFirst(".promisedesk-digest__empty").text());
        assertEquals("It goes out from Tue 3 Mar 07:05 UTC, if anything changed by then.",
                page.selectFirst(".promisedesk-digest-form__goes-out").text());
    }

    @Test
    public void thePreview_showsTheChangeOnTheReadersCommitment_asTheMailWould() {
        aSlipOnSamsCommitment();

        Document page = render(pages(salesperson()).get(get(DigestRequests.PATH, Map.of())));

        Element issue = page.selectFirst("div.promisedesk-digest__issue[data-issue=OPS-12]");
        assertEquals(BASE_URL + "/plugins/servlet/promisedesk/sales/issue/OPS-12", issue.selectFirst("a").attr("href"));
        assertEquals("OPS-12 \u2014 Fibre link & <router> for OPS-12", issue.selectFirst("h3").text());
        assertEquals("Globex", issue.selectFirst(".promisedesk-digest__customer").text());
        assertEquals("ETA slipped later: from Wed 18 Mar to Tue 24 Mar.",
                issue.selectFirst(".promisedesk-digest__move").text());
        assertEquals("Reason: Parts late", issue.selectFirst(".promisedesk-digest__reason").text());
        assertEquals("At risk: the ETA Tue 24 Mar is after the promised date Fri 20 Mar.",
                issue.selectFirst(".promisedesk-digest__verdict").text());
        assertTrue(page.select(".promisedesk-digest__greeting, .promisedesk-digest__footer").isEmpty());
    }

    @Test
    public void savingWeekly_keepsTheChoice_andRedirectsBackToConfirmIt() {
        PageAnswer answer = pages(salesperson()).post(post(DigestRequests.PATH, frequency("weekly")));

        assertEquals(new PageAnswer.Redirect(BASE_URL + DigestRequests.PATH + "?saved=1"), answer);
        assertEquals(DigestFrequency.WEEKLY, preferences.frequencyOf("sam"));
        Document page = render(pages(salesperson()).get(get(DigestRequests.PATH, Map.of("saved", List.of("1")))));
        assertEquals("Saved. Your digest now comes weekly.",
                page.selectFirst(".promisedesk-digest-form__confirmation").text());
        assertTrue(page.selectFirst("#promisedesk-digest-frequency-weekly").hasAttr("checked"));
        assertEquals("It goes out from Mon 9 Mar 07:05 UTC, if anything changed by then.",
                page.selectFirst(".promisedesk-digest-form__goes-out").text());
    }

    @Test
    public void aValueThatIsNoChoice_isRefusedBesideIt_withWhatWasSent_andNothingSaved() {
        preferences.choose("sam", DigestFrequency.WEEKLY);

        PageAnswer answer = pages(salesperson()).post(post(DigestRequests.PATH, frequency("hourly")));

        assertEquals(200, status(answer));
        Document page = render(answer);
        assertEquals("Choose daily or weekly; \u201chourly\u201d is not one of them.",
                page.selectFirst("fieldset #promisedesk-digest-frequency-error").text());
        assertEquals(DigestFrequency.WEEKLY, preferences.frequencyOf("sam"));
        assertEquals("Choose daily or weekly; \u201c\u201d is not one of them.",
                render(pages(salesperson()).post(post(DigestRequests.PATH, Map.of())))
                        .selectFirst("#promisedesk-digest-frequency-error").text());
    }

    @Test
    public void aPostWithoutAValidToken_isRefused_andNothingSaved() {
        PageAnswer answer = pages(salesperson()).post(postWithoutToken(DigestRequests.PATH, frequency("weekly")));

        assertEquals(403, status(answer));
        assertEquals(DigestFrequency.DAILY, preferences.frequencyOf("sam"));
    }

    @Test
    public void anAdministratorOutsideTheSalesGroups_hasADigestPageToo_andOtherPathsAreNotFound() {
        FakeAccess admin = FakeAccess.named("ada").asAdministrator();

        assertEquals(200, status(pages(admin).get(get(DigestRequests.PATH, Map.of()))));
        assertEquals(404, status(pages(admin).get(get(DigestRequests.PATH + "/other", Map.of()))));
        assertEquals(404, status(pages(admin).post(post(DigestRequests.PATH + "/other", frequency("weekly")))));
    }
}
