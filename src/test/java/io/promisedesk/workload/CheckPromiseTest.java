package io.promisedesk.workload;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.PromiseOutcome.Answered;
import io.promisedesk.workload.PromiseOutcome.UnknownTeam;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class CheckPromiseTest {
    private final WorkloadWorld world = new WorkloadWorld();
    private final CheckPromise checkPromise = new CheckPromise(world.snapshots);

    @Test
    public void scenario_24HoursByMarchFourth_isNotFeasibleAndEarliestOnMarchEighteenth() {
        PromiseOutcome outcome = checkPromise.check(PLATFORM, Hours.of(24), date("2026-03-04"));

        assertEquals(new Answered(new PromiseAnswer(Hours.of(24), date("2026-03-04"), false,
                Optional.of(date("2026-03-18")))), outcome);
    }

    @Test
    public void scenario_24HoursByMarchThirtieth_isFeasible() {
        PromiseOutcome outcome = checkPromise.check(PLATFORM, Hours.of(24), date("2026-03-30"));

        assertEquals(new Answered(new PromiseAnswer(Hours.of(24), date("2026-03-30"), true,
                Optional.of(date("2026-03-30")))), outcome);
    }

    @Test
    public void issueAlreadyCommitted_isNotCountedTwice_whenItsOwnDateIsChecked() {
        // 24 hours more by 18 March just fit the scenario; committed there, OPS-30 is that work.
        world.work.put(anIssue("OPS-30").remaining(24).committedTo("2026-03-18").build());

        PromiseOutcome ownDate = checkPromise.check(PLATFORM, IssueKey.parse("OPS-30"), Hours.of(24), date("2026-03-18"));
        PromiseOutcome asMoreWork = checkPromise.check(PLATFORM, Hours.of(24), date("2026-03-18"));

        assertEquals(new Answered(new PromiseAnswer(Hours.of(24), date("2026-03-18"), true,
                Optional.of(date("2026-03-18")))), ownDate);
        assertEquals(false, ((Answered) asMoreWork).answer().feasible());
    }

    @Test
    public void issueNotYetCommitted_isCheckedAsMoreWork() {
        PromiseOutcome outcome = checkPromise.check(PLATFORM, IssueKey.parse("OPS-30"), Hours.of(24), date("2026-03-04"));

        assertEquals(checkPromise.check(PLATFORM, Hours.of(24), date("2026-03-04")), outcome);
    }

    @Test
    public void severalQuestions_readTheTeamsWorkOnce() {
        checkPromise.check(PLATFORM, Hours.of(24), date("2026-03-04"));
        checkPromise.check(PLATFORM, Hours.of(24), date("2026-03-30"));

        assertEquals(1, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void wishedDateBeyondTheHorizon_isRefusedNamingTheLastDateAllowed() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> checkPromise.check(PLATFORM, Hours.of(24), date("+99999-01-01")));

        assertEquals("wished: must be on or before 2031-03-02, 5 years from today 2026-03-02, was +99999-01-01",
                error.getMessage());
        assertEquals("promisedesk.error.date.beyondHorizon", error.i18nKey());
    }

    @Test
    public void unknownTeam_isAnsweredAsUnknown() {
        TeamKey sales = new TeamKey("sales");

        PromiseOutcome outcome = checkPromise.check(sales, Hours.of(24), date("2026-03-30"));

        assertEquals(new UnknownTeam(sales), outcome);
    }

    @Test
    public void wishedDateBeforeTheTeamsToday_isRejectedEvenWhileUtcIsStillThatDay() {
        // 00:30 on Tuesday in Amsterdam, 23:30 on Monday in UTC.
        world.clock.set("2026-03-02T23:30:00Z");

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> checkPromise.check(PLATFORM, Hours.of(8), date("2026-03-02")));

        assertEquals("wished: must not be before today 2026-03-03, was 2026-03-02", error.getMessage());
        assertEquals("promisedesk.error.promise.past", error.i18nKey());
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
