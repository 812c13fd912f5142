package io.promisedesk.digest.view;

import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestPreview;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.digest.view.DigestFixtures.AFTER;
import static io.promisedesk.digest.view.DigestFixtures.DUTCH;
import static io.promisedesk.digest.view.DigestFixtures.READER;
import static io.promisedesk.digest.view.DigestFixtures.digest;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The digest page: the choice of how often, with labels and errors beside it, and the preview of the next digest. */
public class DigestPageViewTest {
    private static final String CONTEXT_PATH = "/jira";
    private static final Instant GOES_OUT = Instant.parse("2026-03-03T07:05:00Z");
    private final DigestPageView page = new DigestPageView(CONTEXT_PATH, ZoneId.of("UTC"));
    private final DigestView view = new DigestView(CONTEXT_PATH, ZoneId.of("UTC"));

    private static Document render(String template, Map<String, Object> context) {
        RenderedHtml.assertPlainContext(context);
        Map<String, Object> withToken = new HashMap<>(context);
        withToken.put("xsrfToken", "token-1");
        Document document = JiraLikeVelocity.renderDocument(template, withToken);
        RenderedHtml.assertNoActiveContent(document);
        return document;
    }

    private static Digest empty(DigestFrequency frequency) {
        return new Digest(READER, frequency, AFTER, AFTER.plusSeconds(3_600), List.of());
    }

    @Test
    public void theForm_showsTheSavedChoice_labelled_andWhenTheNextDigestGoesOut() {
        Document document = render(DigestPageView.TEMPLATE,
                page.chosen(new DigestPreview(empty(DigestFrequency.WEEKLY), GOES_OUT), false, Locale.ENGLISH));

        Element form = document.selectFirst("form");
        assertEquals("post", form.attr("method"));
        assertEquals(CONTEXT_PATH + "/plugins/servlet/promisedesk/digest", form.attr("action"));
        assertEquals("token-1", form.selectFirst("input[name=atl_token]").val());
        assertEquals("How often do you want the digest?", form.selectFirst("legend").text());
        assertEquals(List.of("daily", "weekly"), form.select("input[type=radio][name=frequency]").eachAttr("value"));
        assertEquals("Weekly", document.selectFirst("label[for=promisedesk-digest-frequency-weekly]").text());
        assertEquals("Daily", document.selectFirst("label[for=promisedesk-digest-frequency-daily]").text());
        assertTrue(document.selectFirst("#promisedesk-digest-frequency-weekly").hasAttr("checked"));
        assertFalse(document.selectFirst("#promisedesk-digest-frequency-daily").hasAttr("checked"));
        assertTrue(document.select(".promisedesk-digest-form__confirmation, .promisedesk-digest-form__error").isEmpty());
        assertEquals("It goes out from Tue 3 Mar 07:05 UTC, if anything changed by then.",
                document.selectFirst(".promisedesk-digest-form__goes-out").text());
    }

    @Test
    public void afterSaving_theChoiceIsConfirmed() {
        Document document = render(DigestPageView.TEMPLATE,
                page.chosen(new DigestPreview(empty(DigestFrequency.DAILY), GOES_OUT), true, Locale.ENGLISH));

        assertEquals("Saved. Your digest now comes daily.",
                document.selectFirst(".promisedesk-digest-form__confirmation").text());
        assertTrue(document.selectFirst("#promisedesk-digest-frequency-daily").hasAttr("checked"));
    }

    @Test
    public void aValueThatIsNoChoice_isRefusedBesideTheChoices_sayingWhatWasSent() {
        Document document = render(DigestPageView.TEMPLATE,
                page.refused(new DigestPreview(empty(DigestFrequency.DAILY), GOES_OUT), "hourly", Locale.ENGLISH));

        Element error = document.selectFirst("#promisedesk-digest-frequency-error");
        assertEquals("Choose daily or weekly; \u201chourly\u201d is not one of them.", error.text());
        assertEquals("fieldset", error.parent().normalName());
        assertTrue(document.select("input[type=radio][checked]").isEmpty());
        assertEquals(List.of("true", "true"), document.select("input[type=radio]").eachAttr("aria-invalid"));
    }

    @Test
    public void theForm_isATopLabelAuiForm_withAGroupOfRadios_itsErrorBelowThem_aPrimaryButton_andAnAuiConfirmation() {
        Document saved = render(DigestPageView.TEMPLATE,
                page.chosen(new DigestPreview(empty(DigestFrequency.DAILY), GOES_OUT), true, Locale.ENGLISH));
        Document refused = render(DigestPageView.TEMPLATE,
                page.refused(new DigestPreview(empty(DigestFrequency.DAILY), GOES_OUT), "hourly", Locale.ENGLISH));

        Element form = saved.selectFirst("form.promisedesk-digest-form__form");
        assertTrue("a top-label AUI form", form.hasClass("aui") && form.hasClass("top-label"));
        assertTrue(form.selectFirst("fieldset").hasClass("group"));
        assertEquals("radios stay plain: AUI hides those inside a .radio", 0, form.select(".radio").size());
        assertTrue(saved.getElementById("promisedesk-digest-frequency-hint").hasClass("description"));
        assertTrue(refused.getElementById("promisedesk-digest-frequency-error").hasClass("error"));
        assertTrue(form.selectFirst("button[type=submit]").hasClass("aui-button-primary"));
        assertTrue("an AUI success message",
                saved.selectFirst(".promisedesk-digest-form__confirmation").hasClass("aui-message-success"));
    }

    @Test
    public void anEmptyPreview_saysNoChangeNoMail_withoutTheMailsGreetingOrFooter() {
        Document document = render(DigestView.HTML_TEMPLATE, view.preview(empty(DigestFrequency.DAILY), Locale.ENGLISH));

        assertEquals("Nothing yet: no change, no mail.", document.selectFirst(".promisedesk-digest__empty").text());
        assertTrue(document.select("h1, .promisedesk-digest__greeting, .promisedesk-digest__footer, title").isEmpty());
    }

    @Test
    public void aPreview_showsTheSameNewsAsTheMail_linkedUnderTheContextPath() {
        Document document = render(DigestView.HTML_TEMPLATE, view.preview(digest(), Locale.ENGLISH));

        assertEquals(List.of("SD-101", "SD-102", "NET-7"), document.select("h3.promisedesk-digest__key a").eachText());
        assertTrue(document.select("h1, h2").isEmpty());
        assertEquals(CONTEXT_PATH + "/plugins/servlet/promisedesk/sales/issue/SD-101",
                document.selectFirst(".promisedesk-digest__key a").attr("href"));
        assertEquals("ETA slipped later: from Wed 18 Mar to Fri 27 Mar.",
                document.selectFirst(".promisedesk-digest__move").text());
    }

    @Test
    public void inDutch_theFormReadsDutch() {
        Document document = render(DigestPageView.TEMPLATE,
                page.refused(new DigestPreview(empty(DigestFrequency.DAILY), GOES_OUT), "elk uur", DUTCH));

        assertEquals("Hoe vaak wilt u het overzicht?", document.selectFirst("legend").text());
        assertEquals("Wekelijks", document.selectFirst("label[for=promisedesk-digest-frequency-weekly]").text());
        assertEquals("Kies dagelijks of wekelijks; \u201eelk uur\u201d is geen van beide.",
                document.selectFirst("#promisedesk-digest-frequency-error").text());
        assertEquals("Het gaat uit vanaf di 3 mrt 07:05 UTC, als er tot dan iets veranderd is.",
                document.selectFirst(".promisedesk-digest-form__goes-out").text());
        assertEquals("Nog niets: geen wijziging, geen mail.", JiraLikeVelocity.renderDocument(DigestView.HTML_TEMPLATE,
                view.preview(empty(DigestFrequency.DAILY), DUTCH)).selectFirst(".promisedesk-digest__empty").text());
    }

    @Test
    public void aPreview_namesEachIssueByItsSummary_besideItsLinkedKey() {
        Document document = render(DigestView.HTML_TEMPLATE,
                view.preview(DigestFixtures.summarised(digest(), "Fibre link for the Delft office"), Locale.ENGLISH));

        assertEquals(List.of("SD-101 \u2014 Fibre link for the Delft office", "SD-102 \u2014 Router swap", "NET-7"),
                document.select("h3.promisedesk-digest__key").eachText());
        assertEquals(List.of("SD-101", "SD-102", "NET-7"), document.select("h3.promisedesk-digest__key a").eachText());
    }

    @Test
    public void inDutch_aPreviewNamesEachIssueByItsSummary() {
        Document document = render(DigestView.HTML_TEMPLATE,
                view.preview(DigestFixtures.summarised(digest(), "Glasvezel voor kantoor Delft"), DUTCH));

        assertEquals("SD-101 \u2014 Glasvezel voor kantoor Delft",
                document.selectFirst("h3.promisedesk-digest__key").text());
        assertEquals("ETA uitgesteld: van wo 18 mrt naar vr 27 mrt.",
                document.selectFirst(".promisedesk-digest__move").text());
        assertEquals("NET-7", document.select("h3.promisedesk-digest__key").last().text());
    }
}
