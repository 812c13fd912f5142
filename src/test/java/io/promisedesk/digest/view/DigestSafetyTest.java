package io.promisedesk.digest.view;

import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestPreview;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.digest.view.DigestFixtures.BASE_URL;
import static io.promisedesk.digest.view.DigestFixtures.digest;
import static io.promisedesk.digest.view.DigestFixtures.mail;
import static io.promisedesk.digest.view.DigestFixtures.recipient;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every value a user typed (customer, reason, question, the author's and the reader's names) stays text in the mail's
 * HTML part, in the preview on the digest page and on the page's form, and arrives verbatim in the text part.
 */
public class DigestSafetyTest {
    private static final int NAME_LENGTH = 255;
    private static final String SAFE = "Globex";

    private static void assertHtmlKeeps(Document document, String customer, String reason, String question,
                                        String author) {
        RenderedHtml.assertNoActiveContent(document);
        assertEquals(customer, document.selectFirst("[data-issue=SD-101] .promisedesk-digest__customer").text());
        assertEquals("Reason: " + reason, document.selectFirst("[data-issue=SD-101] .promisedesk-digest__reason").text());
        assertEquals("Changed by " + author + " on Mon 2 Mar 09:15 UTC.",
                document.selectFirst("[data-issue=SD-101] .promisedesk-digest__by").text());
        assertEquals(List.of(question), document.select(".promisedesk-digest__question").eachText());
        assertEquals(List.of("SD-101", "SD-102", "NET-7"),
                document.select("div.promisedesk-digest__issue").eachAttr("data-issue"));
    }

    private static void assertTextKeeps(String text, String... values) {
        for (String value : values) {
            assertTrue(value + " not verbatim in\n" + text, text.contains(value));
        }
    }

    @Test
    public void hostileCustomers_stayTextInBothParts() {
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            DigestMail mail = mail(digest(payload, "Parts", "When?", "tom", DigestFrequency.DAILY),
                    recipient("Sara", Locale.ENGLISH));
            assertHtmlKeeps(Jsoup.parse(mail.html()), payload, "Parts", "When?", "tom");
            assertTextKeeps(mail.text(), "Customer: " + payload + "\n");
        }
    }

    @Test
    public void hostileReasonsAndQuestions_stayTextInBothParts() {
        for (String payload : XssCorpus.payloads(1_000)) {
            DigestMail mail = mail(digest(SAFE, payload, payload, "tom", DigestFrequency.DAILY),
                    recipient("Sara", Locale.ENGLISH));
            assertHtmlKeeps(Jsoup.parse(mail.html()), SAFE, payload, payload, "tom");
            assertTextKeeps(mail.text(), "Reason: " + payload + "\n", "  - " + payload + "\n");
        }
    }

    @Test
    public void hostileAuthorAndReaderNames_stayTextInBothParts() {
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            DigestMail mail = mail(digest(SAFE, "Parts", "When?", payload, DigestFrequency.DAILY),
                    recipient(payload, Locale.ENGLISH));
            Document document = Jsoup.parse(mail.html());
            assertHtmlKeeps(document, SAFE, "Parts", "When?", payload);
            assertEquals("Hello " + payload + ",", document.selectFirst(".promisedesk-digest__greeting").text());
            assertTextKeeps(mail.text(), "Hello " + payload + ",\n", "Changed by " + payload + " on ");
        }
    }

    @Test
    public void hostileSummaries_stayTextInBothParts_andInThePreview() {
        DigestView view = new DigestView(BASE_URL, ZoneId.of("UTC"));
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Digest digest = DigestFixtures.summarised(digest(), payload);
            DigestMail mail = mail(digest, recipient("Sara", Locale.ENGLISH));
            Document html = Jsoup.parse(mail.html());
            assertHtmlKeeps(html, SAFE, "Waiting for the supplier's parts", "Can it ship before the fair?", "tom");
            assertEquals("SD-101 \u2014 " + payload, html.selectFirst("[data-issue=SD-101] h2").text());
            assertTextKeeps(mail.text(), "== SD-101 \u2014 " + payload + " ==\n");

            Map<String, Object> context = view.preview(digest, Locale.ENGLISH);
            RenderedHtml.assertPlainContext(context);
            Document preview = JiraLikeVelocity.renderDocument(DigestView.HTML_TEMPLATE, context);
            RenderedHtml.assertNoActiveContent(preview);
            assertEquals("SD-101 \u2014 " + payload, preview.selectFirst("[data-issue=SD-101] h3").text());
        }
    }

    @Test
    public void hostileValues_stayTextInThePreviewOnThePage() {
        DigestView view = new DigestView(BASE_URL, ZoneId.of("UTC"));
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Map<String, Object> context = view.preview(digest(payload, payload, payload, payload,
                    DigestFrequency.DAILY), Locale.ENGLISH);
            RenderedHtml.assertPlainContext(context);
            Document document = JiraLikeVelocity.renderDocument(DigestView.HTML_TEMPLATE, context);
            assertHtmlKeeps(document, payload, payload, payload, payload);
        }
    }

    @Test
    public void aHostileFormValue_staysTextBesideTheChoice() {
        DigestPageView page = new DigestPageView(BASE_URL, ZoneId.of("UTC"));
        DigestPreview preview = new DigestPreview(digest(), Instant.parse("2026-03-03T07:05:00Z"));
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            Map<String, Object> context = new java.util.HashMap<>(page.refused(preview, payload, Locale.ENGLISH));
            context.put("xsrfToken", payload);
            RenderedHtml.assertPlainContext(context);
            Document document = JiraLikeVelocity.renderDocument(DigestPageView.TEMPLATE, context);
            RenderedHtml.assertNoActiveContent(document);
            assertEquals("Choose daily or weekly; \u201c" + payload + "\u201d is not one of them.",
                    document.selectFirst("#promisedesk-digest-frequency-error").text());
            assertEquals(payload, document.selectFirst("input[name=atl_token]").val());
            assertEquals(2, document.select("input[type=radio]").size());
        }
    }

    @Test
    public void theDigestTemplates_keepTheSourceRules() {
        for (String template : List.of(DigestView.HTML_TEMPLATE, DigestView.TEXT_TEMPLATE, DigestPageView.TEMPLATE)) {
            assertEquals(template, List.of(), TemplateSourceRules.problems(template));
        }
    }
}
