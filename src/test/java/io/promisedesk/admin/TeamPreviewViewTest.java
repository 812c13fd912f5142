package io.promisedesk.admin;

import io.promisedesk.chart.WorkloadChartView;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.VisibleAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The team preview as Jira renders it: the what-if form (labels, typed values kept, errors beside their fields) and
 * each commitment's level now and under the what-if, in English and Dutch, with hostile names staying text.
 */
public class TeamPreviewViewTest {
    private static final String BASE_URL = "https://jira.example.com";
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final int NAME_LENGTH = 255;
    /** 64 h over 80 h by Friday, 80%: OK now; with ben away Wednesday to Friday, 114%: overcommitted. */
    private static final List<WorkItem> ITEMS = List.of(
            anIssue("OPS-1").remaining(64).committedTo("2026-03-06").build());
    private static final WhatIfForm BEN_AWAY = new WhatIfForm("ben", "2026-03-04", "2026-03-06", "", "");

    private static Team team(String name, String first, String second) {
        return aTeam().key("ops").name(name).withMember(first, 40).withMember(second, 40).build();
    }

    private static VisibleAssessment assess(Team team) {
        return TeamAssessment.assess(team, ITEMS, MONDAY).visibleTo(issue -> true);
    }

    private static VisibleAssessment benAway(Team team) {
        return assess(((WhatIf.Changed) WhatIf.apply(team, BEN_AWAY)).team());
    }

    private static Document render(Map<String, Object> context) {
        RenderedHtml.assertPlainContext(context);
        Document page = JiraLikeVelocity.renderDocument(TeamPreviewView.TEMPLATE, context);
        RenderedHtml.assertNoActiveContent(page);
        return page;
    }

    private static TeamPreviewView view() {
        return new TeamPreviewView(BASE_URL);
    }

    @Test
    public void freshPreview_showsALabelledGetFormAndTheLevelsNow() {
        Team team = team("Ops", "anna", "ben");
        Document page = render(view().fresh(assess(team), Locale.ENGLISH));

        assertEquals("Preview of Ops", page.selectFirst("h1").text());
        Element form = page.selectFirst("form.promisedesk-whatif");
        assertEquals("get", form.attr("method"));
        assertEquals(BASE_URL + "/plugins/servlet/promisedesk/admin/team/ops/preview", form.attr("action"));
        assertNull("a GET changes nothing and carries no token", form.selectFirst("input[name=atl_token]"));
        for (Element control : form.select("input, select")) {
            assertEquals(control.id(), 1, form.select("label[for=" + control.id() + "]").size());
        }
        assertEquals(List.of("(nobody)", "anna (40 h a week)", "ben (40 h a week)"),
                page.select("#promisedesk-whatif-absentMember option").eachText());
        assertEquals(List.of("OPS-1 Work on OPS-1", "Fri 6 Mar", "OK 80.0%"),
                page.select("tr.promisedesk-preview-issue > *").eachText());
        assertEquals(3, page.select("thead th").size());
        assertEquals("Level now: OK, with 1 commitment.", page.selectFirst(".promisedesk-preview__summary").text());
    }

    @Test
    public void previewed_showsTheLevelNowAndUnderTheWhatIf_andKeepsWhatWasTyped() {
        Team team = team("Ops", "anna", "ben");
        Document page = render(view().previewed(assess(team), BEN_AWAY, benAway(team), Locale.ENGLISH));

        Element row = page.selectFirst("tr.promisedesk-preview-issue[data-issue=OPS-1]");
        assertEquals("OK 80.0%", row.selectFirst(".promisedesk-preview-issue__now").text());
        assertEquals("Overcommitted 114.2%", row.selectFirst(".promisedesk-preview-issue__whatif").text());
        assertTrue(row.selectFirst(".promisedesk-preview-issue__whatif").hasClass("promisedesk-level--overcommitted"));
        assertEquals("Rises", row.selectFirst(".promisedesk-preview-issue__change").text());
        assertEquals("Level now: OK; under the what-if: Overcommitted. Commitments at risk: 0 now, 1 under the what-if.",
                page.selectFirst(".promisedesk-preview__summary").text());
        assertEquals("ben", page.selectFirst("#promisedesk-whatif-absentMember option[selected]").val());
        assertEquals("2026-03-04", page.selectFirst("#promisedesk-whatif-from").val());
        assertEquals("2026-03-06", page.selectFirst("#promisedesk-whatif-to").val());
        assertEquals(BASE_URL + "/browse/OPS-1", row.selectFirst("a").attr("href"));
    }

    @Test
    public void refused_showsEachErrorBesideItsField_inDutch_andKeepsWhatWasTyped() {
        Team team = team("Ops", "anna", "ben");
        WhatIfForm typed = new WhatIfForm("ben", "2026-03-06", "2026-03-04", "anna", "99");
        WhatIf.Refused refused = (WhatIf.Refused) WhatIf.apply(team, typed);
        Document page = render(view().refused(assess(team), typed, refused.errors(), DUTCH));

        Element to = page.selectFirst("#promisedesk-whatif-to");
        assertEquals("true", to.attr("aria-invalid"));
        assertEquals("Het einde wo 4 mrt ligt voor het begin vr 6 mrt.",
                to.parent().selectFirst("#promisedesk-whatif-to-error").text());
        Element hours = page.selectFirst("#promisedesk-whatif-hours");
        assertEquals("99", hours.val());
        assertEquals("Geef 0 tot 80 extra uren per week, niet \"99\".",
                hours.parent().selectFirst("#promisedesk-whatif-hours-error").text());
        assertEquals("anna", page.selectFirst("#promisedesk-whatif-hoursMember option[selected]").val());
        assertNull(page.selectFirst("#promisedesk-whatif-from-error"));
        assertEquals("Voorbeeld van Ops", page.selectFirst("h1").text());
        assertEquals(1, page.select(".promisedesk-preview-issue").size());
        assertEquals(3, page.select("thead th").size());
    }

    @Test
    public void nothingAsked_showsTheFormErrorAboveTheForm() {
        Team team = team("Ops", "anna", "ben");
        WhatIf.Refused refused = (WhatIf.Refused) WhatIf.apply(team, WhatIfForm.blank());
        Document page = render(view().refused(assess(team), WhatIfForm.blank(), refused.errors(), Locale.ENGLISH));

        assertEquals("Choose a member to remove for a while, or hours to add, then preview.",
                page.selectFirst("#promisedesk-whatif-form-error").text());
        assertEquals("promisedesk-whatif-form-error", page.selectFirst("form").attr("aria-describedby"));
    }

    @Test
    public void preview_isATopLabelAuiForm_andAnAuiTableWithLevelLozenges() {
        Team team = team("Ops", "anna", "ben");
        Document page = render(view().previewed(assess(team), BEN_AWAY, benAway(team), Locale.ENGLISH));
        WhatIf.Refused refused = (WhatIf.Refused) WhatIf.apply(team, new WhatIfForm("ben", "2026-03-06", "2026-03-04", "", ""));
        Document refusedPage = render(view().refused(assess(team), new WhatIfForm("ben", "2026-03-06", "2026-03-04", "", ""),
                refused.errors(), Locale.ENGLISH));
        Document blank = render(view().refused(assess(team), WhatIfForm.blank(),
                ((WhatIf.Refused) WhatIf.apply(team, WhatIfForm.blank())).errors(), Locale.ENGLISH));

        Element form = page.selectFirst("form.promisedesk-whatif");
        assertTrue("a top-label AUI form", form.hasClass("aui") && form.hasClass("top-label"));
        assertEquals(2, form.select("fieldset.promisedesk-whatif__group.group").size());
        assertEquals(5, form.select("p.promisedesk-whatif__field.field-group").size());
        assertEquals(2, form.select("select.select").size());
        assertTrue(form.selectFirst(".promisedesk-whatif__submit").hasClass("aui-button-primary"));
        assertTrue(form.selectFirst(".promisedesk-whatif__clear").hasClass("aui-button-link"));
        assertTrue(refusedPage.getElementById("promisedesk-whatif-to-error").hasClass("error"));
        assertTrue("an AUI error message", blank.getElementById("promisedesk-whatif-form-error").hasClass("aui-message-error"));
        assertTrue("an AUI table", page.selectFirst("table.promisedesk-preview__levels").hasClass("aui"));
        Element row = page.selectFirst("tr.promisedesk-preview-issue[data-issue=OPS-1]");
        assertEquals("promisedesk-preview-issue__level aui-lozenge aui-lozenge-success",
                row.selectFirst(".promisedesk-preview-issue__now .promisedesk-preview-issue__level").className());
        assertEquals("promisedesk-preview-issue__level aui-lozenge aui-lozenge-removed",
                row.selectFirst(".promisedesk-preview-issue__whatif .promisedesk-preview-issue__level").className());
    }

    @Test
    public void noCommitments_saysSoInsteadOfAnEmptyTable() {
        Team team = team("Ops", "anna", "ben");
        Document page = render(view().fresh(TeamAssessment.assess(team, List.of(), MONDAY).visibleTo(issue -> true),
                Locale.ENGLISH));

        assertNull(page.selectFirst("table"));
        assertEquals("The team has no open commitments.", page.selectFirst(".promisedesk-preview__none").text());
    }

    @Test
    public void whatIfChart_isTitledAndIdentifiedApartFromTheChartNow() {
        Team team = team("Ops", "anna", "ben");
        Map<String, Object> now = view().chart(assess(team), false, Locale.ENGLISH);
        Map<String, Object> whatIf = view().chart(benAway(team), true, Locale.ENGLISH);

        assertEquals("Workload of Ops, next 4 weeks", now.get("title"));
        assertEquals("Workload of Ops under the what-if, next 4 weeks", whatIf.get("title"));
        assertNotEquals(now.get("titleId"), whatIf.get("titleId"));
        assertNotEquals(now.get("descId"), whatIf.get("descId"));
        Document chart = JiraLikeVelocity.renderDocument(WorkloadChartView.TEMPLATE, whatIf);
        assertEquals("Workload of Ops under the what-if, next 4 weeks", chart.selectFirst("figcaption").text());
        assertFalse(chart.select("svg g.promisedesk-chart__threshold--critical").isEmpty());
    }

    @Test
    public void hostileTeamAndMemberNames_stayText() {
        int elements = render(view().previewed(assess(team("Ops", "anna", "ben")), BEN_AWAY,
                benAway(team("Ops", "anna", "ben")), Locale.ENGLISH)).getAllElements().size();
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            if (payload.isBlank() || payload.strip().equals("ben")) {
                continue;
            }
            Team team = team(payload, payload, "ben");
            Document page = render(view().previewed(assess(team), BEN_AWAY, benAway(team), Locale.ENGLISH));

            assertEquals(elements, page.getAllElements().size());
            assertEquals("Preview of " + payload.strip(), page.selectFirst("h1").text());
            assertEquals(payload.strip(), page.select("#promisedesk-whatif-absentMember option").get(1).val());
        }
    }

    @Test
    public void hostileTypedValues_stayTheControlsValues() {
        Team team = team("Ops", "anna", "ben");
        for (String payload : XssCorpus.payloads(NAME_LENGTH)) {
            WhatIfForm typed = new WhatIfForm(payload, payload, payload, payload, payload);
            WhatIf.Outcome outcome = WhatIf.apply(team, typed);
            if (!(outcome instanceof WhatIf.Refused refused)) {
                continue;
            }
            Document page = render(view().refused(assess(team), typed, refused.errors(), Locale.ENGLISH));

            assertEquals(payload.strip(), page.selectFirst("#promisedesk-whatif-from").val());
            assertEquals(payload.strip(), page.selectFirst("#promisedesk-whatif-hours").val());
            assertNull(page.selectFirst("#promisedesk-whatif-absentMember option[selected]"));
        }
    }
}
