package io.promisedesk.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The AUI the workbench renders with: {@code @atlassian/aui} as src/workbench/aui/install puts it under target/aui,
 * the 9.12 line Jira 10.3 bundles (docs/jira-api-surface.md, "AUI and design tokens").
 */
public final class AuiDistribution {
    /** The package's compiled CSS and fonts, relative to the project directory the build and ./workbench run in. */
    public static final Path DIST = Path.of("target/aui/node_modules/@atlassian/aui/dist/aui");
    /** AUI's components. */
    public static final String STYLES = "aui-prototyping.css";
    /** The design tokens of Jira's light and dark themes, keyed on the attributes Jira sets on {@code <html>}. */
    public static final String THEMES = "aui-prototyping-design-tokens-base-themes-css.css";
    /** The stylesheets a page links, in order: AUI, then the tokens, as Jira's superbatch has them. */
    public static final List<String> STYLESHEETS = List.of(STYLES, THEMES);

    private AuiDistribution() {
    }

    /** The installed file {@code name}; refused with what to run when the install step has not run. */
    public static Path file(String name) {
        Path file = DIST.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing: AUI is installed by the build"
                    + " (mvn test-compile, or bash src/workbench/aui/install)");
        }
        return file;
    }
}
