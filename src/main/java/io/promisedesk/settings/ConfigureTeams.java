package io.promisedesk.settings;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.team.TeamKey;

import java.util.Map;
import java.util.Optional;

/**
 * The admin's use cases on teams: create, update over the version the form was shown with, and delete after an
 * explicit confirmation; a write is checked whole before it is stored, so nothing is half saved.
 */
public final class ConfigureTeams {
    private final TeamSettingsStore store;
    private final JiraDirectoryNames names;
    private final TeamSettingsListener listener;

    public ConfigureTeams(TeamSettingsStore store, JiraDirectoryNames names, TeamSettingsListener listener) {
        this.store = Require.present(store, "store");
        this.names = Require.present(names, "names");
        this.listener = Require.present(listener, "listener");
    }

    public TeamChange create(TeamForm form) {
        Require.present(form, "form");
        TeamForm.Checked checked = form.check(names);
        if (checked instanceof TeamForm.Checked.Invalid invalid) {
            return new TeamChange.Refused(invalid.errors());
        }
        TeamSettings settings = ((TeamForm.Checked.Valid) checked).settings();
        StoreOutcome<TeamSettings> outcome = store.create(settings);
        if (outcome instanceof StoreOutcome.Done<TeamSettings> done) {
            listener.saved(done.stored().value());
            return new TeamChange.Saved(done.stored());
        }
        // A key already taken is the admin's to change, beside the key field.
        return new TeamChange.Refused(new FormErrors(Map.of(TeamForm.KEY,
                Message.of("promisedesk.admin.error.key.taken", settings.key().value()))));
    }

    /** Replaces the team under {@code key} if it is still at the version the form carries. */
    public TeamChange update(TeamKey key, TeamForm form) {
        Require.present(key, "key");
        Require.present(form, "form");
        Optional<Long> expected = form.expectedVersion();
        if (expected.isEmpty()) {
            return new TeamChange.Refused(new FormErrors(Map.of(FormErrors.FORM,
                    Message.of("promisedesk.admin.error.version"))));
        }
        TeamForm.Checked checked = form.check(names);
        if (checked instanceof TeamForm.Checked.Invalid invalid) {
            return new TeamChange.Refused(invalid.errors());
        }
        TeamSettings settings = ((TeamForm.Checked.Valid) checked).settings();
        if (!settings.key().equals(key)) {
            return new TeamChange.Refused(new FormErrors(Map.of(TeamForm.KEY,
                    Message.of("promisedesk.admin.error.key.changed", key.value()))));
        }
        StoreOutcome<TeamSettings> outcome = store.update(settings, expected.get());
        if (outcome instanceof StoreOutcome.Done<TeamSettings> done) {
            listener.saved(done.stored().value());
            return new TeamChange.Saved(done.stored());
        }
        return unsaved(outcome);
    }

    /** Deletes the team's settings if confirmed and still at {@code expectedVersion}; its issues' data stays. */
    public TeamChange delete(TeamKey key, long expectedVersion, boolean confirmed) {
        Require.present(key, "key");
        if (!confirmed) {
            return new TeamChange.Unconfirmed();
        }
        StoreOutcome<TeamSettings> outcome = store.delete(key, expectedVersion);
        if (outcome instanceof StoreOutcome.Done<TeamSettings> done) {
            listener.deleted(key);
            return new TeamChange.Deleted(done.stored().value());
        }
        return unsaved(outcome);
    }

    private static TeamChange unsaved(StoreOutcome<TeamSettings> outcome) {
        if (outcome instanceof StoreOutcome.Conflict<TeamSettings> conflict) {
            return new TeamChange.Conflict(conflict.current());
        }
        return new TeamChange.Missing();
    }
}
