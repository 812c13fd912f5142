package io.promisedesk.jira.health;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.common.Require;
import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.health.StorageProbe;
import io.promisedesk.jira.store.CommitmentEntity;
import io.promisedesk.jira.store.DigestMarkEntity;
import io.promisedesk.jira.store.DigestPreferenceEntity;
import io.promisedesk.jira.store.EmailDomainEntity;
import io.promisedesk.jira.store.EtaChangeEntity;
import io.promisedesk.jira.store.EtaRequestAskEntity;
import io.promisedesk.jira.store.EtaRequestEntity;
import io.promisedesk.jira.store.EtaRequestNumberEntity;
import io.promisedesk.jira.store.GlobalSettingsEntity;
import io.promisedesk.jira.store.SalesGroupEntity;
import io.promisedesk.jira.store.StatusLinkEntity;
import io.promisedesk.jira.store.StatusPhraseEntity;
import io.promisedesk.jira.store.TeamAbsenceEntity;
import io.promisedesk.jira.store.TeamDayOffEntity;
import io.promisedesk.jira.store.TeamEntity;
import io.promisedesk.jira.store.TeamMemberEntity;
import io.promisedesk.jira.store.TeamProjectEntity;
import io.promisedesk.jira.store.UnsubscribeTokenEntity;
import io.promisedesk.jira.store.UnsubscribedAddressEntity;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.schema.NotNull;

import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tries each table of the descriptor's {@code <ao>} module through Active Objects: a count, and a test row (every
 * required column set, texts marked {@value #MARK}) created inside a transaction that the probe then fails on purpose.
 * Afterwards the row must be gone; a row the rollback left behind is deleted again and reported.
 */
public final class AoStorageProbe implements StorageProbe {
    /** Every entity of the descriptor's {@code <ao>} module, in its order (JiraHealthProbesTest compares them). */
    static final List<Class<? extends Entity>> ENTITIES = List.of(EtaChangeEntity.class, EtaRequestEntity.class,
            EtaRequestAskEntity.class, EtaRequestNumberEntity.class, TeamEntity.class, TeamMemberEntity.class,
            TeamAbsenceEntity.class, TeamDayOffEntity.class, TeamProjectEntity.class, GlobalSettingsEntity.class,
            StatusPhraseEntity.class, SalesGroupEntity.class, EmailDomainEntity.class, CommitmentEntity.class,
            DigestPreferenceEntity.class, DigestMarkEntity.class, StatusLinkEntity.class, UnsubscribeTokenEntity.class,
            UnsubscribedAddressEntity.class);
    /** How every text of a test row starts, so that one left behind can be told from real data. */
    static final String MARK = "promisedesk-health-check";

    private final ActiveObjects ao;
    private final SecureRandom random = new SecureRandom();

    public AoStorageProbe(ActiveObjects ao) {
        this.ao = Require.present(ao, "ao");
    }

    @Override
    public List<Table> tables() {
        return ENTITIES.stream().map(this::probe).toList();
    }

    private <E extends Entity> Table probe(Class<E> entity) {
        String name = entity.getAnnotation(net.java.ao.schema.Table.class).value();
        Optional<String> readProblem;
        try {
            ao.count(entity);
            readProblem = Optional.empty();
        } catch (RuntimeException failure) {
            readProblem = Optional.of(RunHealthChecks.summary(failure));
        }
        return write(entity, name, readProblem);
    }

    private <E extends Entity> Table write(Class<E> entity, String name, Optional<String> readProblem) {
        int[] written = {-1};
        try {
            ao.executeInTransaction(() -> {
                written[0] = ao.create(entity, testRow(entity, token())).getID();
                throw new RollBack();
            });
        } catch (RuntimeException thrown) {
            if (!rolledBackOnPurpose(thrown)) {
                return new Table(name, readProblem, Write.FAILED, Optional.of(RunHealthChecks.summary(thrown)));
            }
        }
        try {
            if (ao.find(entity, Query.select().where("ID = ?", written[0])).length == 0) {
                return new Table(name, readProblem, Write.ROLLED_BACK, Optional.empty());
            }
            ao.executeInTransaction(() -> ao.deleteWithSQL(entity, "ID = ?", written[0]));
            return new Table(name, readProblem, Write.KEPT_THEN_DELETED, Optional.empty());
        } catch (RuntimeException failure) {
            return new Table(name, readProblem, Write.KEPT, Optional.of(RunHealthChecks.summary(failure)));
        }
    }

    /**
     * A row the table accepts: every {@code @NotNull} column (named from its getter as Active Objects names it,
     * {@code getTeamKey} is {@code TEAM_KEY}) set, texts to the mark and {@code token} (so unique columns stay unique),
     * numbers to 0, booleans to false; the entities have no other types.
     */
    static Map<String, Object> testRow(Class<? extends Entity> entity, String token) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Method getter : entity.getDeclaredMethods()) {
            if (!getter.isAnnotationPresent(NotNull.class) || !getter.getName().startsWith("get")) {
                continue;
            }
            String column = column(getter.getName().substring("get".length()));
            Class<?> type = getter.getReturnType();
            if (type == String.class) {
                row.put(column, MARK + "-" + token);
            } else if (type == long.class) {
                row.put(column, 0L);
            } else if (type == int.class) {
                row.put(column, 0);
            } else if (type == boolean.class) {
                row.put(column, false);
            } else {
                throw new IllegalStateException(entity.getSimpleName() + "." + column + " is a " + type.getName()
                        + ", which the health check cannot fill");
            }
        }
        return row;
    }

    /** {@code TeamKey} is {@code TEAM_KEY}: an underscore before each capital that follows a small letter or digit. */
    static String column(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private String token() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean rolledBackOnPurpose(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RollBack) {
                return true;
            }
        }
        return false;
    }

    /** Thrown inside the transaction to have it rolled back; never leaves this class. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RollBack() {
            super("the health check rolls its test row back", null, false, false);
        }
    }
}
