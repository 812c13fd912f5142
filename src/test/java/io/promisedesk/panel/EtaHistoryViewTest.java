package io.promisedesk.panel;

import io.promisedesk.eta.EtaHistory;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.team.Team;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.panel.EtaFormRendering.OPS_1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * OPS-1's ETA: set to Fri 13 Mar, slipped to Wed 18 Mar over a team holiday on Mon 16 Mar (2 working days), moved
 * earlier to Tue 17 Mar, slipped to Fri 20 Mar (3 working days); read in Amsterdam (UTC+1 in March).
 */
public class EtaHistoryViewTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Team TEAM = aTeam().withMember("anna", 40).nonWorking("2026-03-16").build();
    private static final EtaHistory HISTORY = EtaHistory.empty(OPS_1)
            .append(anEtaChange().by("bob").at("2026-02-27T09:05:00Z").to("2026-03-13").because("First look").build())
            .append(anEtaChange().by("anna").at("2026-03-02T23:30:00Z").from("2026-03-13").to("2026-03-18")
                    .because("Vendor late").build())
            .append(anEtaChange().by("anna").at("2026-03-04T12:00:00Z").from("2026-03-18").to("2026-03-17").build())
            .append(anEtaChange().by("carl").at("2026-03-05T08:00:00Z").from("2026-03-17").to("2026-03-20")
                    .because("Tests failed").build());

    private static Map<String, Object> context(EtaHistory history, Locale locale) {
        return new EtaHistoryView().context(history, TEAM, AMSTERDAM, locale);
    }

    private static Document render(EtaHistory history, Locale locale) {
        return JiraLikeVelocity.renderDocument(EtaHistoryView.TEMPLATE, context(history, locale));
    }

    private static List<List<String>> cells(Document page) {
        return page.select("tbody tr").stream().map(row -> row.select("th, td").eachText()).toList();
    }

    @Test
    public void rows_areNewestFirstWithTimesInTheReadersZone() {
        Document page = render(HISTORY, Locale.ENGLISH);

        assertEquals(List.of(
                List.of("Thu 5 Mar, 09:00", "carl", "Tue 17 Mar", "Fri 20 Mar", "Slip: 3 working days later", "Tests failed"),
                List.of("Wed 4 Mar, 13:00", "anna", "Wed 18 Mar", "Tue 17 Mar", "Earlier", "No reason given"),
                List.of("Tue 3 Mar, 00:30", "anna", "Fri 13 Mar", "Wed 18 Mar", "Slip: 2 working days later", "Vendor late"),
                List.of("Fri 27 Feb, 10:05", "bob", "None", "Fri 13 Mar", "First ETA", "First look")), cells(page));
        assertEquals("2026-03-03T00:30+01:00",
                page.select("tbody tr").get(2).selectFirst("time").attr("datetime"));
    }

    @Test
    public void slips_areSaidInWordsAndMarkedByClass() {
        Document page = render(HISTORY, Locale.ENGLISH);

        assertEquals(List.of("promisedesk-eta-change--slip", "promisedesk-eta-change--earlier",
                        "promisedesk-eta-change--slip", "promisedesk-eta-change--first"),
                page.select("tbody tr").stream().map(row -> row.className().split(" ")[1]).toList());
        assertEquals(List.of(true, false, true, false), ((List<?>) context(HISTORY, Locale.ENGLISH).get("rows")).stream()
                .map(row -> ((Map<?, ?>) row).get("slip")).toList());
    }

    @Test
    public void summary_countsSlipsAndTheirWorkingDays() {
        Map<String, Object> context = context(HISTORY, Locale.ENGLISH);

        assertEquals(2, context.get("slipCount"));
        assertEquals(5, context.get("slipDays"));
        assertEquals("The ETA moved later 2 times, by 5 working days in all.",
                render(HISTORY, Locale.ENGLISH).selectFirst(".promisedesk-eta-history__summary").text());
    }

    @Test
    public void oneSlipOfOneDay_readsOnce() {
        EtaHistory history = EtaHistory.empty(OPS_1)
                .append(anEtaChange().at("2026-02-27T09:05:00Z").to("2026-03-12").build())
                .append(anEtaChange().at("2026-03-02T09:05:00Z").from("2026-03-12").to("2026-03-13").because("Why").build());

        assertEquals("The ETA moved later once, by 1 working day in all.",
                render(history, Locale.ENGLISH).selectFirst(".promisedesk-eta-history__summary").text());
        assertEquals("Slip: 1 working day later", render(history, Locale.ENGLISH).selectFirst("td.promisedesk-eta-change__change").text());
    }

    @Test
    public void noSlip_saysTheEtaNeverMovedLater() {
        EtaHistory history = EtaHistory.empty(OPS_1).append(anEtaChange().at("2026-02-27T09:05:00Z").to("2026-03-12").build());

        assertEquals("The ETA never moved later.",
                render(history, Locale.ENGLISH).selectFirst(".promisedesk-eta-history__summary").text());
    }

    @Test
    public void history_inDutch() {
        Document page = render(HISTORY, DUTCH);

        assertEquals("ETA-geschiedenis van OPS-1", page.selectFirst("caption").text());
        assertEquals(List.of("Wanneer", "Wie", "Van", "Naar", "Wijziging", "Reden"), page.select("thead th").eachText());
        assertEquals(List.of("wo 4 mrt, 13:00", "anna", "wo 18 mrt", "di 17 mrt", "Eerder", "Geen reden opgegeven"),
                cells(page).get(1));
        assertEquals("Verschoven: 3 werkdagen later", cells(page).get(0).get(4));
        assertEquals("Geen", cells(page).get(3).get(2));
        assertEquals("De ETA is 2 keer naar later verschoven, in totaal 5 werkdagen.",
                page.selectFirst(".promisedesk-eta-history__summary").text());
    }

    @Test
    public void table_hasACaptionAndScopedHeaders() {
        Document page = render(HISTORY, Locale.ENGLISH);

        assertEquals("ETA history of OPS-1", page.selectFirst("table > caption").text());
        assertEquals(List.of("When", "Who", "From", "To", "Change", "Reason"), page.select("thead th[scope=col]").eachText());
        assertEquals(4, page.select("tbody th[scope=row]").size());
    }

    @Test
    public void table_isAnAuiTable() {
        Document page = render(HISTORY, Locale.ENGLISH);

        assertTrue("an AUI table", page.selectFirst("table.promisedesk-eta-history__table").hasClass("aui"));
    }

    @Test
    public void emptyHistory_saysSoWithoutATable() {
        Document page = render(EtaHistory.empty(OPS_1), Locale.ENGLISH);

        assertNull(page.selectFirst("table"));
        Element empty = page.selectFirst(".promisedesk-eta-history__empty");
        assertEquals("The ETA has not been set yet.", empty.text());
    }

    @Test
    public void context_isPlain() {
        RenderedHtml.assertPlainContext(context(HISTORY, DUTCH));
        RenderedHtml.assertPlainContext(context(EtaHistory.empty(OPS_1), Locale.ENGLISH));
    }
}
