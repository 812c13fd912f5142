package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.common.Require;
import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.Versioned;
import io.promisedesk.statuslink.StatusLinkPolicy;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps the {@link GlobalSettings} in Active Objects: one {@link GlobalSettingsEntity} row with the version and the
 * single-valued policies, a row per phrase override, per sales group and per allowed e-mail domain. Nothing stored means
 * the defaults at version 1.
 */
public final class AoGlobalSettingsStore implements GlobalSettingsStore {
    static final String SCOPE = "global";
    private static final String BY_SCOPE_AND_VERSION =
            GlobalSettingsEntity.SETTINGS_SCOPE + " = ? AND " + GlobalSettingsEntity.SETTINGS_VERSION + " = ?";

    private final ActiveObjects ao;

    public AoGlobalSettingsStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Versioned<GlobalSettings> load() {
        return ao.executeInTransaction(this::stored);
    }

    private Versioned<GlobalSettings> stored() {
        return Rows.consistently(this::read, () -> row().map(GlobalSettingsEntity::getSettingsVersion));
    }

    @Override
    public StoreOutcome<GlobalSettings> save(GlobalSettings settings, long expectedVersion) {
        Require.present(settings, "settings");
        try {
            return ao.executeInTransaction(() -> {
                Versioned<GlobalSettings> stored = stored();
                if (stored.version() != expectedVersion) {
                    return new StoreOutcome.Conflict<>(stored);
                }
                if (row().isPresent()) {
                    if (ao.deleteWithSQL(GlobalSettingsEntity.class, BY_SCOPE_AND_VERSION, SCOPE,
                            expectedVersion) != 1) {
                        throw new ConcurrentWrite();
                    }
                    // Every row of these tables belongs to the one settings row: null criteria delete all.
                    ao.deleteWithSQL(StatusPhraseEntity.class, null);
                    ao.deleteWithSQL(SalesGroupEntity.class, null);
                    ao.deleteWithSQL(EmailDomainEntity.class, null);
                }
                insert(settings, expectedVersion + 1);
                return new StoreOutcome.Done<>(new Versioned<>(settings, expectedVersion + 1));
            });
        } catch (RuntimeException failure) {
            // Another admin saved first: the delete found no row of this version, or the unique scope refused a
            // second first save.
            Versioned<GlobalSettings> stored = load();
            if (stored.version() != expectedVersion) {
                return new StoreOutcome.Conflict<>(stored);
            }
            throw failure;
        }
    }

    private Optional<GlobalSettingsEntity> row() {
        return Rows.where(ao, GlobalSettingsEntity.class, GlobalSettingsEntity.SETTINGS_SCOPE + " = ?", SCOPE)
                .stream().findFirst();
    }

    private Versioned<GlobalSettings> read() {
        Optional<GlobalSettingsEntity> row = row();
        if (row.isEmpty()) {
            return new Versioned<>(GlobalSettings.DEFAULTS, 1);
        }
        StatusPhraseMapping phrases = StatusPhraseMapping.defaults();
        for (StatusPhraseEntity override : Rows.all(ao, StatusPhraseEntity.class)) {
            phrases = phrases.withOverride(override.getStatusName(), BusinessPhrase.valueOf(override.getPhrase()));
        }
        Set<String> salesGroups = Rows.all(ao, SalesGroupEntity.class).stream()
                .map(SalesGroupEntity::getGroupName)
                .collect(Collectors.toSet());
        Set<String> domains = Rows.all(ao, EmailDomainEntity.class).stream()
                .map(EmailDomainEntity::getDomainName)
                .collect(Collectors.toSet());
        GlobalSettingsEntity stored = row.get();
        GlobalSettings defaults = GlobalSettings.DEFAULTS;
        Duration wait = Optional.ofNullable(stored.getSnapshotWaitMinutes()).map(Duration::ofMinutes)
                .orElse(defaults.snapshotWaitBound());
        StatusLinkPolicy links = new StatusLinkPolicy(
                Optional.ofNullable(stored.getStatusLinksEnabled()).orElse(defaults.statusLinks().enabled()),
                Optional.ofNullable(stored.getStatusLinkMaxDays()).orElse(defaults.statusLinks().longestLifetimeDays()));
        return new Versioned<>(new GlobalSettings(phrases, salesGroups, wait, links, new AllowedEmailDomains(domains)),
                stored.getSettingsVersion());
    }

    private void insert(GlobalSettings settings, long version) {
        ao.create(GlobalSettingsEntity.class, columns(
                GlobalSettingsEntity.SETTINGS_SCOPE, SCOPE,
                GlobalSettingsEntity.SETTINGS_VERSION, version,
                GlobalSettingsEntity.SNAPSHOT_WAIT_MINUTES, Math.toIntExact(settings.snapshotWaitBound().toMinutes()),
                GlobalSettingsEntity.STATUS_LINKS_ENABLED, settings.statusLinks().enabled(),
                GlobalSettingsEntity.STATUS_LINK_MAX_DAYS, settings.statusLinks().longestLifetimeDays()));
        for (Map.Entry<String, BusinessPhrase> override : settings.phrases().overrides().entrySet()) {
            ao.create(StatusPhraseEntity.class, columns(
                    StatusPhraseEntity.STATUS_NAME, override.getKey(),
                    StatusPhraseEntity.PHRASE, override.getValue().name()));
        }
        for (String group : settings.salesGroups()) {
            ao.create(SalesGroupEntity.class, columns(SalesGroupEntity.GROUP_NAME, group));
        }
        for (String domain : settings.allowedEmailDomains().domains()) {
            ao.create(EmailDomainEntity.class, columns(EmailDomainEntity.DOMAIN_NAME, domain));
        }
    }
}
