package io.promisedesk.health;

import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class StorageCheckTest {
    private static StorageProbe.Table table(String name, Optional<String> readProblem, StorageProbe.Write write,
                                            Optional<String> writeProblem) {
        return new StorageProbe.Table(name, readProblem, write, writeProblem);
    }

    private static StorageProbe.Table fine(String name) {
        return table(name, Optional.empty(), StorageProbe.Write.ROLLED_BACK, Optional.empty());
    }

    @Test
    public void everyTableReadAndWrittenAndRolledBack_isOneGreenLine() {
        List<String> found = Findings.read(new StorageCheck(() -> List.of(fine("TEAM"), fine("ETA_CHANGE"))).run());

        assertEquals(List.of("GREEN All 2 tables can be read, and written inside a transaction that is rolled back."),
                found);
    }

    @Test
    public void aHostWithoutDatabase_readsOnly() {
        List<String> found = Findings.read(new StorageCheck(() -> List.of(table("Team settings", Optional.empty(),
                StorageProbe.Write.NOT_TRIED, Optional.empty()))).run());

        assertEquals(List.of("GREEN All 1 stores can be read; this host has no database to write a test row to."), found);
    }

    @Test
    public void eachBrokenTable_isARedLine_namingTheTableAndWhy() {
        List<Finding> findings = new StorageCheck(() -> List.of(fine("TEAM"),
                table("ETA_CHANGE", Optional.of("relation \"AO_8D0B62_ETA_CHANGE\" does not exist"),
                        StorageProbe.Write.FAILED, Optional.of("relation \"AO_8D0B62_ETA_CHANGE\" does not exist")),
                table("COMMITMENT", Optional.empty(), StorageProbe.Write.KEPT_THEN_DELETED, Optional.empty()),
                table("DIGEST_MARK", Optional.empty(), StorageProbe.Write.KEPT, Optional.of("connection closed"))))
                .run();

        assertEquals(List.of(
                "RED Table ETA_CHANGE cannot be read: relation \"AO_8D0B62_ETA_CHANGE\" does not exist",
                "RED Table ETA_CHANGE cannot be written: relation \"AO_8D0B62_ETA_CHANGE\" does not exist",
                "RED A test row written to COMMITMENT inside a transaction was still there after the rollback; it has"
                        + " been deleted again.",
                "RED A test row written to DIGEST_MARK was still there after the rollback, and deleting it failed:"
                        + " connection closed"), Findings.read(findings));
        assertEquals(Optional.of("ETA_CHANGE"), findings.get(0).detail());
        assertEquals("Ask your database administrator to delete the row of DIGEST_MARK whose text columns start with"
                + " promisedesk-health-check, then check Jira’s database settings.", Findings.advice(findings.get(3)));
    }
}
