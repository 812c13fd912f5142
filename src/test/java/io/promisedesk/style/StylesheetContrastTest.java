package io.promisedesk.style;

import io.promisedesk.workbench.AuiDistribution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The stylesheet the plugin ships: WCAG AA contrast, a visible keyboard focus, and nothing that restyles Jira. */
public class StylesheetContrastTest {
    static final String LOCATION = "css/promisedesk.css";
    /** The selectors Jira's light and dark themes are keyed on (docs/jira-api-surface.md, "AUI and design tokens"). */
    static final String LIGHT_THEME = "html[data-color-mode=light][data-theme~=\"light:light\"]";
    static final String DARK_THEME = "html[data-color-mode=dark][data-theme~=\"dark:dark\"]";
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Classes that colour a level, a risk or an answer: their element must say it in words too. */
    private static final Pattern COLOURED = Pattern.compile("promisedesk-(level|risk)--|__answer--|__outcome--");

    private final Stylesheet stylesheet = Stylesheet.parse(packaged());

    @Test
    public void everyTextBackgroundOutlineAndFill_meetsWcagAa() {
        assertEquals(List.of(), new ContrastCheck(stylesheet).failures());
    }

    /** Jira's themes recolour only what is a token: a bare colour would stay light-theme red on a dark page. */
    @Test
    public void everyScreenColour_isADesignToken_withItsOwnHexAsTheFallback() {
        assertEquals(List.of(), DesignTokens.untokenised(stylesheet));
    }

    @Test
    public void everyTextBackgroundAndOutline_meetsWcagAa_inJirasLightAndDarkTheme() throws IOException {
        String tokens = Files.readString(AuiDistribution.file(AuiDistribution.THEMES), StandardCharsets.UTF_8);
        for (String theme : List.of(LIGHT_THEME, DARK_THEME)) {
            Map<String, String> values = DesignTokens.theme(tokens, theme);
            ContrastCheck check = new ContrastCheck(DesignTokens.inTheme(stylesheet, values),
                    Colour.hex(values.get("--ds-surface")), Colour.hex(values.get("--ds-text")));

            assertEquals(theme, List.of(), check.failures());
        }
    }

    @Test
    public void levelsAndRisks_eachHaveTheirOwnColour() {
        for (String selector : List.of(".promisedesk-level--ok", ".promisedesk-level--warning",
                ".promisedesk-level--overcommitted", ".promisedesk-risk--on-track", ".promisedesk-risk--at-risk",
                ".promisedesk-risk--late")) {
            Optional<Stylesheet.Rule> rule = stylesheet.rules().stream()
                    .filter(each -> each.selectors().contains(selector)).findFirst();
            assertTrue(selector, rule.isPresent());
            assertTrue(selector + " sets a hex text colour", Colour.in(rule.get().declarations().get("color")).isPresent());
        }
    }

    @Test
    public void linksAndControls_showAKeyboardFocusOutline() {
        for (String element : List.of("a", "button", "input", "select", "textarea")) {
            String selector = "[class*=\"promisedesk-\"] " + element + ":focus-visible";
            Stylesheet.Rule rule = stylesheet.rules().stream().filter(each -> each.selectors().contains(selector))
                    .findFirst().orElseThrow(() -> new AssertionError("no rule for " + selector));
            String outline = rule.declarations().get("outline");
            assertNotNull(selector, outline);
            assertTrue(selector + ": a solid outline of 2px or more in the focus token, " + outline,
                    outline.matches("[2-9]px solid var\\(--ds-border-focused, #[0-9a-f]{6}\\)"));
            assertTrue(selector, Colour.in(outline).orElseThrow().contrastWith(Colour.WHITE) >= ContrastCheck.NON_TEXT);
        }
    }

    @Test
    public void noRule_removesTheFocusOutline() {
        for (Stylesheet.Rule rule : stylesheet.rules()) {
            String outline = rule.declarations().getOrDefault("outline", "");
            assertFalse(rule.selectors() + ": " + outline, outline.matches("none|0|0px"));
            assertFalse(rule.selectors() + ": outline-style none", "none".equals(rule.declarations().get("outline-style")));
        }
    }

    /** Jira loads the stylesheet on every issue view: a bare "a" or "table" selector would restyle Jira itself. */
    @Test
    public void everySelector_namesAPromiseDeskClass() {
        List<String> foreign = stylesheet.rules().stream().flatMap(rule -> rule.selectors().stream())
                .filter(selector -> !selector.contains("promisedesk-")).toList();

        assertEquals(List.of(), foreign);
        assertFalse(stylesheet.rules().isEmpty());
    }

    /** Colour repeats what the words say (WCAG 1.4.1): every coloured level, risk or answer holds its text. */
    @Test
    public void everyColouredLevelRiskOrAnswer_inTheTemplates_holdsItsWords() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> wordless = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(path -> path.toString().endsWith(".vm")).sorted().toList()) {
                Document document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8));
                for (Element element : document.getAllElements()) {
                    if (COLOURED.matcher(element.className()).find()) {
                        found.add(template.getFileName() + " " + element.className());
                        if (!element.text().contains("$")) {
                            wordless.add(template + ": " + element.className());
                        }
                    }
                }
            }
        }

        assertEquals(List.of(), wordless);
        assertTrue("the panel's level, the sales risk and the commitment answer are among them: " + found,
                found.size() >= 4);
    }

    static String packaged() {
        try (InputStream in = StylesheetContrastTest.class.getClassLoader().getResourceAsStream(LOCATION)) {
            assertNotNull(LOCATION + " is packaged from src/main/resources", in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
