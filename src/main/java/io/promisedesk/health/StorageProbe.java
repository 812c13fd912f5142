package io.promisedesk.health;

import io.promisedesk.common.Require;

import java.util.List;
import java.util.Optional;

/** The port that tries each of the plugin's tables: a read, and a write inside a transaction that is rolled back. */
public interface StorageProbe {

    List<Table> tables();

    /** How the write of a test row came out. */
    enum Write {
        /** Written, then gone with the rolled-back transaction. */
        ROLLED_BACK,
        /** Still there after the rollback, and deleted again. */
        KEPT_THEN_DELETED,
        /** Still there after the rollback, and could not be deleted. */
        KEPT,
        /** The write itself failed. */
        FAILED,
        /** Not tried: a host without a database (the workbench). */
        NOT_TRIED
    }

    /** One table: its name, why it could not be read (empty when it could), the write's outcome and why it failed. */
    record Table(String name, Optional<String> readProblem, Write write, Optional<String> writeProblem) {
        public Table {
            Require.present(name, "name");
            Require.present(readProblem, "readProblem");
            Require.present(write, "write");
            Require.present(writeProblem, "writeProblem");
        }
    }
}
