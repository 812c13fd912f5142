package io.promisedesk.inbox;

import io.promisedesk.commitment.Customer;
import io.promisedesk.inbox.Asked.Joined;
import io.promisedesk.inbox.Asked.Opened;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.promisedesk.fixtures.AskForEtaCommandBuilder.anEtaAsk;
import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;

public class AskForEtaTest {
    private static final IssueKey OPS_1 = IssueKey.parse("OPS-1");
    private static final TeamKey PLATFORM = new TeamKey("platform");

    private final InMemoryEtaRequestStore store = new InMemoryEtaRequestStore();

    @Test
    public void firstAsk_opensARequestInTheTeamsInbox() {
        Asked asked = askAt("2025-03-03T09:00:00Z").ask(anEtaAsk("OPS-1").by("sam").forCustomer("ACME")
                .urgency(Urgency.THIS_WEEK).asking("Before the audit?").committedTo("2025-03-14").build());

        EtaRequest expected = EtaRequest.open(new EtaRequestId(1), OPS_1, PLATFORM,
                Optional.of(LocalDate.parse("2025-03-14")), new Ask("sam", new Customer("ACME"), Urgency.THIS_WEEK,
                        Optional.of("Before the audit?"), Instant.parse("2025-03-03T09:00:00Z")));
        assertEquals(new Opened(expected), asked);
        assertEquals(List.of(expected), store.openRequestsOf(PLATFORM));
    }

    @Test
    public void askingAgainWhileOpen_joinsTheOpenRequestInsteadOfOpeningASecond() {
        askAt("2025-03-03T09:00:00Z").ask(anEtaAsk("OPS-1").by("sam").urgency(Urgency.NO_RUSH)
                .asking("Before the audit?").build());

        Asked asked = askAt("2025-03-04T14:00:00Z").ask(anEtaAsk("OPS-1").by("kim").forCustomer("Globex")
                .urgency(Urgency.TODAY).asking("Customer is calling at 4").build());

        EtaRequest request = asked.request();
        assertEquals(Joined.class, asked.getClass());
        assertEquals(List.of(request), store.openRequestsOf(PLATFORM));
        assertEquals(new EtaRequestId(1), request.id());
        assertEquals(Instant.parse("2025-03-03T09:00:00Z"), request.askedAt());
        assertEquals(Urgency.TODAY, request.urgency());
        assertEquals(List.of("sam", "kim"), request.requesters());
        assertEquals(List.of("Before the audit?", "Customer is calling at 4"), request.questions());
    }

    @Test
    public void askingOnAnotherIssue_opensAnotherRequest() {
        askAt("2025-03-03T09:00:00Z").ask(anEtaAsk("OPS-1").build());

        Asked asked = askAt("2025-03-03T10:00:00Z").ask(anEtaAsk("OPS-2").build());

        assertEquals(Opened.class, asked.getClass());
        assertEquals(new EtaRequestId(2), asked.request().id());
        assertEquals(2, store.openRequestsOf(PLATFORM).size());
    }

    @Test
    public void askingAfterTheAnswer_opensANewRequest() {
        askAt("2025-03-03T09:00:00Z").ask(anEtaAsk("OPS-1").build());
        new AnswerEtaRequests(store).answer(anEtaChange().on("OPS-1").at("2025-03-03T10:00:00Z").build());

        Asked asked = askAt("2025-03-05T09:00:00Z").ask(anEtaAsk("OPS-1").by("kim").build());

        assertEquals(Opened.class, asked.getClass());
        assertEquals(new EtaRequestId(2), asked.request().id());
        assertEquals(List.of("kim"), asked.request().requesters());
    }

    @Test
    public void concurrentAsksOnOneIssue_endInOneRequestHoldingThemAll() throws Exception {
        int salespeople = 8;
        AskForEta askForEta = askAt("2025-03-03T09:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(salespeople);
        List<Asked> outcomes = new ArrayList<>();
        try {
            List<Future<Asked>> futures = new ArrayList<>();
            for (int i = 0; i < salespeople; i++) {
                String requester = "sales" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return askForEta.ask(anEtaAsk("OPS-1").by(requester).build());
                }));
            }
            start.countDown();
            for (Future<Asked> future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, outcomes.stream().filter(Opened.class::isInstance).count());
        assertEquals(1, store.openRequestsOf(PLATFORM).size());
        assertEquals(salespeople, store.openRequestOn(OPS_1).orElseThrow().requesters().size());
    }

    private AskForEta askAt(String instant) {
        return new AskForEta(store, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
