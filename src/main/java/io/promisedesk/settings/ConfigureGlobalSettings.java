package io.promisedesk.settings;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.language.StatusPhraseMapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's use cases on the settings that are not per team: the status-to-phrase overrides, the sales groups and
 * the policies, each saved over the version its form was shown with and leaving the other parts as stored.
 */
public final class ConfigureGlobalSettings {
    private final GlobalSettingsStore store;
    private final JiraDirectoryNames names;
    private final Runnable changed;

    /** {@code changed} runs after every save, for whatever reads the settings to read them again. */
    public ConfigureGlobalSettings(GlobalSettingsStore store, JiraDirectoryNames names, Runnable changed) {
        this.store = Require.present(store, "store");
        this.names = Require.present(names, "names");
        this.changed = Require.present(changed, "changed");
    }

    public Versioned<GlobalSettings> current() {
        return store.load();
    }

    public GlobalChange savePhrases(PhraseForm form) {
        Require.present(form, "form");
        Optional<Long> expected = form.expectedVersion();
        if (expected.isEmpty()) {
            return unreadableVersion();
        }
        PhraseForm.Checked checked = form.check();
        if (checked.errors().isPresent()) {
            return new GlobalChange.Refused(checked.errors().get());
        }
        StatusPhraseMapping mapping = checked.mapping().orElseThrow();
        Versioned<GlobalSettings> read = store.load();
        if (read.version() != expected.get()) {
            return new GlobalChange.Conflict(read);
        }
        return save(read.value().withPhrases(mapping), expected.get());
    }

    public GlobalChange saveSalesGroups(SalesGroupsForm form) {
        Require.present(form, "form");
        Optional<Long> expected = form.expectedVersion();
        if (expected.isEmpty()) {
            return unreadableVersion();
        }
        Set<String> groups;
        try {
            groups = form.check(names);
        } catch (InvalidValueException invalid) {
            return new GlobalChange.Refused(new FormErrors(Map.of(SalesGroupsForm.GROUPS, Message.ofError(invalid))));
        }
        Versioned<GlobalSettings> read = store.load();
        if (read.version() != expected.get()) {
            return new GlobalChange.Conflict(read);
        }
        return save(read.value().withSalesGroups(groups), expected.get());
    }

    /** Saves the policies form over its version, leaving the phrases and groups as stored. */
    public GlobalChange savePolicies(PoliciesForm form) {
        Require.present(form, "form");
        Optional<Long> expected = form.expectedVersion();
        if (expected.isEmpty()) {
            return unreadableVersion();
        }
        Versioned<GlobalSettings> read = store.load();
        PoliciesForm.Checked checked = form.check(read.value());
        if (checked.errors().isPresent()) {
            return new GlobalChange.Refused(checked.errors().get());
        }
        if (read.version() != expected.get()) {
            return new GlobalChange.Conflict(read);
        }
        return save(read.value().withPoliciesOf(checked.settings().orElseThrow()), expected.get());
    }

    /**
     * Saves every part at once over the version all forms carry (a REST write replaces the whole settings; policies
     * not given stay as stored): every wrong row, an unknown group and every wrong policy are refused together, and
     * nothing is stored unless all parts are right.
     */
    public GlobalChange save(PhraseForm phrasesForm, SalesGroupsForm groupsForm, Optional<PoliciesForm> policiesForm) {
        Require.present(phrasesForm, "phrasesForm");
        Require.present(groupsForm, "groupsForm");
        Require.present(policiesForm, "policiesForm");
        Optional<Long> expected = phrasesForm.expectedVersion();
        if (expected.isEmpty() || !expected.equals(groupsForm.expectedVersion())
                || policiesForm.map(form -> !expected.equals(form.expectedVersion())).orElse(false)) {
            return unreadableVersion();
        }
        PhraseForm.Checked checked = phrasesForm.check();
        Map<String, Message> errors = new LinkedHashMap<>();
        checked.errors().ifPresent(refused -> errors.putAll(refused.byField()));
        Set<String> groups = Set.of();
        try {
            groups = groupsForm.check(names);
        } catch (InvalidValueException invalid) {
            errors.put(SalesGroupsForm.GROUPS, Message.ofError(invalid));
        }
        Versioned<GlobalSettings> read = store.load();
        Optional<PoliciesForm.Checked> policies = policiesForm.map(form -> form.check(read.value()));
        policies.flatMap(PoliciesForm.Checked::errors).ifPresent(refused -> errors.putAll(refused.byField()));
        if (!errors.isEmpty()) {
            return new GlobalChange.Refused(new FormErrors(errors));
        }
        if (read.version() != expected.get()) {
            return new GlobalChange.Conflict(read);
        }
        GlobalSettings policiesFrom = policies.flatMap(PoliciesForm.Checked::settings).orElse(read.value());
        return save(read.value().withPhrases(checked.mapping().orElseThrow()).withSalesGroups(groups)
                .withPoliciesOf(policiesFrom), expected.get());
    }

    /** The store checks the version again, so a save between our read and our write is still refused. */
    private GlobalChange save(GlobalSettings settings, long expected) {
        StoreOutcome<GlobalSettings> outcome = store.save(settings, expected);
        if (outcome instanceof StoreOutcome.Done<GlobalSettings> done) {
            changed.run();
            return new GlobalChange.Saved(done.stored());
        }
        return new GlobalChange.Conflict(((StoreOutcome.Conflict<GlobalSettings>) outcome).current());
    }

    private static GlobalChange unreadableVersion() {
        return new GlobalChange.Refused(new FormErrors(Map.of(FormErrors.FORM,
                Message.of("promisedesk.admin.error.version"))));
    }
}
