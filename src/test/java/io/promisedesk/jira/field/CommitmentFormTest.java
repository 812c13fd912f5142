package io.promisedesk.jira.field;

import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.commitment.InformedAddresses;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.jira.field.FieldFixtures.DATES;
import static io.promisedesk.jira.field.FieldFixtures.english;
import static io.promisedesk.jira.field.FieldFixtures.form;
import static io.promisedesk.jira.field.FieldFixtures.single;
import static org.junit.Assert.assertEquals;

/** What the Sales Commitment field accepts from its edit form and from Jira, and what its form shows again. */
public class CommitmentFormTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static CommitmentForm commitment(FieldParams params) {
        return new CommitmentForm(params, DATES, () -> Locale.ENGLISH);
    }

    @Test
    public void aFilledForm_givesTheDayCustomerAndNote() {
        CommitmentForm typed = commitment(form("2026-12-01", "customer", "Globex", "note", "Board meeting"));

        assertEquals(Optional.empty(), typed.problem(TODAY));
        assertEquals(Optional.of(new CommitmentDate(DAY, Optional.of("Globex"), Optional.of("Board meeting"), DATES)),
                typed.value());
    }

    @Test
    public void aPersonPromisingADay_mustNameTheCustomer() {
        Optional<FieldProblem> problem = commitment(form("2026-12-01", "note", "Board meeting")).problem(TODAY);

        assertEquals("Enter the customer this date was promised to.", problem.orElseThrow().text(english()));
    }

    @Test
    public void aCustomerOrNoteWithoutADay_isRefused() {
        Optional<FieldProblem> problem = commitment(form("", "customer", "Globex")).problem(TODAY);

        assertEquals("Enter the promised date, or clear the customer and the note.",
                problem.orElseThrow().text(english()));
    }

    @Test
    public void anEmptyForm_clearsTheCommitment() {
        CommitmentForm cleared = commitment(form(""));

        assertEquals(Optional.empty(), cleared.problem(TODAY));
        assertEquals(Optional.empty(), cleared.value());
    }

    @Test
    public void aDayThatIsNotADate_isRefusedWithWhatWasTyped() {
        Optional<FieldProblem> problem = commitment(form("1st of May", "customer", "Globex")).problem(TODAY);

        assertEquals("\"1st of May\" is not a date; write it like 2026-03-13.", problem.orElseThrow().text(english()));
    }

    @Test
    public void tooLongCustomer_isRefusedWithTheLimit() {
        Optional<FieldProblem> problem = commitment(form("2026-12-01", "customer", "C".repeat(300))).problem(TODAY);

        assertEquals(new FieldProblem("promisedesk.error.tooLong", List.of("255", "300")), problem.orElseThrow());
    }

    @Test
    public void aBareDayFromJirasRestApi_isAcceptedWithoutCustomer() {
        CommitmentForm fromRest = commitment(single("2026-12-01"));

        assertEquals(Optional.empty(), fromRest.problem(TODAY));
        assertEquals(Optional.empty(), fromRest.value().orElseThrow().customer());
    }

    @Test
    public void theEditForm_showsTheStoredCommitment() {
        Map<String, String> shown = commitment(single("2026-12-01\nGlobex\nBoard meeting")).shown();

        assertEquals(Map.of("date", "2026-12-01", "customer", "Globex", "note", "Board meeting", "shown", "2026-12-01"),
                shown);
    }

    @Test
    public void theEditForm_showsTheStoredValueWhenJiraHandsTheValueItself() {
        CommitmentDate stored = new CommitmentDate(DAY, Optional.of("Globex"), Optional.empty(), DATES);

        assertEquals(Map.of("date", "2026-12-01", "customer", "Globex", "note", "", "shown", "2026-12-01"),
                commitment(single(stored)).shown());
    }

    @Test
    public void aRefusedForm_showsExactlyWhatWasTyped() {
        Map<String, String> shown = commitment(form("2026-13-45", "customer", " Globex ", "note", "x", "shown",
                "2026-12-01", "addresses", "jan@acme, ann@acme.example", "shownAddresses", "ann@acme.example")).shown();

        assertEquals(Map.of("date", "2026-13-45", "customer", " Globex ", "note", "x", "shown", "2026-12-01",
                "form", "1", "addresses", "jan@acme, ann@acme.example", "shownAddresses", "ann@acme.example"), shown);
    }

    @Test
    public void aNewIssue_showsEmptyInputs() {
        assertEquals(Map.of("date", "", "customer", "", "note", "", "shown", ""), commitment(FieldParams.of(null)).shown());
    }

    @Test
    public void aNewlyPromisedDayThatHasPassed_isRefused() {
        Optional<FieldProblem> problem = commitment(form("2026-03-09", "customer", "Globex", "shown", "2026-04-01"))
                .problem(TODAY);

        assertEquals("The promised date 2026-03-09 has passed; choose today (2026-03-10) or later.",
                problem.orElseThrow().text(english()));
        assertEquals(Optional.empty(), commitment(form("2026-03-10", "customer", "Globex")).problem(TODAY));
    }

    @Test
    public void aDayBeyondTheHorizon_isRefusedNamingTheLastDayAllowed() {
        Optional<FieldProblem> problem = commitment(form("+99999-01-01", "customer", "Globex")).problem(TODAY);

        assertEquals("The date +99999-01-01 is too far ahead: plan at most 5 years ahead, so 2031-03-10 at the latest.",
                problem.orElseThrow().text(english()));
        assertEquals(Optional.empty(), commitment(form("2031-03-10", "customer", "Globex")).problem(TODAY));
    }

    @Test
    public void aBareDayBeyondTheHorizonFromJirasRestApi_isRefused() {
        Optional<FieldProblem> problem = commitment(single("2031-03-11")).problem(TODAY);

        assertEquals("promisedesk.error.date.beyondHorizon", problem.orElseThrow().i18nKey());
    }

    @Test
    public void aPromiseLeftAsShown_passesAfterItsDay_soTheCustomerOrNoteCanStillBeChanged() {
        assertEquals(Optional.empty(),
                commitment(form("2026-03-01", "customer", "Initech", "shown", "2026-03-01")).problem(TODAY));
    }

    @Test
    public void addressesChangedOnTheForm_travelOnTheValue_inTheEditorsLanguage() {
        CommitmentForm typed = new CommitmentForm(form("2026-12-01", "customer", "Globex", "addresses",
                "jan@acme.example;\nann@globex.example", "shownAddresses", "ann@globex.example"), DATES,
                () -> Locale.forLanguageTag("nl-BE"));

        InformedAddresses carried = typed.value().orElseThrow().typedAddresses().orElseThrow();

        assertEquals(List.of("jan@acme.example", "ann@globex.example"),
                carried.all().stream().map(address -> address.address().text()).toList());
        assertEquals(Locale.forLanguageTag("nl"), carried.all().get(0).language());
    }

    @Test
    public void addressesLeftAsShown_travelNot_andAnEmptiedBoxInformsNobody() {
        Locale asked = Locale.JAPANESE;
        CommitmentForm untouched = new CommitmentForm(form("2026-12-01", "customer", "Globex", "addresses",
                "Ann@Globex.example", "shownAddresses", "ann@globex.example"), DATES, () -> asked);
        CommitmentForm emptied = new CommitmentForm(form("2026-12-01", "customer", "Globex", "shownAddresses",
                "ann@globex.example"), DATES, () -> asked);

        assertEquals(Optional.empty(), untouched.value().orElseThrow().typedAddresses());
        assertEquals(Optional.of(InformedAddresses.none()), emptied.value().orElseThrow().typedAddresses());
        // A language Promise Desk does not write in gives English mails.
        assertEquals(Locale.ENGLISH, new CommitmentForm(form("2026-12-01", "customer", "Globex", "addresses",
                "jan@acme.example"), DATES, () -> asked).value().orElseThrow().typedAddresses().orElseThrow()
                .all().get(0).language());
    }

    @Test
    public void aValueWithoutOurForm_carriesNoAddresses_soTheStoredOnesStay() {
        assertEquals(Optional.empty(), commitment(single("2026-12-01\nGlobex\n")).value().orElseThrow()
                .typedAddresses());
        assertEquals(Optional.empty(), commitment(single(new CommitmentDate(DAY, Optional.of("Globex"),
                Optional.empty(), DATES))).value().orElseThrow().typedAddresses());
    }

    @Test
    public void aBadAddress_orTooMany_areTheFormsProblem() {
        Optional<FieldProblem> bad = commitment(form("2026-12-01", "customer", "Globex", "addresses",
                "jan@acme.example, not-an-address")).problem(TODAY);
        String many = String.join(",", java.util.stream.IntStream.rangeClosed(0, InformedAddresses.MAX_COUNT)
                .mapToObj(index -> "p" + index + "@acme.example").toList());
        Optional<FieldProblem> tooMany = commitment(form("2026-12-01", "customer", "Globex", "addresses", many))
                .problem(TODAY);

        assertEquals("\"not-an-address\" is not an e-mail address; write one like name@example.com.",
                bad.orElseThrow().text(english()));
        assertEquals("Name at most 20 addresses to keep informed; this names 21.", tooMany.orElseThrow().text(english()));
    }

    @Test
    public void aNewAddressOutsideTheAllowedDomains_isRefused_butAKeptOneIsNot_andUntouchedOnesAreNotJudged() {
        AllowedEmailDomains acme = new AllowedEmailDomains(Set.of("acme.example"));
        InformedAddresses kept = InformedAddresses.parse(Optional.of("ann@globex.example"), Locale.ENGLISH);
        CommitmentForm added = commitment(form("2026-12-01", "customer", "Globex", "addresses",
                "ann@globex.example bob@globex.example", "shownAddresses", "ann@globex.example"));
        CommitmentForm keptAndNew = commitment(form("2026-12-01", "customer", "Globex", "addresses",
                "ann@globex.example jan@acme.example", "shownAddresses", "ann@globex.example"));
        CommitmentForm untouched = commitment(form("2026-12-01", "customer", "Globex", "addresses",
                "ann@globex.example", "shownAddresses", "ann@globex.example"));

        assertEquals("bob@globex.example is not at a domain your administrator allows; use an address at acme.example.",
                added.addressProblem(() -> acme, () -> kept).orElseThrow().text(english()));
        assertEquals(Optional.empty(), keptAndNew.addressProblem(() -> acme, () -> kept));
        assertEquals(Optional.empty(), untouched.addressProblem(() -> {
            throw new AssertionError("untouched addresses need no domains");
        }, () -> {
            throw new AssertionError("untouched addresses need no kept ones");
        }));
    }
}
