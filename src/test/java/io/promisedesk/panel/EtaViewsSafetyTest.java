package io.promisedesk.panel;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.panel.EtaFormRendering.OPS_1;
import static io.promisedesk.panel.EtaFormRendering.TEAM;
import static io.promisedesk.panel.EtaFormRendering.dateValue;
import static io.promisedesk.panel.EtaFormRendering.matches;
import static io.promisedesk.panel.EtaFormRendering.reasonValue;
import static io.promisedesk.panel.EtaFormRendering.render;
import static io.promisedesk.panel.EtaFormRendering.source;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Whatever technicians type stays text in the form and the history, and the templates call nothing. */
public class EtaViewsSafetyTest {
    private static final List<String> TEMPLATES = List.of(EtaFormView.TEMPLATE, EtaHistoryView.TEMPLATE);

    private final EtaFormRendering world = new EtaFormRendering();

    @Test
    public void hostileReason_isKeptVerbatimBesideEveryRejectionItCanMeet() {
        // A reason cannot meet "slip needs a reason"; these date and expected ETA pairs meet the other three rules.
        List<EtaFormInput> refused = List.of(new EtaFormInput("2026-03-13", "", "2026-03-13"),
                new EtaFormInput("2026-02-27", "", "2026-03-13"), new EtaFormInput("2026-03-20", "", "2026-03-12"));
        for (EtaFormInput rule : refused) {
            EtaFormInput harmless = new EtaFormInput(rule.eta(), "Harmless", rule.expectedEta());
            int elements = render(world.view.rejected(OPS_1, harmless, (Rejected) world.submit(harmless), Locale.ENGLISH))
                    .getAllElements().size();
            for (String payload : XssCorpus.payloads(1_000)) {
                EtaFormInput typed = new EtaFormInput(rule.eta(), payload, rule.expectedEta());
                Rejected outcome = (Rejected) world.submit(typed);

                Document page = render(world.view.rejected(OPS_1, typed, outcome, Locale.ENGLISH));

                RenderedHtml.assertNoActiveContent(page);
                assertEquals(outcome.reason() + " " + payload, elements, page.getAllElements().size());
                assertEquals(payload, reasonValue(page));
                assertEquals(rule.eta(), dateValue(page));
            }
        }
    }

    @Test
    public void hostileDate_isKeptVerbatimBesideTheDateField() {
        for (String payload : XssCorpus.payloads(1_000)) {
            EtaFormInput typed = new EtaFormInput(payload, "", "2026-03-13");
            InvalidValueException error = assertThrows(InvalidValueException.class, () -> world.submit(typed));

            Document page = render(world.view.invalid(OPS_1, Optional.of(LocalDate.parse("2026-03-13")), typed, error,
                    Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, dateValue(page));
            assertEquals("\"" + payload + "\" is not a date; write it like 2026-03-13.",
                    page.selectFirst("#promisedesk-eta-date-error").text());
        }
    }

    @Test
    public void hostileReasonAndAuthorInTheHistory_stayText() {
        int elements = history("anna", "Harmless").getAllElements().size();
        for (String payload : XssCorpus.payloads(255)) {
            Document page = history(payload, payload);

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, elements, page.getAllElements().size());
            assertEquals(payload, page.selectFirst("td.promisedesk-eta-change__who").text());
            assertEquals(payload, page.selectFirst("td.promisedesk-eta-change__reason").text());
        }
    }

    @Test
    public void templates_keepTheSourceRules() {
        for (String path : TEMPLATES) {
            assertEquals(path, List.of(), TemplateSourceRules.problems(path));
        }
    }

    private static Document history(String author, String reason) {
        EtaHistory history = EtaHistory.empty(OPS_1)
                .append(anEtaChange().by(author).at("2026-02-27T10:00:00Z").to("2026-03-13").build())
                .append(anEtaChange().by(author).at("2026-03-02T10:00:00Z").from("2026-03-13").to("2026-03-20")
                        .because(reason).build());
        return JiraLikeVelocity.renderDocument(EtaHistoryView.TEMPLATE,
                new EtaHistoryView().context(history, TEAM, ZoneOffset.UTC, Locale.ENGLISH));
    }
}
