package io.promisedesk.workbench;

import io.promisedesk.commitment.Customer;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.AskForEtaCommand;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.team.Team;
import io.promisedesk.workload.IssueVerdict;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A few open ETA requests in every team's inbox, so that the inbox is not empty on first sight: asked through the
 * plugin's {@link AskForEta} at fixed times before the workbench's clock, for the team's committed issues with a known
 * customer, picked by their place in the earliest-deadline-first order. The same scenario gives the same requests.
 */
final class DemoEtaRequests {
    static final String REQUESTER = Role.SALESPERSON.label();

    /** Which of a team's customer-named commitments get asked about, how urgently, how long ago, with what question. */
    private record Seed(int position, Urgency urgency, Duration ago, Optional<String> question) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed(0, Urgency.TODAY, Duration.ofHours(3).plusMinutes(20),
                    Optional.of("The customer asks whether the on-site visit can be confirmed this week.")),
            new Seed(2, Urgency.THIS_WEEK, Duration.ofHours(26), Optional.empty()),
            new Seed(5, Urgency.NO_RUSH, Duration.ofHours(50),
                    Optional.of("For the quarterly review: is the date still realistic?")));

    private DemoEtaRequests() {
    }

    static void seed(WorkbenchWorld world) {
        for (Team team : world.teams()) {
            List<IssueVerdict> named = world.assessment(team.key()).map(assessment -> assessment.verdicts().stream()
                    .filter(verdict -> verdict.commitment().customerIfKnown().isPresent()).toList()).orElse(List.of());
            for (Seed seed : SEEDS) {
                if (seed.position() < named.size()) {
                    ask(world, team, named.get(seed.position()), seed);
                }
            }
        }
    }

    private static void ask(WorkbenchWorld world, Team team, IssueVerdict verdict, Seed seed) {
        Clock then = Clock.fixed(world.clock().instant().minus(seed.ago()), ZoneOffset.UTC);
        Customer customer = verdict.commitment().customerIfKnown().orElseThrow();
        new AskForEta(world.etaRequests(), then).ask(new AskForEtaCommand(verdict.item().key(), team.key(), REQUESTER,
                customer, seed.urgency(), seed.question(), Optional.of(verdict.commitmentDate())));
    }
}
