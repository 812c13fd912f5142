package io.promisedesk.language;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.team.Team;
import io.promisedesk.team.WorkingDays;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class SalesSentenceTest {
    private static final LocalDate MONDAY_9_MARCH = LocalDate.of(2026, 3, 9);
    private static final LocalDate FRIDAY_13_MARCH = LocalDate.of(2026, 3, 13);
    private static final LocalDate TUESDAY_17_MARCH = LocalDate.of(2026, 3, 17);
    private static final LocalDate WEDNESDAY_18_MARCH = LocalDate.of(2026, 3, 18);
    private static final LocalDate FRIDAY_20_MARCH = LocalDate.of(2026, 3, 20);
    private static final LocalDate SATURDAY_21_MARCH = LocalDate.of(2026, 3, 21);
    private static final LocalDate SUNDAY_22_MARCH = LocalDate.of(2026, 3, 22);
    private static final LocalDate MONDAY_23_MARCH = LocalDate.of(2026, 3, 23);
    private static final Commitment TO_ACME_ON_18_MARCH = Commitment.of(WEDNESDAY_18_MARCH, "ACME");
    private static final Commitment TO_NOBODY_KNOWN_ON_18_MARCH = Commitment.of(WEDNESDAY_18_MARCH, null);

    private final Team team = aTeam().withMember("anna", 40).build();
    private final MessageRenderer english = new MessageRenderer(Locale.ENGLISH);
    private final MessageRenderer dutch = new MessageRenderer(Locale.forLanguageTag("nl"));

    @Test
    public void doneIssue_saysOnlyThatItIsDone() {
        SalesSentence sentence = describe(BusinessPhrase.DONE, FRIDAY_13_MARCH, TO_ACME_ON_18_MARCH, SalesRisk.LATE);

        assertEquals("Done.", english.render(sentence));
        assertEquals("Klaar.", dutch.render(sentence));
    }

    @Test
    public void etaBeforeTheCommitment_countsTheWorkingDaysToSpare() {
        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, FRIDAY_13_MARCH, TO_ACME_ON_18_MARCH, SalesRisk.ON_TRACK);

        assertEquals("Being worked on. Expected Fri 13 Mar, 3 working days before the date promised to ACME. On track.",
                english.render(sentence));
        assertEquals("In behandeling. Verwacht op vr 13 mrt, 3 werkdagen vóór de datum die aan ACME is beloofd. Op schema.",
                dutch.render(sentence));
    }

    @Test
    public void sentence_isMadeOfMessagesNotText() {
        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, FRIDAY_13_MARCH, TO_ACME_ON_18_MARCH, SalesRisk.ON_TRACK);

        assertEquals(List.of(
                Message.of("promisedesk.language.sentence.phrase", Message.of("promisedesk.language.phrase.inProgress")),
                Message.of("promisedesk.language.sentence.etaBefore", FRIDAY_13_MARCH, 3L, "ACME"),
                Message.of("promisedesk.language.sentence.onTrack")), sentence.parts());
    }

    @Test
    public void etaOneWorkingDayBefore_speaksOfOneDay() {
        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, TUESDAY_17_MARCH, TO_ACME_ON_18_MARCH, SalesRisk.ON_TRACK);

        assertEquals("Being worked on. Expected Tue 17 Mar, 1 working day before the date promised to ACME. On track.",
                english.render(sentence));
        assertEquals("In behandeling. Verwacht op di 17 mrt, 1 werkdag vóór de datum die aan ACME is beloofd. Op schema.",
                dutch.render(sentence));
    }

    @Test
    public void etaOnTheCommitmentDate_saysSo() {
        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, WEDNESDAY_18_MARCH, TO_ACME_ON_18_MARCH, SalesRisk.AT_RISK);

        assertEquals("Being worked on. Expected Wed 18 Mar, the date promised to ACME."
                        + " At risk — the team has little room left before the promised date.",
                english.render(sentence));
        assertEquals("In behandeling. Verwacht op wo 18 mrt, de datum die aan ACME is beloofd."
                        + " Loopt risico — het team heeft weinig ruimte tot de beloofde datum.",
                dutch.render(sentence));
    }

    @Test
    public void etaAfterTheCommitment_countsTheWorkingDaysLate() {
        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, MONDAY_23_MARCH, TO_ACME_ON_18_MARCH, SalesRisk.LATE);

        assertEquals("Being worked on. Expected Mon 23 Mar, 3 working days after the date promised to ACME."
                        + " Likely late — the expected date or the workload of the team goes past the promised date.",
                english.render(sentence));
        assertEquals("In behandeling. Verwacht op ma 23 mrt, 3 werkdagen na de datum die aan ACME is beloofd."
                        + " Waarschijnlijk te laat — de verwachte datum of de werklast van het team valt na de beloofde datum.",
                dutch.render(sentence));
    }

    @Test
    public void etaOnTheWeekendAfterAFridayCommitment_isAfterWithoutACount() {
        Commitment friday = Commitment.of(FRIDAY_20_MARCH, "ACME");

        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, SATURDAY_21_MARCH, friday, null);

        assertEquals("Being worked on. Expected Sat 21 Mar, after the date promised to ACME.", english.render(sentence));
        assertEquals("In behandeling. Verwacht op za 21 mrt, na de datum die aan ACME is beloofd.", dutch.render(sentence));
    }

    @Test
    public void etaOnTheWeekendBeforeASundayCommitment_isBeforeWithoutACount() {
        Commitment sunday = Commitment.of(SUNDAY_22_MARCH, "ACME");

        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, SATURDAY_21_MARCH, sunday, null);

        assertEquals("Being worked on. Expected Sat 21 Mar, before the date promised to ACME.", english.render(sentence));
        assertEquals("In behandeling. Verwacht op za 21 mrt, vóór de datum die aan ACME is beloofd.", dutch.render(sentence));
    }

    @Test
    public void noEtaYet_namesTheDatePromised() {
        SalesSentence sentence = describe(BusinessPhrase.NOT_STARTED, null, TO_ACME_ON_18_MARCH, SalesRisk.ON_TRACK);

        assertEquals("Not started yet. No expected date yet; promised to ACME for Wed 18 Mar. On track.",
                english.render(sentence));
        assertEquals("Nog niet begonnen. Nog geen verwachte datum; aan ACME beloofd voor wo 18 mrt. Op schema.",
                dutch.render(sentence));
    }

    @Test
    public void noEtaYetForAnUnknownCustomer_namesOnlyTheDate() {
        SalesSentence sentence = describe(BusinessPhrase.NOT_STARTED, null, TO_NOBODY_KNOWN_ON_18_MARCH, SalesRisk.ON_TRACK);

        assertEquals("Not started yet. No expected date yet; promised for Wed 18 Mar. On track.", english.render(sentence));
        assertEquals("Nog niet begonnen. Nog geen verwachte datum; beloofd voor wo 18 mrt. Op schema.", dutch.render(sentence));
    }

    @Test
    public void noEtaAndNoCommitment_saysThereIsNoDateYet() {
        SalesSentence sentence = describe(BusinessPhrase.NOT_STARTED, null, null, null);

        assertEquals("Not started yet. No expected date yet.", english.render(sentence));
        assertEquals("Nog niet begonnen. Nog geen verwachte datum.", dutch.render(sentence));
    }

    @Test
    public void etaWithoutCommitment_namesOnlyTheEta() {
        SalesSentence sentence = describe(BusinessPhrase.WAITING_FOR_CUSTOMER, FRIDAY_13_MARCH, null, null);

        assertEquals("Waiting for the customer. Expected Fri 13 Mar.", english.render(sentence));
        assertEquals("Wacht op de klant. Verwacht op vr 13 mrt.", dutch.render(sentence));
    }

    @Test
    public void etaBeforeTheCommitmentToAnUnknownCustomer_speaksOfThePromisedDate() {
        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, FRIDAY_13_MARCH, TO_NOBODY_KNOWN_ON_18_MARCH, null);

        assertEquals("Being worked on. Expected Fri 13 Mar, 3 working days before the promised date.",
                english.render(sentence));
        assertEquals("In behandeling. Verwacht op vr 13 mrt, 3 werkdagen vóór de beloofde datum.", dutch.render(sentence));
    }

    @Test
    public void etaOnTheCommitmentToAnUnknownCustomer_speaksOfThePromisedDate() {
        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, WEDNESDAY_18_MARCH, TO_NOBODY_KNOWN_ON_18_MARCH, null);

        assertEquals("Being worked on. Expected Wed 18 Mar, the promised date.", english.render(sentence));
        assertEquals("In behandeling. Verwacht op wo 18 mrt, de beloofde datum.", dutch.render(sentence));
    }

    @Test
    public void etaAfterTheCommitmentToAnUnknownCustomer_speaksOfThePromisedDate() {
        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, MONDAY_23_MARCH, TO_NOBODY_KNOWN_ON_18_MARCH, null);

        assertEquals("Being worked on. Expected Mon 23 Mar, 3 working days after the promised date.",
                english.render(sentence));
        assertEquals("In behandeling. Verwacht op ma 23 mrt, 3 werkdagen na de beloofde datum.", dutch.render(sentence));
    }

    @Test
    public void customerNameWithAnApostrophe_isShownAsTyped() {
        Commitment toOReilly = Commitment.of(WEDNESDAY_18_MARCH, "O'Reilly & Sons");

        SalesSentence sentence = describe(BusinessPhrase.IN_PROGRESS, FRIDAY_13_MARCH, toOReilly, null);

        assertEquals("Being worked on. Expected Fri 13 Mar, 3 working days before the date promised to O'Reilly & Sons.",
                english.render(sentence));
    }

    @Test
    public void riskWithoutCommitment_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> describe(BusinessPhrase.IN_PROGRESS, FRIDAY_13_MARCH, null, SalesRisk.AT_RISK));

        assertEquals("risk AT_RISK needs a commitment to be at risk", error.getMessage());
    }

    @Test
    public void sentenceWithoutParts_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new SalesSentence(List.of()));

        assertEquals("a sales sentence needs at least one part", error.getMessage());
    }

    @Test
    public void issueOfATeam_readsWithItsMappedPhraseTheTeamsHolidaysAndItsRisk() {
        Team withHolidayOnTuesday = aTeam().withMember("anna", 40).nonWorking("2026-03-17").build();
        WorkItem item = anIssue("OPS-1").status("Waiting for customer").remaining(10)
                .committedTo("2026-03-18", "ACME").eta("2026-03-13").build();
        StatusPhraseMapping mapping = StatusPhraseMapping.defaults()
                .withOverride("Waiting for customer", BusinessPhrase.WAITING_FOR_CUSTOMER);
        TeamAssessment assessment = TeamAssessment.assess(withHolidayOnTuesday, List.of(item), MONDAY_9_MARCH);

        SalesSentence sentence = SalesSentence.about(item, mapping, assessment);

        assertEquals("Waiting for the customer. Expected Fri 13 Mar, 2 working days before the date promised to ACME."
                + " On track.", english.render(sentence));
    }

    @Test
    public void uncommittedIssueOfATeam_hasNoRisk() {
        WorkItem item = anIssue("OPS-1").remaining(10).eta("2026-03-13").build();
        TeamAssessment assessment = TeamAssessment.assess(team, List.of(item), MONDAY_9_MARCH);

        SalesSentence sentence = SalesSentence.about(item, StatusPhraseMapping.defaults(), assessment);

        assertEquals("Being worked on. Expected Fri 13 Mar.", english.render(sentence));
    }

    @Test
    public void resolvedIssueOfATeam_isDone() {
        WorkItem item = aResolvedIssue("OPS-1").status("Closed").committedTo("2026-03-18").eta("2026-03-23").build();
        TeamAssessment assessment = TeamAssessment.assess(team, List.of(item), MONDAY_9_MARCH);

        SalesSentence sentence = SalesSentence.about(item, StatusPhraseMapping.defaults(), assessment);

        assertEquals("Done.", english.render(sentence));
    }

    private SalesSentence describe(BusinessPhrase phrase, LocalDate eta, Commitment commitment, SalesRisk risk) {
        return SalesSentence.describe(phrase, Optional.ofNullable(eta), Optional.ofNullable(commitment),
                Optional.ofNullable(risk), new WorkingDays(team));
    }
}
