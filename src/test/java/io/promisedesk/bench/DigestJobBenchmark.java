package io.promisedesk.bench;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestRun;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.InMemoryDigestLedger;
import io.promisedesk.digest.InMemoryDigestPreferenceStore;
import io.promisedesk.digest.Recipient;
import io.promisedesk.digest.SendDigests;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.inbox.AnswerEtaRequests;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.AskForEtaCommand;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One run of the digest job ({@link SendDigests#run}) over in-memory stores, the domain's share of the job without
 * the database and the mail queue: {@value #SALESPEOPLE} salespeople, {@value #COMMITTED_ISSUES} committed issues,
 * a week of {@value #CHANGES_PER_DAY} ETA changes a day, one in ten answering a request. {@code daily}: every
 * salesperson gets the last day's digest; {@code weekly}: every salesperson gets the week's. Each operation starts
 * from an empty ledger, so every digest is composed and handed over (to a sender that only counts). Every salesperson
 * may browse every issue: the run still asks once per salesperson and issue, but Jira's own permission check is not
 * part of what is measured; likewise each issue's summary comes from a map, read once per issue and run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class DigestJobBenchmark {
    static final int SALESPEOPLE = 500;
    static final int COMMITTED_ISSUES = 50_000;
    static final int CHANGES_PER_DAY = 3_000;
    /** Monday 24 March 2025, 07:05 UTC: the daily and the weekly period have both just ended. */
    private static final Instant NOW = Instant.parse("2025-03-24T07:05:00Z");

    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    private final InMemoryEtaHistoryStore etas = new InMemoryEtaHistoryStore();
    private final InMemoryEtaRequestStore requests = new InMemoryEtaRequestStore();
    private final InMemoryDigestPreferenceStore dailyReaders = new InMemoryDigestPreferenceStore();
    private final InMemoryDigestPreferenceStore weeklyReaders = new InMemoryDigestPreferenceStore();
    private final Map<IssueKey, String> summaries = new HashMap<>();

    @Setup
    public void aWeekOfChanges() {
        Random random = new Random(RealisticWorkload.SEED);
        for (int i = 1; i <= COMMITTED_ISSUES; i++) {
            String salesperson = salesperson(random.nextInt(SALESPEOPLE));
            summaries.put(IssueKey.parse("OPS-" + i), "Fibre link for office " + i);
            commitments.save(new StoredCommitment(IssueKey.parse("OPS-" + i),
                    Commitment.of(LocalDate.parse("2025-05-01"), "Customer " + random.nextInt(200)), Optional.empty(),
                    salesperson, Instant.parse("2025-01-01T00:00:00Z")), Optional.empty());
        }
        for (int s = 0; s < SALESPEOPLE; s++) {
            weeklyReaders.choose(salesperson(s), DigestFrequency.WEEKLY);
        }
        Map<IssueKey, LocalDate> currentEta = new HashMap<>();
        Instant start = NOW.minus(Duration.ofDays(7)).minus(Duration.ofMinutes(5));
        long step = Duration.ofDays(7).toMillis() / (CHANGES_PER_DAY * 7L);
        for (int c = 0; c < CHANGES_PER_DAY * 7; c++) {
            IssueKey issue = IssueKey.parse("OPS-" + (1 + random.nextInt(COMMITTED_ISSUES)));
            Instant when = start.plusMillis(step * c + 1);
            Optional<LocalDate> old = Optional.ofNullable(currentEta.get(issue));
            LocalDate next = old.orElse(LocalDate.parse("2025-04-01")).plusDays(1 + random.nextInt(5));
            boolean answersARequest = random.nextInt(10) == 0;
            if (answersARequest && requests.openRequestOn(issue).isEmpty()) {
                new AskForEta(requests, Clock.fixed(when.minusSeconds(60), ZoneOffset.UTC)).ask(new AskForEtaCommand(
                        issue, new TeamKey("platform"), salesperson(random.nextInt(SALESPEOPLE)), new Customer("Customer 1"),
                        Urgency.THIS_WEEK, Optional.empty(), Optional.empty()));
            }
            EtaChange change = new EtaChange(issue, "anna", when, old, next,
                    old.isPresent() ? Optional.of("more work found") : Optional.empty());
            if (!etas.save(change)) {
                throw new IllegalStateException("lost the ETA of " + issue);
            }
            new AnswerEtaRequests(requests).answer(change);
            currentEta.put(issue, next);
        }
        DigestRun check = run(dailyReaders, new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
        if (check.sent() < SALESPEOPLE / 2) {
            throw new IllegalStateException("only " + check.sent() + " daily digests in the set-up");
        }
    }

    @Benchmark
    public DigestRun daily(Blackhole mails) {
        return run(dailyReaders, mails);
    }

    @Benchmark
    public DigestRun weekly(Blackhole mails) {
        return run(weeklyReaders, mails);
    }

    private DigestRun run(InMemoryDigestPreferenceStore preferences, Blackhole mails) {
        SendDigests job = new SendDigests(etas, requests, commitments, preferences, new InMemoryDigestLedger(),
                user -> Optional.of(new Recipient(user, user, user + "@example.com", Locale.ENGLISH)),
                (user, issue) -> true, issue -> Optional.ofNullable(summaries.get(issue)),
                (recipient, digest) -> mails.consume(digest.entries().size()),
                DigestSchedule.in(ZoneOffset.UTC), Clock.fixed(NOW, ZoneOffset.UTC));
        return job.run();
    }

    private static String salesperson(int number) {
        return "sales" + number;
    }
}
