package io.promisedesk.digest;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** A digest carries summaries only of its own issues, so a summary of an issue kept from its reader cannot slip in. */
public class DigestTest {
    private static final Instant AFTER = Instant.parse("2025-03-17T07:00:00Z");
    private static final Instant UP_TO = Instant.parse("2025-03-18T07:00:00Z");
    private static final List<DigestEntry> ON_OPS_1 = List.of(new DigestEntry(
            anEtaChange().on("OPS-1").at("2025-03-17T15:00:00Z").to("2025-03-25").build(), Optional.empty(),
            Optional.empty()));

    @Test
    public void aSummaryOfAnIssueOfTheDigest_isKept_andAnIssueWithoutOneHasNone() {
        Digest digest = new Digest("sam", DigestFrequency.DAILY, AFTER, UP_TO, ON_OPS_1,
                Map.of(IssueKey.parse("OPS-1"), "Fibre link"));

        assertEquals(Optional.of("Fibre link"), digest.summaryOf(IssueKey.parse("OPS-1")));
        assertEquals(Optional.empty(), new Digest("sam", DigestFrequency.DAILY, AFTER, UP_TO, ON_OPS_1)
                .summaryOf(IssueKey.parse("OPS-1")));
    }

    @Test
    public void aSummaryOfAnIssueNotInTheDigest_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Digest("sam", DigestFrequency.DAILY, AFTER, UP_TO,
                ON_OPS_1, Map.of(IssueKey.parse("OPS-9"), "Secret merger")));
    }

    @Test
    public void aBlankSummary_isRefused() {
        assertThrows(InvalidValueException.class, () -> new Digest("sam", DigestFrequency.DAILY, AFTER, UP_TO,
                ON_OPS_1, Map.of(IssueKey.parse("OPS-1"), " ")));
    }
}
