package io.promisedesk.language;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.FocusFactor;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.team.Thresholds;
import io.promisedesk.team.WorkingWeek;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.workload.PromiseCheck;
import io.promisedesk.workload.TeamAssessment;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Each rule the engine enforces, broken for real, reads right in English and Dutch with the values it carries. */
public class ErrorMessagesTest {
    private static final LocalDate MONDAY_9_MARCH = LocalDate.of(2026, 3, 9);

    private final Team team = aTeam().withMember("anna", 40).build();
    private final MessageRenderer english = new MessageRenderer(Locale.ENGLISH);
    private final MessageRenderer dutch = new MessageRenderer(Locale.forLanguageTag("nl"));

    @Test
    public void missingValue_isRequired() {
        Message message = errorOf(() -> new TeamKey(null));

        assertEquals("This field is required.", english.render(message));
        assertEquals("Dit veld is verplicht.", dutch.render(message));
    }

    @Test
    public void blankValue_mustNotBeBlank() {
        Message message = errorOf(() -> new TeamKey("  "));

        assertEquals("This field must not be blank.", english.render(message));
        assertEquals("Dit veld mag niet leeg zijn.", dutch.render(message));
    }

    @Test
    public void tooLongValue_namesTheLimitAndTheLength() {
        Message message = errorOf(() -> new TeamKey("x".repeat(65)));

        assertEquals("Use at most 64 characters; this has 65.", english.render(message));
        assertEquals("Gebruik hoogstens 64 tekens; dit zijn er 65.", dutch.render(message));
    }

    @Test
    public void negativeHours_nameTheValue() {
        Message message = errorOf(() -> Hours.of(-2.5));

        assertEquals("Hours must be 0 or more, not -2.5.", english.render(message));
        assertEquals("Uren moeten 0 of meer zijn, niet -2,5.", dutch.render(message));
    }

    @Test
    public void absurdHours_nameTheLimitAndTheValue() {
        Message message = errorOf(() -> Hours.of(100_001));

        assertEquals("Hours must be at most 100,000, not 100,001.", english.render(message));
        assertEquals("Uren mogen hoogstens 100.000 zijn, niet 100.001.", dutch.render(message));
    }

    @Test
    public void absurdWeeklyHours_nameTheValue() {
        Message message = errorOf(() -> new Member("anna", Hours.of(200)));

        assertEquals("A week has 168 hours; 200 hours a week can't be right.", english.render(message));
        assertEquals("Een week heeft 168 uur; 200 uur per week kan niet kloppen.", dutch.render(message));
    }

    @Test
    public void focusFactorAboveOne_namesTheValue() {
        Message message = errorOf(() -> FocusFactor.of(1.5));

        assertEquals("The focus factor must be above 0 and at most 1, not 1.5.", english.render(message));
        assertEquals("De focusfactor moet groter dan 0 en hoogstens 1 zijn, niet 1,5.", dutch.render(message));
    }

    @Test
    public void teamWithoutMembers_needsOne() {
        Message message = errorOf(() -> aTeam().build());

        assertEquals("A team needs at least one member.", english.render(message));
        assertEquals("Een team heeft minstens één lid nodig.", dutch.render(message));
    }

    @Test
    public void memberTwiceInATeam_isNamed() {
        Message message = errorOf(() -> aTeam().withMember("anna", 40).withMember("anna", 20).build());

        assertEquals("anna is in the team twice; name each member once.", english.render(message));
        assertEquals("anna staat twee keer in het team; noem elk lid één keer.", dutch.render(message));
    }

    @Test
    public void warnNotBelowCritical_namesBoth() {
        Message message = errorOf(() -> Thresholds.of(1.0, 0.9));

        assertEquals("The warning level 1 must be below the critical level 0.9.", english.render(message));
        assertEquals("Het waarschuwingsniveau 1 moet onder het kritieke niveau 0,9 liggen.", dutch.render(message));
    }

    @Test
    public void thresholdOutOfRange_namesTheValue() {
        Message message = errorOf(() -> Thresholds.of(0.85, 12));

        assertEquals("A threshold must be above 0 and at most 10, not 12.", english.render(message));
        assertEquals("Een drempel moet groter dan 0 en hoogstens 10 zijn, niet 12.", dutch.render(message));
    }

    @Test
    public void weekWithoutWorkingDays_needsOne() {
        Message message = errorOf(() -> new WorkingWeek(Set.of()));

        assertEquals("Choose at least one working day.", english.render(message));
        assertEquals("Kies minstens één werkdag.", dutch.render(message));
    }

    @Test
    public void malformedIssueKey_isQuoted() {
        Message message = errorOf(() -> IssueKey.parse("ops-1"));

        assertEquals("\"ops-1\" is not an issue key; write it like PROJECT-123.", english.render(message));
        assertEquals("\"ops-1\" is geen issuesleutel; schrijf hem als PROJECT-123.", dutch.render(message));
    }

    @Test
    public void issueTwiceInATeam_isNamed() {
        Message message = errorOf(() -> TeamAssessment.assess(team,
                List.of(anIssue("OPS-1").build(), anIssue("OPS-1").build()), MONDAY_9_MARCH));

        assertEquals("Issue OPS-1 appears twice; each issue may appear only once.", english.render(message));
        assertEquals("Issue OPS-1 komt twee keer voor; elke issue mag maar één keer voorkomen.", dutch.render(message));
    }

    @Test
    public void unknownStatusCategory_isQuoted() {
        Message message = errorOf(() -> StatusCategory.fromJiraKey("open"));

        assertEquals("\"open\" is not a status category; use new, indeterminate or done.", english.render(message));
        assertEquals("\"open\" is geen statuscategorie; gebruik new, indeterminate of done.", dutch.render(message));
    }

    @Test
    public void promiseOfNoWork_asksForHours() {
        TeamAssessment assessment = TeamAssessment.assess(team, List.of(), MONDAY_9_MARCH);

        Message message = errorOf(() -> PromiseCheck.check(assessment, Hours.ZERO, MONDAY_9_MARCH));

        assertEquals("Enter more than 0 hours of work.", english.render(message));
        assertEquals("Vul meer dan 0 uur werk in.", dutch.render(message));
    }

    @Test
    public void promiseForAPastDate_namesTheDateAndToday() {
        TeamAssessment assessment = TeamAssessment.assess(team, List.of(), MONDAY_9_MARCH);

        Message message = errorOf(() -> PromiseCheck.check(assessment, Hours.of(8), MONDAY_9_MARCH.minusDays(1)));

        assertEquals("The wished date Sun 8 Mar has passed; choose today (Mon 9 Mar) or later.", english.render(message));
        assertEquals("De gewenste datum zo 8 mrt is al voorbij; kies vandaag (ma 9 mrt) of later.", dutch.render(message));
    }

    private static Message errorOf(ThrowingRunnable breakingTheRule) {
        return Message.ofError(assertThrows(InvalidValueException.class, breakingTheRule));
    }
}
