package io.promisedesk.commitment;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.fixtures.IssueSyncingCommitmentStore;
import io.promisedesk.fixtures.PlatformScenario;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.PromiseAnswer;
import io.promisedesk.workload.PromiseOutcome;
import io.promisedesk.workload.PromiseOutcome.Answered;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * The scenario's team "platform" on Monday 2 March 2026 at 09:00 in Amsterdam, asked about OPS-30, 24 hours of work,
 * and about OPS-12, promised to ACME for 20 March.
 */
public class SetCommitmentTest {
    private static final IssueKey OPS_30 = IssueKey.parse("OPS-30");
    private static final IssueKey OPS_12 = IssueKey.parse("OPS-12");
    private static final WorkItem NEW_WORK = anIssue("OPS-30").remaining(24).build();

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryCommitmentStore store = new InMemoryCommitmentStore();
    private final SetCommitment setCommitment = new SetCommitment(store, new CheckPromise(world.snapshots), world.clock, () -> AllowedEmailDomains.ANY);

    @Test
    public void check_ofADateTheTeamCannotMeet_answersTheEarliestItCan_andSavesNothing() {
        PromiseOutcome outcome = setCommitment.check(command(NEW_WORK, "2026-03-04", "ACME"));

        assertEquals(new Answered(new PromiseAnswer(Hours.of(24), date("2026-03-04"), false,
                Optional.of(date("2026-03-18")))), outcome);
        assertEquals(Optional.empty(), store.load(OPS_30));
    }

    @Test
    public void addressesTypedOutsideTheAllowedDomains_areRefused_namingTheDomains_andKeptOnesAreNotRechecked() {
        SetCommitment restricted = new SetCommitment(store, new CheckPromise(world.snapshots), world.clock,
                () -> new AllowedEmailDomains(java.util.Set.of("acme.example", "acme.nl")));
        SetCommitmentCommand plain = command(NEW_WORK, "2026-03-30", "ACME");
        SetCommitmentCommand typed = new SetCommitmentCommand(plain.team(), plain.issue(), "sam", plain.expected(),
                plain.date(), plain.customer(), plain.note(), Optional.of(InformedAddresses.parse(
                        Optional.of("ann@sales.acme.example jan@globex.example"), java.util.Locale.ENGLISH)));

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> restricted.set(typed));
        InvalidValueException refusedCheck = assertThrows(InvalidValueException.class, () -> restricted.check(typed));

        assertEquals("promisedesk.error.address.domain", refused.i18nKey());
        assertEquals(List.of("jan@globex.example", "acme.example, acme.nl"), refused.arguments());
        assertEquals(refused.arguments(), refusedCheck.arguments());
        assertEquals(Optional.empty(), store.load(OPS_30));
        // A command naming no addresses keeps the replaced commitment's, which are not checked again.
        saved(restricted.set(plain));
    }

    @Test
    public void addressesKeptFromTheReplacedCommitment_mayBeTypedAgain_afterTheDomainsWereRestricted() {
        store.save(new StoredCommitment(OPS_30, Commitment.of(date("2026-03-30"), "ACME"), Optional.empty(), "ann",
                Instant.parse("2026-03-01T08:00:00Z"), InformedAddresses.parse(Optional.of("jan@globex.example"),
                        java.util.Locale.ENGLISH)), Optional.empty());
        SetCommitment restricted = new SetCommitment(store, new CheckPromise(world.snapshots), world.clock,
                () -> new AllowedEmailDomains(java.util.Set.of("acme.example")));
        SetCommitmentCommand plain = command(NEW_WORK, "2026-03-30", "ACME");
        SetCommitmentCommand retyped = new SetCommitmentCommand(plain.team(), plain.issue(), "sam", plain.expected(),
                plain.date(), plain.customer(), plain.note(), Optional.of(InformedAddresses.parse(
                        Optional.of("jan@globex.example ann@acme.example"), java.util.Locale.ENGLISH)));
        SetCommitmentCommand added = new SetCommitmentCommand(plain.team(), plain.issue(), "sam", plain.expected(),
                plain.date(), plain.customer(), plain.note(), Optional.of(InformedAddresses.parse(
                        Optional.of("jan@globex.example bob@globex.example"), java.util.Locale.ENGLISH)));

        restricted.check(retyped);
        CommitmentSaved saved = saved(restricted.set(retyped));

        assertEquals(2, saved.saved().current().informed().all().size());
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> restricted.set(added));
        assertEquals(List.of("bob@globex.example", "acme.example"), refused.arguments());
    }

    @Test
    public void set_savesWhoAndWhen_andReportsThatTheTeamCanMeetIt() {
        CommitmentSaved outcome = saved(setCommitment.set(command(NEW_WORK, "2026-03-30", "ACME")));

        StoredCommitment expected = new StoredCommitment(OPS_30, Commitment.of(date("2026-03-30"), "ACME"),
                Optional.of("confirmed by phone"), "sam", Instant.parse("2026-03-02T08:00:00Z"));
        assertEquals(new SavedCommitment(expected, Optional.empty()), outcome.saved());
        assertEquals(Optional.of(outcome.saved()), store.load(OPS_30));
        assertEquals(new Answered(new PromiseAnswer(Hours.of(24), date("2026-03-30"), true,
                Optional.of(date("2026-03-30")))), outcome.promise());
    }

    @Test
    public void set_ofADateTheTeamCannotMeet_isSaved_salesDecides() {
        CommitmentSaved outcome = saved(setCommitment.set(command(NEW_WORK, "2026-03-04", "ACME")));

        assertEquals(date("2026-03-04"), store.load(OPS_30).orElseThrow().current().commitment().date());
        assertEquals(Optional.of(date("2026-03-18")), ((Answered) outcome.promise()).answer().earliest());
    }

    @Test
    public void change_keepsThePreviousCommitment() {
        CommitmentSaved first = saved(setCommitment.set(command(NEW_WORK, "2026-03-30", "ACME")));
        WorkItem promised = anIssue("OPS-30").remaining(24).committedTo("2026-03-30", "ACME").build();

        CommitmentSaved second = saved(setCommitment.set(new SetCommitmentCommand(PlatformScenario.platformTeam(),
                promised, "sam", promised.commitment(), date("2026-04-03"), new Customer("ACME Benelux"),
                Optional.empty())));

        assertEquals(Optional.of(first.saved().current()), second.saved().previous());
        assertEquals(new Customer("ACME Benelux"), second.saved().current().commitment().customer());
    }

    @Test
    public void twoSalespeopleFromTheSamePromise_theSecondSave_isRefusedAsStale_withTheFirsts_andNothingIsLost() {
        // As in Jira and the workbench, a saved commitment goes onto the issue, which the next request reads.
        IssueSyncingCommitmentStore synced = new IssueSyncingCommitmentStore(world);
        SetCommitment service = new SetCommitment(synced, new CheckPromise(world.snapshots), world.clock, () -> AllowedEmailDomains.ANY);
        Optional<Commitment> bothSaw = issueNow("OPS-12").commitment();

        CommitmentOutcome sams = service.set(new SetCommitmentCommand(PlatformScenario.platformTeam(),
                issueNow("OPS-12"), "sam", bothSaw, date("2026-03-27"), new Customer("Globex"), Optional.of("By phone")));
        CommitmentOutcome evas = service.set(new SetCommitmentCommand(PlatformScenario.platformTeam(),
                issueNow("OPS-12"), "eva", bothSaw, date("2026-04-03"), new Customer("Initech"), Optional.empty()));

        assertEquals(Optional.of(Commitment.of(date("2026-03-20"), "ACME")), bothSaw);
        StoredCommitment samsPromise = saved(sams).saved().current();
        assertEquals(new CommitmentStale(Optional.of(Commitment.of(date("2026-03-27"), "Globex"))), evas);
        assertEquals(samsPromise, synced.load(OPS_12).orElseThrow().current());

        CommitmentOutcome evasAgain = service.set(new SetCommitmentCommand(PlatformScenario.platformTeam(),
                issueNow("OPS-12"), "eva", ((CommitmentStale) evas).current(), date("2026-04-03"),
                new Customer("Initech"), Optional.empty()));

        assertEquals("eva", saved(evasAgain).saved().current().author());
        assertEquals(Optional.of(samsPromise), saved(evasAgain).saved().previous());
    }

    @Test
    public void aSaveThatGetsInBetweenReadingAndWriting_makesThisOneStale_andThisOneSavesNothing() {
        StoredCommitment theirs = new StoredCommitment(OPS_30, Commitment.of(date("2026-03-27"), "Globex"),
                Optional.empty(), "kim", Instant.parse("2026-03-02T07:59:59Z"));
        // Another node saves just after this save has read the store.
        CommitmentStore racing = new CommitmentStore() {
            private boolean raced;

            @Override
            public Optional<SavedCommitment> load(IssueKey issue) {
                return store.load(issue);
            }

            @Override
            public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
                if (!raced) {
                    raced = true;
                    store.save(theirs, Optional.empty());
                }
                return store.save(commitment, replacing);
            }
        };

        CommitmentOutcome outcome = new SetCommitment(racing, new CheckPromise(world.snapshots), world.clock, () -> AllowedEmailDomains.ANY)
                .set(command(NEW_WORK, "2026-03-30", "ACME"));

        assertEquals(new CommitmentStale(Optional.of(theirs.commitment())), outcome);
        assertEquals(new SavedCommitment(theirs, Optional.empty()), store.load(OPS_30).orElseThrow());
    }

    @Test
    public void aStalePromise_isRefusedAsStaleBeforeItsDateIsJudged() {
        SetCommitmentCommand stale = new SetCommitmentCommand(PlatformScenario.platformTeam(), issueNow("OPS-12"), "sam",
                Optional.empty(), date("2026-03-01"), new Customer("ACME"), Optional.empty());

        assertEquals(new CommitmentStale(Optional.of(Commitment.of(date("2026-03-20"), "ACME"))), setCommitment.set(stale));
        assertEquals(Optional.empty(), store.load(OPS_12));
    }

    @Test
    public void theNoteAlone_doesNotMakeAPromiseStale_butTheCustomerDoes() {
        Optional<Commitment> current = Optional.of(Commitment.of(date("2026-03-20"), "ACME"));

        assertEquals(Optional.empty(), CommitmentStale.unlessSeen(Optional.of(Commitment.of(date("2026-03-20"), "ACME")),
                current));
        assertEquals(Optional.of(new CommitmentStale(current)),
                CommitmentStale.unlessSeen(Optional.of(Commitment.of(date("2026-03-20"), "ACME Benelux")), current));
        assertEquals(Optional.of(new CommitmentStale(current)),
                CommitmentStale.unlessSeen(Optional.of(Commitment.of(date("2026-03-20"), null)), current));
        assertEquals(Optional.of(new CommitmentStale(Optional.empty())),
                CommitmentStale.unlessSeen(current, Optional.empty()));
    }

    @Test
    public void dateBeforeToday_isRefused_andNothingSaved() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> setCommitment.set(command(NEW_WORK, "2026-03-01", "ACME")));

        assertEquals("commitment: must not be before today 2026-03-02, was 2026-03-01", error.getMessage());
        assertEquals("promisedesk.error.commitment.past", error.i18nKey());
        assertEquals(Optional.empty(), store.load(OPS_30));
    }

    @Test
    public void check_ofADateBeforeTheTeamsToday_isRefusedEvenWhileUtcIsStillThatDay() {
        // 00:30 on Tuesday in Amsterdam, 23:30 on Monday in UTC.
        world.clock.set("2026-03-02T23:30:00Z");

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> setCommitment.check(command(NEW_WORK, "2026-03-02", "ACME")));

        assertEquals("commitment: must not be before today 2026-03-03, was 2026-03-02", error.getMessage());
    }

    @Test
    public void workAlreadyDone_meetsAnyDate_withoutAskingTheTeam() {
        WorkItem done = aResolvedIssue("OPS-3").remaining(0).build();

        PromiseOutcome outcome = setCommitment.check(command(done, "2026-03-04", "ACME"));

        assertEquals(new Answered(new PromiseAnswer(Hours.ZERO, date("2026-03-04"), true,
                Optional.of(date("2026-03-04")))), outcome);
    }

    @Test
    public void teamNoLongerConfigured_isAnsweredAsUnknown() {
        SetCommitmentCommand command = new SetCommitmentCommand(aTeam().key("gone").withMember("anna", 40).build(),
                NEW_WORK, "sam", Optional.empty(), date("2026-03-30"), new Customer("ACME"), Optional.empty());

        assertEquals(new PromiseOutcome.UnknownTeam(command.team().key()), setCommitment.check(command));
    }

    @Test
    public void command_needsACustomer_andKeepsTheNoteShort() {
        InvalidValueException noCustomer = assertThrows(InvalidValueException.class,
                () -> new SetCommitmentCommand(PlatformScenario.platformTeam(), NEW_WORK, "sam", Optional.empty(),
                        date("2026-03-30"), null, Optional.empty()));
        InvalidValueException longNote = assertThrows(InvalidValueException.class,
                () -> new SetCommitmentCommand(PlatformScenario.platformTeam(), NEW_WORK, "sam", Optional.empty(),
                        date("2026-03-30"), new Customer("ACME"), Optional.of("x".repeat(StoredCommitment.MAX_NOTE + 1))));

        assertEquals("customer: is required", noCustomer.getMessage());
        assertEquals("note: must be at most 500 characters, was 501", longNote.getMessage());
    }

    @Test
    public void command_blankNote_isNoNote() {
        SetCommitmentCommand command = new SetCommitmentCommand(PlatformScenario.platformTeam(), NEW_WORK, "sam",
                Optional.empty(), date("2026-03-30"), new Customer("ACME"), Optional.of("   "));

        assertEquals(Optional.empty(), command.note());
    }

    /** A command from someone who saw the issue's commitment as it is. */
    private static SetCommitmentCommand command(WorkItem issue, String date, String customer) {
        return new SetCommitmentCommand(PlatformScenario.platformTeam(), issue, "sam", issue.commitment(), date(date),
                new Customer(customer), Optional.of("confirmed by phone"));
    }

    /** The issue as an adapter reads it now: from the team's work. */
    private WorkItem issueNow(String key) {
        return world.work.workOf(WorkloadWorld.PLATFORM).stream()
                .filter(item -> item.key().equals(IssueKey.parse(key))).findFirst().orElseThrow();
    }

    private static CommitmentSaved saved(CommitmentOutcome outcome) {
        if (outcome instanceof CommitmentSaved saved) {
            return saved;
        }
        throw new AssertionError("not saved: " + outcome);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
