package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;

/** ACME's account on Monday 2 March 2026, with other customers' work around it, and how the review renders. */
final class ReviewFixtures {
    static final String BASE_URL = "https://jira.example.com";
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** Monday 2 March 2026: counting it as day 1, day 90 is Wed 3 Dec 2025 and day 91 Tue 2 Dec 2025. */
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    static final Customer ACME = new Customer("ACME");

    private ReviewFixtures() {
    }

    static Team oneMemberTeam(String key) {
        return aTeam().key(key).withMember("anna", 40).build();
    }

    /**
     * Open work of two teams, 8 hours a day each:
     * <pre>
     * key  team customer      promised  ETA      risk
     * A-1  a    ACME          Fri 20/3  Fri 13/3 on track
     * A-2  a    acme          Fri 6/3   Mon 9/3  late (ETA after the promise), slipped twice
     * A-3  a    Globex        Fri 13/3  none     (another customer)
     * A-4  a    Acme          Fri 27/2  none     late (passed)
     * B-1  b    ACME Benelux  Fri 13/3  none     (another customer)
     * B-2  b    (unknown)     Fri 13/3  none     (no customer)
     * </pre>
     */
    static List<TeamCommitments> teams() {
        List<WorkItem> teamA = List.of(
                anIssue("A-1").remaining(8).committedTo("2026-03-20", "ACME").eta("2026-03-13").build(),
                anIssue("A-2").remaining(8).committedTo("2026-03-06", "acme").eta("2026-03-09").build(),
                anIssue("A-3").remaining(8).committedTo("2026-03-13", "Globex").build(),
                anIssue("A-4").remaining(8).committedTo("2026-02-27", "Acme").build());
        List<WorkItem> teamB = List.of(
                anIssue("B-1").remaining(8).committedTo("2026-03-13", "ACME Benelux").build(),
                anIssue("B-2").remaining(8).committedTo("2026-03-13", null).build());
        return List.of(TeamCommitments.of(TeamAssessment.assess(oneMemberTeam("a"), teamA, MONDAY)),
                TeamCommitments.of(TeamAssessment.assess(oneMemberTeam("b"), teamB, MONDAY)));
    }

    /** A-2's ETA: set to Wed 4/3, slipped to Fri 6/3 (2 working days), then to Mon 9/3 (1 working day). */
    static Map<IssueKey, EtaHistory> histories() {
        return Map.of(IssueKey.parse("A-2"), new EtaHistory(IssueKey.parse("A-2"), List.of(
                anEtaChange().on("A-2").at("2026-02-20T09:00:00Z").to("2026-03-04").build(),
                anEtaChange().on("A-2").at("2026-02-25T09:00:00Z").from("2026-03-04").to("2026-03-06")
                        .because("Waiting for parts").build(),
                anEtaChange().on("A-2").at("2026-02-27T09:00:00Z").from("2026-03-06").to("2026-03-09")
                        .because("Vendor late").build())));
    }

    /**
     * <pre>
     * key  customer  promised    delivered   counts?
     * D-1  ACME      Fri 27/2    Fri 27/2    yes, on time (on the day)
     * D-2  acme      Fri 20/2    Mon 23/2    yes, late by 3 days
     * D-3  ACME      Fri 5/12    Wed 3/12    yes, on time (day 90)
     * D-4  ACME      Fri 5/12    Tue 2/12    no (day 91)
     * D-5  Globex    Fri 27/2    Fri 27/2    no (another customer)
     * D-6  ACME      Fri 6/3     Tue 3/3     no (after today)
     * </pre>
     */
    static List<DeliveredCommitment> deliveries() {
        return List.of(
                delivered("D-1", "ACME", "2026-02-27", "2026-02-27"),
                delivered("D-2", "acme", "2026-02-20", "2026-02-23"),
                delivered("D-3", "ACME", "2025-12-05", "2025-12-03"),
                delivered("D-4", "ACME", "2025-12-05", "2025-12-02"),
                delivered("D-5", "Globex", "2026-02-27", "2026-02-27"),
                delivered("D-6", "ACME", "2026-03-06", "2026-03-03"));
    }

    static DeliveredCommitment delivered(String key, String customer, String promised, String delivered) {
        return new DeliveredCommitment(IssueKey.parse(key), "Delivery " + key, new Customer(customer),
                LocalDate.parse(promised), LocalDate.parse(delivered));
    }

    static Map<String, Object> context(Locale locale) {
        return new CustomerReviewView(BASE_URL).context(ACME, teams(), histories(), deliveries(), locale, MONDAY);
    }

    static Document page(Locale locale) {
        return JiraLikeVelocity.renderDocument(CustomerReviewView.TEMPLATE, context(locale));
    }
}
