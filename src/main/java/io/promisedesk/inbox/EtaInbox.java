package io.promisedesk.inbox;

import io.promisedesk.common.Require;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.TeamKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A team's ETA requests at one moment: the open ones in the order technicians should answer them in one sitting,
 * and how long sales waited.
 */
public final class EtaInbox {
    /** Urgency, then the date promised to the customer (none last), then the longest waiting, then issue key. */
    static final Comparator<EtaRequest> MOST_PRESSING_FIRST = Comparator
            .comparing(EtaRequest::urgency)
            .thenComparing((EtaRequest request) -> request.commitmentDate().orElse(null),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(EtaRequest::askedAt)
            .thenComparing(EtaRequest::issue);

    private final TeamKey team;
    private final Instant asOf;
    private final List<EtaRequest> open;
    private final List<EtaRequest> answered;

    private EtaInbox(TeamKey team, Instant asOf, List<EtaRequest> open, List<EtaRequest> answered) {
        this.team = team;
        this.asOf = asOf;
        this.open = open;
        this.answered = answered;
    }

    /** The inbox of {@code team} from its open and answered requests, as of the clock's instant. */
    public static EtaInbox of(TeamKey team, Collection<EtaRequest> requests, Clock clock) {
        Require.present(team, "team");
        Require.present(requests, "requests");
        Instant asOf = Require.present(clock, "clock").instant();
        for (EtaRequest request : requests) {
            if (!Require.present(request, "requests").team().equals(team)) {
                throw new InvalidValueException("team", "promisedesk.inbox.error.otherTeam",
                        "must be " + team + ", request " + request.id() + " is for team " + request.team(),
                        team.value(), request.id().value(), request.team().value());
            }
        }
        List<EtaRequest> open = requests.stream().filter(EtaRequest::isOpen).sorted(MOST_PRESSING_FIRST).toList();
        List<EtaRequest> answered = requests.stream().filter(request -> !request.isOpen())
                .sorted(Comparator.comparing((EtaRequest request) -> request.answeredAt().orElseThrow())
                        .thenComparing(EtaRequest::issue))
                .toList();
        return new EtaInbox(team, asOf, open, answered);
    }

    public TeamKey team() {
        return team;
    }

    /** The moment waiting times are measured to. */
    public Instant asOf() {
        return asOf;
    }

    /** The requests still waiting, most pressing first. */
    public List<EtaRequest> open() {
        return open;
    }

    /** The answered requests, earliest answer first. */
    public List<EtaRequest> answered() {
        return answered;
    }

    /** How long sales has waited, or waited, for this request's answer. */
    public Duration waitOf(EtaRequest request) {
        return request.waitAsOf(asOf);
    }

    /** The median time from asking to answer; the mean of the middle two for an even count; empty when none. */
    public Optional<Duration> medianWaitOfAnswered() {
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> waits = answered.stream().map(this::waitOf).sorted().toList();
        int middle = waits.size() / 2;
        if (waits.size() % 2 == 1) {
            return Optional.of(waits.get(middle));
        }
        return Optional.of(waits.get(middle - 1).plus(waits.get(middle)).dividedBy(2));
    }
}
