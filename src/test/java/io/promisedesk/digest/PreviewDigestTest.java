package io.promisedesk.digest;

import io.promisedesk.eta.EtaChange;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class PreviewDigestTest {
    // Tuesday 18 March 2025, 15:00 UTC; periods end at 07:00 UTC.
    private final DigestWorld world = new DigestWorld("2025-03-18T15:00:00Z")
            .committed("OPS-1", "sam", "2025-03-28");

    @Test
    public void withoutNews_thePreviewIsEmpty_andSaysWhenTheNextDigestWouldGo() {
        DigestPreview preview = world.preview().preview("sam");

        assertTrue(preview.digest().isEmpty());
        assertEquals(Instant.parse("2025-03-19T07:05:00Z"), preview.goesOutFrom());
    }

    @Test
    public void thePreview_showsTheNewsSinceTheLastDigestUntilNow() {
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        world.job().run(); // sends the 17th's change
        EtaChange today = world.etaMoved("OPS-1", "2025-03-18T12:00:00Z", "2025-03-25", "2025-03-27");

        DigestPreview preview = world.preview().preview("sam");

        assertEquals(List.of(today), preview.digest().entries().stream().map(DigestEntry::change).toList());
        assertEquals(Instant.parse("2025-03-18T07:00:00Z"), preview.digest().after());
        assertEquals(Instant.parse("2025-03-18T15:00:00Z"), preview.digest().upTo());
        assertEquals(Instant.parse("2025-03-19T07:05:00Z"), preview.goesOutFrom());
    }

    @Test
    public void aPeriodThatEndedButWasNotSentYet_goesOutWithTheJobsNextRun() {
        world.job().run(); // gives sam no mark: no news
        world.ledger.move("sam", java.util.Optional.empty(), Instant.parse("2025-03-17T07:00:00Z"));
        EtaChange change = world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");

        DigestPreview preview = world.preview().preview("sam");

        assertEquals(List.of(change), preview.digest().entries().stream().map(DigestEntry::change).toList());
        assertEquals(Instant.parse("2025-03-18T07:05:00Z"), preview.goesOutFrom());
    }

    @Test
    public void aWeeklyReadersPreview_goesOutOnMonday() {
        world.preferences.choose("sam", DigestFrequency.WEEKLY);

        DigestPreview preview = world.preview().preview("sam");

        assertEquals(DigestFrequency.WEEKLY, preview.digest().frequency());
        assertEquals(Instant.parse("2025-03-24T07:05:00Z"), preview.goesOutFrom());
        assertEquals(Instant.parse("2025-03-17T07:00:00Z"), preview.digest().after());
    }

    @Test
    public void thePreview_changesNothing() {
        world.etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");

        world.preview().preview("sam");

        assertEquals(List.of(), world.ledger.marks());
        assertEquals(1, world.job().run().sent());
    }

    @Test
    public void thePreview_leavesOutIssuesTheSalespersonMayNotBrowse_askingOncePerIssue() {
        world.committed("OPS-2", "sam", "2025-03-28").hiddenFrom("sam", "OPS-2");
        EtaChange seen = world.etaMoved("OPS-1", "2025-03-18T09:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-2", "2025-03-18T10:00:00Z", null, "2025-03-26");
        world.etaMoved("OPS-2", "2025-03-18T11:00:00Z", "2025-03-26", "2025-03-27");

        DigestPreview preview = world.preview().preview("sam");

        assertEquals(List.of(seen), preview.digest().entries().stream().map(DigestEntry::change).toList());
        assertEquals(List.of("sam OPS-1", "sam OPS-2"), world.browseQuestions.stream().sorted().toList());
    }

    @Test
    public void aPreviewOfOnlyHiddenNews_isEmpty() {
        world.hiddenFrom("sam", "OPS-1");
        world.etaMoved("OPS-1", "2025-03-18T09:00:00Z", null, "2025-03-25");

        assertTrue(world.preview().preview("sam").digest().isEmpty());
    }

    @Test
    public void thePreview_namesEachIssueByItsSummaryNow_readingNoneOfAHiddenIssue() {
        world.summarised("OPS-1", "Fibre link for the Delft office").summarised("OPS-2", "Secret merger")
                .committed("OPS-2", "sam", "2025-03-28").hiddenFrom("sam", "OPS-2");
        world.etaMoved("OPS-1", "2025-03-18T09:00:00Z", null, "2025-03-25");
        world.etaMoved("OPS-1", "2025-03-18T10:00:00Z", "2025-03-25", "2025-03-26");
        world.etaMoved("OPS-2", "2025-03-18T10:00:00Z", null, "2025-03-26");

        Digest digest = world.preview().preview("sam").digest();

        assertEquals(Map.of(IssueKey.parse("OPS-1"), "Fibre link for the Delft office"),
                digest.summaries());
        assertEquals(List.of("OPS-1"), world.summaryReads);
    }
}
