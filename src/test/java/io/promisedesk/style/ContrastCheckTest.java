package io.promisedesk.style;

import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The contrast test's own parts: the WCAG formula, reading colours, reading CSS, and failing what it should. */
public class ContrastCheckTest {
    @Test
    public void contrastRatio_isWcags_blackOnWhite21_grey767676Just45_andSymmetric() {
        assertEquals(21.0, Colour.hex("#000").contrastWith(Colour.WHITE), 1e-9);
        assertEquals(1.0, Colour.hex("#bf2600").contrastWith(Colour.hex("#BF2600")), 1e-9);
        assertEquals(4.54, Colour.hex("#767676").contrastWith(Colour.WHITE), 0.005);
        assertEquals(4.48, Colour.hex("#777777").contrastWith(Colour.WHITE), 0.005);
        assertEquals(Colour.WHITE.contrastWith(Colour.hex("#0052cc")), Colour.hex("#0052cc").contrastWith(Colour.WHITE), 1e-12);
    }

    @Test
    public void colourIn_readsTheHexOfAShorthand_andRefusesColoursItCannotCheck() {
        assertEquals(Colour.hex("#0052cc"), Colour.in("2px solid #0052CC").orElseThrow());
        assertEquals(Colour.hex("#ffaa00"), Colour.in("#fa0").orElseThrow());
        assertTrue(Colour.in("inherit").isEmpty());
        assertTrue(Colour.in("currentColor").isEmpty());
        for (String unreadable : List.of("red", "rgb(0, 0, 0)", "hsl(0 0% 0%)", "#12345", "1px solid white",
                "#000 #fff")) {
            assertThrows(unreadable, IllegalArgumentException.class, () -> Colour.in(unreadable).orElseThrow(
                    () -> new IllegalArgumentException("no colour")));
        }
    }

    @Test
    public void parse_readsSelectorListsDeclarationsAndMediaBlocks_withoutComments() {
        Stylesheet sheet = Stylesheet.parse("""
                /* a comment { with braces } */
                .a,  .b   .c { color: #111; font-weight: bold }
                @media print { .a { color: #000; } }
                """);

        assertEquals(2, sheet.rules().size());
        assertEquals(List.of(".a", ".b .c"), sheet.rules().get(0).selectors());
        assertEquals(Map.of("color", "#111", "font-weight", "bold"), sheet.rules().get(0).declarations());
        assertEquals("", sheet.rules().get(0).media());
        assertEquals("@media print", sheet.rules().get(1).media());
    }

    @Test
    public void parse_refusesBrokenCss_ratherThanSkippingARule() {
        for (String broken : List.of(".a { color: #000", ".a { color #000 }", ".a { color: #000 } }", "{ color: #000 }",
                ".a { color: #000; color: #111 }", "/* open", ".a, { color: #000 }", "@import url(x.css);",
                "@font-face { font-family: x }", ".a { .b { color: #000 } }", "stray")) {
            assertThrows(broken, IllegalArgumentException.class, () -> Stylesheet.parse(broken));
        }
    }

    @Test
    public void check_failsGreyTextOnWhite_andLightTextOnItsOwnBackground() {
        List<String> failures = failures("""
                .promisedesk-x { color: #777777; }
                .promisedesk-y { color: #ffffff; background-color: #ff8b00; }
                .promisedesk-z { color: #5e6c84; }
                """);

        assertEquals(List.of(
                ".promisedesk-x: color #777777 on #ffffff is 4.48:1, needs 4.5:1",
                ".promisedesk-y: color #ffffff on #ff8b00 is 2.35:1, needs 4.5:1"), failures);
    }

    @Test
    public void check_measuresTextAgainstTheBackgroundOfItsAncestorRule_too() {
        List<String> failures = failures("""
                .promisedesk-box { background-color: #253858; color: #ffffff; }
                .promisedesk-box .promisedesk-hint { color: #5e6c84; }
                """);

        assertEquals(List.of(".promisedesk-box .promisedesk-hint: color #5e6c84 on #253858 is 2.21:1, needs 4.5:1"),
                failures);
    }

    @Test
    public void check_measuresABackgroundWithoutTextColour_againstJirasText() {
        assertEquals(List.of(), failures(".promisedesk-note { background: #fffae6; }"));
        assertEquals(1, failures(".promisedesk-note { background-color: #42526e; }").size());
    }

    @Test
    public void check_asksOutlinesAndShapes3to1_andTextFills45to1() {
        assertEquals(List.of(), failures(".promisedesk-a:focus-visible { outline: 2px solid #0052cc; }"));
        assertEquals(List.of(".promisedesk-a:focus-visible: outline #4c9aff on #ffffff is 2.85:1, needs 3.0:1"),
                failures(".promisedesk-a:focus-visible { outline: 2px solid #4c9aff; }"));
        assertEquals(List.of(".promisedesk-chart__point--warning: fill #ff8b00 on #ffffff is 2.35:1, needs 3.0:1"),
                failures(".promisedesk-chart__point--warning { fill: #ff8b00; }"));
        assertEquals(List.of(), failures(".promisedesk-chart__point { fill: #7a869a; stroke: #006644; }"));
        assertEquals(List.of(".promisedesk-chart__label: fill #7a869a on #ffffff is 3.68:1, needs 4.5:1"),
                failures(".promisedesk-chart__label { fill: #7a869a; }"));
    }

    @Test
    public void untokenised_reportsBareHexColourWordsAndTokensWithoutFallback_butNotPrintRules() {
        List<String> found = DesignTokens.untokenised(Stylesheet.parse("""
                .promisedesk-a { color: var(--ds-text-danger, #bf2600); outline: 2px solid var(--ds-border-focused, #0052cc); }
                .promisedesk-b { color: #bf2600; }
                .promisedesk-c { background: white; }
                .promisedesk-d { color: var(--ds-text); }
                .promisedesk-e { color: var(--ours, #111111); }
                @media print { .promisedesk-f { color: #000000; } }
                """));

        assertEquals(List.of(".promisedesk-b: color: #bf2600", ".promisedesk-c: background: white",
                ".promisedesk-d: color: var(--ds-text)", ".promisedesk-e: color: var(--ours, #111111)"), found);
    }

    @Test
    public void inTheme_replacesEachTokenByTheThemesValue_andTheCheckFailsATokenTooDarkForTheDarkTheme() {
        String tokens = """
                html[data-color-mode=dark][data-theme~="dark:dark"],html[data-color-mode=light][data-theme~="light:dark"]{
                --ds-text:#b6c2cf;--ds-surface:#1d2125;--ds-text-danger:#5d1f1a;--ds-text-success:#7ee2b8}
                """;
        Map<String, String> dark = DesignTokens.theme(tokens, "html[data-color-mode=dark][data-theme~=\"dark:dark\"]");
        Stylesheet sheet = Stylesheet.parse("""
                .promisedesk-ok { color: var(--ds-text-success, #006644); }
                .promisedesk-late { color: var(--ds-text-danger, #bf2600); }
                @media print { .promisedesk-late { color: #000000; } }
                """);

        List<String> failures = new ContrastCheck(DesignTokens.inTheme(sheet, dark), Colour.hex(dark.get("--ds-surface")),
                Colour.hex(dark.get("--ds-text"))).failures();

        assertEquals(List.of(".promisedesk-late: color #5d1f1a on #1d2125 is 1.29:1, needs 4.5:1"), failures);
        assertThrows(IllegalArgumentException.class, () -> DesignTokens.inTheme(
                Stylesheet.parse(".promisedesk-x { color: var(--ds-text-warning, #974f0c); }"), dark));
        assertThrows(IllegalArgumentException.class, () -> DesignTokens.inTheme(
                Stylesheet.parse(".promisedesk-x { color: var(--ds-text, #172b4d); }"), Map.of("--ds-text", "#091e420f")));
        assertThrows(IllegalArgumentException.class, () -> DesignTokens.theme(tokens, "html[data-color-mode=light]"));
    }

    private static List<String> failures(String css) {
        return new ContrastCheck(Stylesheet.parse(css)).failures();
    }
}
