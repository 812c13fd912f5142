package io.promisedesk.admin;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.settings.GlobalChange;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.Versioned;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a global settings form (phrases, sales groups, policies) shows after a save: the stored values with the saved
 * notice; the typed values over the newer version, with the conflict notice and the newer settings listed; or the
 * typed values with their errors.
 */
public record SettingsFormShown<F>(F form, Optional<FormErrors> errors, Optional<Message> notice,
                                   Optional<Versioned<GlobalSettings>> newer) {

    public SettingsFormShown {
        Require.present(form, "form");
        Require.present(errors, "errors");
        Require.present(notice, "notice");
        Require.present(newer, "newer");
    }

    /** The form as stored, with nothing to say: a page opened, not a save. */
    public static <F> SettingsFormShown<F> stored(F form) {
        return new SettingsFormShown<>(form, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** After {@code change} of the {@code typed} form; {@code of} reads a form from stored settings. */
    public static <F> SettingsFormShown<F> after(GlobalChange change, F typed,
                                                 Function<Versioned<GlobalSettings>, F> of,
                                                 BiFunction<F, Long, F> withVersion) {
        Require.present(typed, "typed");
        if (change instanceof GlobalChange.Saved saved) {
            return new SettingsFormShown<>(of.apply(saved.stored()), Optional.empty(),
                    Optional.of(GlobalSettingsView.saved()), Optional.empty());
        }
        if (change instanceof GlobalChange.Conflict conflict) {
            return new SettingsFormShown<>(withVersion.apply(typed, conflict.current().version()), Optional.empty(),
                    Optional.of(GlobalSettingsView.conflict(conflict.current().version())),
                    Optional.of(conflict.current()));
        }
        return new SettingsFormShown<>(typed, Optional.of(((GlobalChange.Refused) change).errors()), Optional.empty(),
                Optional.empty());
    }
}
