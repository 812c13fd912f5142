package io.promisedesk.settings;

import io.promisedesk.common.Require;
import io.promisedesk.language.StatusPhraseMapping;

import java.util.Set;

/** The settings that are not per team: the status-to-phrase mapping sales reads and the Jira groups of salespeople. */
public record GlobalSettings(StatusPhraseMapping phrases, Set<String> salesGroups) {
    public static final GlobalSettings DEFAULTS = new GlobalSettings(StatusPhraseMapping.defaults(), Set.of());

    public GlobalSettings {
        Require.present(phrases, "phrases");
        salesGroups = salesGroups == null ? Set.of() : Set.copyOf(salesGroups);
        salesGroups.forEach(group -> Require.plainText(group, "salesGroups", false));
    }
}
