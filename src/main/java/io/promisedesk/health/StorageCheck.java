package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;

import java.util.ArrayList;
import java.util.List;

/** Each of the plugin's tables can be read, and written inside a transaction that is rolled back. */
public final class StorageCheck implements HealthCheck {
    private final StorageProbe probe;

    public StorageCheck(StorageProbe probe) {
        this.probe = Require.present(probe, "probe");
    }

    @Override
    public Area area() {
        return Area.STORAGE;
    }

    @Override
    public List<Finding> run() {
        List<StorageProbe.Table> tables = probe.tables();
        List<Finding> problems = new ArrayList<>();
        for (StorageProbe.Table table : tables) {
            table.readProblem().ifPresent(problem -> problems.add(Finding.red(
                    Message.of("promisedesk.health.storage.unreadable", table.name(), problem),
                    Message.of("promisedesk.health.storage.advice")).withDetail(table.name())));
            switch (table.write()) {
                case FAILED -> problems.add(Finding.red(Message.of("promisedesk.health.storage.unwritable", table.name(),
                        table.writeProblem().orElse("?")), Message.of("promisedesk.health.storage.advice"))
                        .withDetail(table.name()));
                case KEPT_THEN_DELETED -> problems.add(Finding.red(
                        Message.of("promisedesk.health.storage.notRolledBack", table.name()),
                        Message.of("promisedesk.health.storage.notRolledBack.advice")).withDetail(table.name()));
                case KEPT -> problems.add(Finding.red(Message.of("promisedesk.health.storage.leftBehind", table.name(),
                        table.writeProblem().orElse("?")), Message.of("promisedesk.health.storage.leftBehind.advice",
                        table.name())).withDetail(table.name()));
                case ROLLED_BACK, NOT_TRIED -> {
                    // Nothing to report on its own: the summary below counts it.
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        boolean written = tables.stream().anyMatch(table -> table.write() == StorageProbe.Write.ROLLED_BACK);
        return List.of(Finding.green(Message.of(written ? "promisedesk.health.storage.ok"
                : "promisedesk.health.storage.readOnly", tables.size())));
    }
}
