package io.promisedesk.inbox;

import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.AskForEtaCommandBuilder.anEtaAsk;
import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.UpdateEtaCommandBuilder.anEtaUpdate;
import static org.junit.Assert.assertEquals;

public class AnswerEtaRequestsTest {
    private static final TeamKey PLATFORM = new TeamKey("platform");

    private final InMemoryEtaRequestStore store = new InMemoryEtaRequestStore();
    private final AnswerEtaRequests answerEtaRequests = new AnswerEtaRequests(store);

    @Test
    public void settingTheEta_answersEveryAskOnThatIssueAndNoOther() {
        askAt("2025-03-03T09:00:00Z", "OPS-1", "sam");
        askAt("2025-03-03T10:00:00Z", "OPS-1", "kim");
        askAt("2025-03-03T10:30:00Z", "OPS-2", "sam");
        EtaChange change = anEtaChange().on("OPS-1").by("anna").at("2025-03-03T11:00:00Z").to("2025-03-14").build();

        Optional<EtaRequest> answered = answerEtaRequests.answer(change);

        assertEquals(Optional.of(change), answered.orElseThrow().answer());
        assertEquals(List.of("sam", "kim"), answered.orElseThrow().requesters());
        assertEquals(Optional.empty(), store.openRequestOn(IssueKey.parse("OPS-1")));
        assertEquals(List.of(IssueKey.parse("OPS-2")),
                store.openRequestsOf(PLATFORM).stream().map(EtaRequest::issue).toList());
    }

    @Test
    public void settingTheEtaWithoutAnyoneAsking_answersNothing() {
        Optional<EtaRequest> answered = answerEtaRequests.answer(anEtaChange().on("OPS-1").build());

        assertEquals(Optional.empty(), answered);
    }

    @Test
    public void requestFirstAskedAfterTheChange_staysOpen() {
        askAt("2025-03-03T12:00:00Z", "OPS-1", "sam");

        Optional<EtaRequest> answered = answerEtaRequests.answer(
                anEtaChange().on("OPS-1").at("2025-03-03T11:00:00Z").build());

        assertEquals(Optional.empty(), answered);
        assertEquals(1, store.openRequestsOf(PLATFORM).size());
    }

    @Test
    public void anAcceptedEtaUpdate_answersTheRequestAndSalesSeesTheWait() {
        askAt("2025-03-03T09:00:00Z", "OPS-1", "sam");
        Clock noon = Clock.fixed(Instant.parse("2025-03-03T12:00:00Z"), ZoneOffset.UTC);
        EtaUpdateOutcome outcome = new UpdateEta(new InMemoryEtaHistoryStore(), noon)
                .update(anEtaUpdate().on("OPS-1").to("2025-03-14").build());

        answerEtaRequests.answer(((EtaUpdateOutcome.Accepted) outcome).change());

        EtaInbox inbox = new ShowEtaInbox(store, noon, Duration.ofDays(30)).show(PLATFORM);
        assertEquals(List.of(), inbox.open());
        assertEquals(Optional.of(Duration.ofHours(3)), inbox.medianWaitOfAnswered());
    }

    private void askAt(String instant, String issue, String requester) {
        new AskForEta(store, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
                .ask(anEtaAsk(issue).by(requester).build());
    }
}
