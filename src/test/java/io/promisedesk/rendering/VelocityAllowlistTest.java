package io.promisedesk.rendering;

import io.promisedesk.rendering.VelocityCalls.Call;
import io.promisedesk.rendering.VelocityCalls.Kind;
import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Jira 10 blocks every method a template calls that no velocity allowlist lists (docs/jira-api-surface.md,
 * "Velocity"). Our views pass plain contexts, so our templates call nothing of ours: every call found in the parsed
 * templates must be listed in the packaged descriptor's {@code <velocity-allowlist>} modules, and today there are
 * none, so there must be no call at all. A map read ({@code $value.date}) is no call: Jira's Velocity reads maps with a
 * cast, past the allowlist. {@link JiraLikeVelocity} enforces the same rules when tests render.
 */
public class VelocityAllowlistTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path DESCRIPTOR = Path.of("atlassian-plugin.xml");
    /** Deliberately broken templates of the harnesses' own tests. */
    private static final Path FIXTURES = Path.of("src/test/resources/templates/rendering");

    @Test
    public void everyTemplateParses() {
        List<Path> templates = templates();
        assertFalse("no templates found under " + TEMPLATES.toAbsolutePath(), templates.isEmpty());
        for (Path template : templates) {
            VelocityCalls.parse(name(template), read(template)); // throws with the file and position
        }
    }

    @Test
    public void noTemplateCallsAMethodTheDescriptorDoesNotAllow() {
        List<Call> refused = refused(TEMPLATES, VelocityAllowlist.fromDescriptor(read(DESCRIPTOR)));

        assertTrue("calls in templates that Jira 10 would block (no <velocity-allowlist> entry in "
                + DESCRIPTOR + "):\n" + refused.stream().map(Call::toString).collect(Collectors.joining("\n")),
                refused.isEmpty());
    }

    @Test
    public void templatesWithCallsJiraBlocks_areCaughtByTheSameScan() {
        List<String> refused = refused(FIXTURES, VelocityAllowlist.fromDescriptor(read(DESCRIPTOR))).stream()
                .map(call -> call.template() + " " + call.kind() + " " + call.name()).collect(Collectors.toList());

        // The harness's own fixtures: a JDK call, a JDK getter read as a property, one of ours, a map write.
        assertEquals(List.of(
                "allowlist-check.vm METHOD size",
                "allowlist-check.vm PROPERTY empty",
                "allowlist-check.vm METHOD other",
                "allowlist-check.vm SET label",
                "breaks-source-rules.vm METHOD getKey"), refused);
    }

    @Test
    public void theWalkerFindsMethodCallsWithTheirPositions() {
        String template = "<p>$thing.method()</p>\n"
                + "#if($flag)\n"
                + "  <b>$!{thing.other(\"x\")}</b>\n"
                + "#end\n";
        List<Call> calls = VelocityCalls.of("inline.vm", template);
        assertEquals(List.of(
                new Call("inline.vm", 1, 11, Kind.METHOD, "method", 0, "$thing.method()"),
                new Call("inline.vm", 3, 15, Kind.METHOD, "other", 1, "$!{thing.other(\"x\")}")), calls);
    }

    @Test
    public void theWalkerFindsCallsHiddenInArgumentsDirectivesAndStringLiterals() {
        String template = "#foreach($row in $rows.subList(0, 2))$row.name#end\n"
                + "#if($a.b($c.d()))x#end\n"
                + "#set($label = \"n: $row.size()\")\n"
                + "$row.class $row.empty $row.name.bytes\n"
                + "#set($map.key = 1)$list[0]";
        List<String> found = VelocityCalls.of("hidden.vm", template).stream()
                .map(call -> call.line() + ":" + call.column() + " " + call.kind() + " " + call.name())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "1:24 METHOD subList",
                "2:8 METHOD b",
                "2:13 METHOD d",
                "3:24 METHOD size",
                "4:6 PROPERTY class",
                "4:17 PROPERTY empty",
                "4:33 PROPERTY bytes",
                "5:11 SET key",
                "5:24 INDEX get"), found);
    }

    @Test
    public void mapLookupsAreNotCalls() {
        assertEquals(List.of(), VelocityCalls.of("plain.vm",
                "#foreach($row in $rows)$row.name $!row.level.modifier ${row.href}#end"
                        + "#if($visible && !$row.hasReason)$heading#end"));
    }

    @Test
    public void anAllowlistedMethodPasses() {
        VelocityAllowlist allowlist = VelocityAllowlist.fromDescriptor(""
                + "<atlassian-plugin key=\"k\" name=\"n\" plugins-version=\"2\">\n"
                + "  <velocity-allowlist key=\"promisedesk-allowlist\">\n"
                + "    <method>io.promisedesk.sample.Thing#method()</method>\n"
                + "    <method>io.promisedesk.sample.Thing#other(java.lang.String)</method>\n"
                + "    <method>io.promisedesk.sample.Thing#isEmpty()</method>\n"
                + "  </velocity-allowlist>\n"
                + "</atlassian-plugin>");
        assertEquals(3, allowlist.entries().size());
        List<Call> calls = VelocityCalls.of("inline.vm",
                "$thing.method() $thing.other(\"x\") $thing.empty $thing.other() $thing.missing(1)");
        List<String> refused = calls.stream().filter(call -> !allowlist.allows(call)).map(Call::source)
                .collect(Collectors.toList());
        assertEquals(5, calls.size());
        assertEquals("a call with another number of arguments, and an unlisted method",
                List.of("$thing.other()", "$thing.missing(1)"), refused);
    }

    @Test
    public void theDescriptorsAllowlistOnlyNamesOurOwnClassesInJirasForm() {
        assertThrows(IllegalArgumentException.class, () -> VelocityAllowlist.fromDescriptor(
                "<atlassian-plugin><velocity-allowlist key=\"a\"><method>java.lang.Runtime#exec(java.lang.String)"
                        + "</method></velocity-allowlist></atlassian-plugin>"));
        assertThrows(IllegalArgumentException.class, () -> VelocityAllowlist.fromDescriptor(
                "<atlassian-plugin><velocity-allowlist key=\"a\"><method>io.promisedesk.Thing.getName"
                        + "</method></velocity-allowlist></atlassian-plugin>"));
        // The packaged descriptor is read the same way, so an entry in it is checked too.
        VelocityAllowlist.fromDescriptor(read(DESCRIPTOR));
    }

    @Test
    public void aSyntaxErrorNamesTheTemplateAndThePosition() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> VelocityCalls.parse("broken.vm", "<p>ok</p>\n<p>$a.b(\"x\",,)</p>\n"));
        assertTrue(error.getMessage(), error.getMessage().startsWith("broken.vm:2:13: does not parse"));
    }

    /** Every call in the templates under {@code root} that no entry of {@code allowlist} covers. */
    private static List<Call> refused(Path root, VelocityAllowlist allowlist) {
        List<Call> refused = new ArrayList<>();
        for (Path template : templates(root)) {
            VelocityCalls.of(name(root, template), read(template)).stream().filter(call -> !allowlist.allows(call))
                    .forEach(refused::add);
        }
        return refused;
    }

    private static List<Path> templates() {
        return templates(TEMPLATES);
    }

    private static List<Path> templates(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".vm")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path template) {
        return name(TEMPLATES, template);
    }

    private static String name(Path root, Path template) {
        return root.relativize(template).toString().replace('\\', '/');
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
