package io.promisedesk.admin;

import io.promisedesk.fixtures.HealthFixture;
import io.promisedesk.health.Area;
import io.promisedesk.health.AreaResult;
import io.promisedesk.health.Finding;
import io.promisedesk.health.HealthReport;
import io.promisedesk.language.Message;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.settings.TeamForms;
import io.promisedesk.settings.TeamSettings;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.admin.AdminViewsTest.BASE_URL;
import static io.promisedesk.admin.AdminViewsTest.DUTCH;
import static io.promisedesk.admin.AdminViewsTest.settings;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The health check's page and the team list's banner, rendered with Jira's escaping and parsed. */
public class HealthViewTest {
    private static final ZonedDateTime CHECKED = ZonedDateTime.parse("2026-03-10T10:30:05+01:00[Europe/Amsterdam]");

    private static final Finding GREEN_MAIL = Finding.green(Message.of("promisedesk.health.mail.ok", "jira@example.com"));
    private static final Finding AMBER_MAIL = Finding.amber(Message.of("promisedesk.health.mail.disabled"),
            Message.of("promisedesk.health.mail.disabled.advice"));

    private static Finding invalidJql(String team, String error, String jql) {
        return Finding.red(Message.of("promisedesk.health.teams.invalid", team, error),
                Message.of("promisedesk.health.teams.invalid.advice")).withDetail(jql);
    }

    private static HealthReport report(AreaResult... areas) {
        return new HealthReport(CHECKED, List.of(areas));
    }

    private static AreaResult area(Area area, Finding... findings) {
        return new AreaResult(area, List.of(findings), Duration.ofMillis(12));
    }

    private static Document page(HealthReport report, Locale locale) {
        Map<String, Object> context = new HealthView(BASE_URL).context(report, locale);
        RenderedHtml.assertPlainContext(context);
        return JiraLikeVelocity.renderDocument(HealthView.TEMPLATE, context);
    }

    private static Document teamList(HealthReport health, Locale locale) {
        TeamSettings team = settings(TeamForms.valid());
        Map<String, Object> context = new TeamListView(BASE_URL).context(List.of(team), Map.of(), Map.of(),
                Optional.empty(), health, locale);
        RenderedHtml.assertPlainContext(context);
        return JiraLikeVelocity.renderDocument(TeamListView.TEMPLATE, context);
    }

    @Test
    public void thePage_showsTheVerdictOverAll_thenEachAreaWithItsLines_adviceAndDetail() {
        Document page = page(report(area(Area.MAIL, AMBER_MAIL),
                area(Area.TEAMS, invalidJql("Operations", "Field 'labelz' does not exist.",
                        "project in (\"OPS\") AND (labelz = x)"))), Locale.ENGLISH);

        assertEquals("Health check", page.selectFirst("h1").text());
        Element overall = page.selectFirst(".promisedesk-health__overall");
        assertEquals("Problem", overall.selectFirst(".promisedesk-health-verdict").text());
        assertTrue(overall.selectFirst(".promisedesk-health-verdict").hasClass("promisedesk-health-verdict--red"));
        assertEquals("1 problem needs fixing, and 1 more point needs your attention.",
                overall.selectFirst(".promisedesk-health__summary").text());
        assertEquals("Checked at 2026-03-10 10:30:05 CET.", page.selectFirst(".promisedesk-health__checked-at").text());
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/admin/health",
                page.selectFirst("a.promisedesk-health__again").attr("href"));
        assertEquals(List.of("mail", "teams"), page.select("section.promisedesk-health-area").eachAttr("data-area"));
        Element teams = page.selectFirst("section[data-area=teams]");
        assertEquals("Teams’ searches Problem", teams.selectFirst("h2").text());
        assertEquals("checked in 12 ms", teams.selectFirst(".promisedesk-health-area__took").text());
        Element line = teams.selectFirst("li.promisedesk-health-finding--red");
        assertEquals("Problem", line.selectFirst(".promisedesk-health-verdict").text());
        assertEquals("The search of team Operations is not valid JQL: Field 'labelz' does not exist.",
                line.selectFirst(".promisedesk-health-finding__text").text());
        assertEquals("Correct the team’s JQL filter on its form; Jira’s issue search shows where the query below goes"
                + " wrong.", line.selectFirst(".promisedesk-health-finding__advice").text());
        assertEquals("project in (\"OPS\") AND (labelz = x)", line.selectFirst("code").text());
        assertEquals(List.of("Teams", "Status phrases", "Sales groups", "Policies", "Health check"),
                page.select(".promisedesk-admin__nav a").eachText());
    }

    @Test
    public void aHealthyInstall_saysSo_withoutAdvice_inDutch() {
        Document page = page(report(area(Area.MAIL, GREEN_MAIL)), DUTCH);

        assertEquals("Gezondheidscontrole", page.selectFirst("h1").text());
        assertEquals("In orde", page.selectFirst(".promisedesk-health__overall .promisedesk-health-verdict").text());
        assertEquals("Alles waarvan Promise Desk afhangt werkt.", page.selectFirst(".promisedesk-health__summary").text());
        assertEquals("Uitgaande mail In orde", page.selectFirst("section[data-area=mail] h2").text());
        assertEquals("Overzichten gaan uit via de uitgaande mailserver van Jira, vanaf jira@example.com.",
                page.selectFirst(".promisedesk-health-finding__text").text());
        assertNull(page.selectFirst(".promisedesk-health-finding__advice"));
        assertNull(page.selectFirst(".promisedesk-health-finding__detail"));
    }

    @Test
    public void theOverallVerdict_isAnAuiMessageOfItsKind_andCheckAgainAnAuiButton() {
        Document red = page(report(area(Area.TEAMS, invalidJql("Operations", "Field 'labelz' does not exist.", "labelz = x"))),
                Locale.ENGLISH);
        Document amber = page(report(area(Area.MAIL, AMBER_MAIL)), Locale.ENGLISH);
        Document green = page(report(area(Area.MAIL, GREEN_MAIL)), Locale.ENGLISH);

        assertEquals("aui-message aui-message-error", auiClasses(red.selectFirst(".promisedesk-health__overall")));
        assertEquals("aui-message aui-message-warning", auiClasses(amber.selectFirst(".promisedesk-health__overall")));
        assertEquals("aui-message aui-message-success", auiClasses(green.selectFirst(".promisedesk-health__overall")));
        assertTrue("an AUI button", green.selectFirst("a.promisedesk-health__again").hasClass("aui-button"));
    }

    private static String auiClasses(Element element) {
        return String.join(" ", element.classNames().stream().filter(name -> name.startsWith("aui")).toList());
    }

    @Test
    public void onlyAmberLines_countThePointsToLookAt() {
        Document page = page(report(area(Area.MAIL, AMBER_MAIL, AMBER_MAIL)), Locale.ENGLISH);

        assertEquals("Attention", page.selectFirst(".promisedesk-health__overall .promisedesk-health-verdict").text());
        assertEquals("2 points need your attention; nothing is broken.",
                page.selectFirst(".promisedesk-health__summary").text());
    }

    @Test
    public void hostileTeamNamesJqlAndMessages_stayText() {
        for (String payload : XssCorpus.payloads(255)) {
            Document page = page(report(
                    area(Area.TEAMS, invalidJql(payload, payload, payload)),
                    area(Area.TEMPLATES, Finding.red(Message.of("promisedesk.health.failed", payload),
                            Message.of("promisedesk.health.failed.advice")).withDetail(payload))), Locale.ENGLISH);

            RenderedHtml.assertNoActiveContent(page);
            Element line = page.selectFirst("section[data-area=teams] li");
            assertEquals("The search of team " + payload.strip() + " is not valid JQL: " + payload.strip(),
                    line.selectFirst(".promisedesk-health-finding__text").text());
            assertEquals(payload.strip(), line.selectFirst("code").text());
            assertEquals("The check could not run: " + payload.strip(),
                    page.selectFirst("section[data-area=templates] .promisedesk-health-finding__text").text());
        }
    }

    @Test
    public void theTeamList_showsABannerWhileARedLineIsKnown_linkingToTheHealthCheck() {
        Document red = teamList(report(area(Area.MAIL, AMBER_MAIL), area(Area.FIELDS,
                HealthFixture.red("promisedesk.health.fields.none", Message.of("promisedesk.field.eta.name")),
                HealthFixture.red("promisedesk.health.fields.none", Message.of("promisedesk.field.commitment.name")))),
                Locale.ENGLISH);
        Document amber = teamList(report(area(Area.MAIL, AMBER_MAIL)), Locale.ENGLISH);
        Document dutch = teamList(report(area(Area.FIELDS,
                HealthFixture.red("promisedesk.health.fields.none", Message.of("promisedesk.field.eta.name")))), DUTCH);

        Element banner = red.selectFirst(".promisedesk-admin__health-banner");
        assertEquals("alert", banner.attr("role"));
        assertTrue("an AUI error message", banner.hasClass("aui-message") && banner.hasClass("aui-message-error"));
        assertEquals("The health check finds 2 problems: Promise Desk may not work as it should. Open the health check",
                banner.text());
        assertEquals("https://jira.example.com/plugins/servlet/promisedesk/admin/health",
                banner.selectFirst("a").attr("href"));
        assertNull(amber.selectFirst(".promisedesk-admin__health-banner"));
        assertEquals("De gezondheidscontrole vindt 1 probleem: Promise Desk werkt mogelijk niet zoals het hoort."
                + " Open de gezondheidscontrole", dutch.selectFirst(".promisedesk-admin__health-banner").text());
    }

    @Test
    public void everyVerdictAndAreaHasItsWords_inEnglishAndDutch() {
        for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
            for (Area area : Area.values()) {
                Document page = page(report(area(area, AMBER_MAIL)), locale);
                assertTrue(area + " " + locale, !page.selectFirst("section h2").text().isBlank());
            }
        }
    }

    @Test
    public void theTemplate_keepsTheSourceRules() {
        assertEquals(List.of(), TemplateSourceRules.problems(HealthView.TEMPLATE));
        assertEquals(List.of(), TemplateSourceRules.problems(TeamListView.TEMPLATE));
    }
}
