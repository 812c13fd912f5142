package io.promisedesk.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules every template's source keeps, so that Jira's escaping protects it and Jira's Velocity runs it: no method
 * call, no reference Jira would leave unescaped, escaping never switched off, no inline style, script or handler, and
 * only the Velocity 1.x syntax Jira's fork follows.
 */
public final class TemplateSourceRules {
    private static final Map<String, Pattern> RULES = Map.of(
            "method call", Pattern.compile("\\$!?\\{?[A-Za-z][\\w.]*\\("),
            "reference Jira would not escape", Pattern.compile("\\$!?\\{?[\\w.]*[hH]tml\\b"),
            "escaping switched off", Pattern.compile("(?i)#disable_html_escaping"),
            "inline style, script or handler", Pattern.compile("(?i)style\\s*=|<script|<style|\\son[a-z]+\\s*=|<foreignObject"),
            // #break, #define, #evaluate, #[[ ]]# and the 2.x ?? are newer than the 1.x line Jira's fork follows.
            "syntax newer than Velocity 1.x", Pattern.compile("#(break|define|evaluate|stop)\\b|#\\[\\[|\\?\\?"));

    private TemplateSourceRules() {
    }

    /** Every template the plugin ships, by its class-path name ({@code templates/...}). */
    public static List<String> everyTemplate() {
        Path root = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(root.resolve("templates"))) {
            return files.filter(path -> path.toString().endsWith(".vm"))
                    .map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each broken rule of the template on the class path, as "rule: what matched"; empty when it keeps them all. */
    public static List<String> problems(String templatePath) {
        String source = source(templatePath);
        List<String> problems = new ArrayList<>();
        RULES.forEach((rule, pattern) -> {
            Matcher matcher = pattern.matcher(source);
            while (matcher.find()) {
                problems.add(rule + ": " + matcher.group());
            }
        });
        return problems;
    }

    public static String source(String templatePath) {
        try (InputStream in = TemplateSourceRules.class.getClassLoader().getResourceAsStream(templatePath)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + templatePath + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
