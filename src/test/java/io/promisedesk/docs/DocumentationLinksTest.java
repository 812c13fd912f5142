package io.promisedesk.docs;

import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Every relative link and image in README.md and the Markdown files under docs/ points to a file or folder that
 * exists, and a link with an anchor into a Markdown file to one of its headings (as GitHub names them) or HTML ids.
 */
public class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*])*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ID = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    public void everyRelativeLink_inTheReadmeAndTheDocs_pointsToAnExistingFileAndHeading() throws IOException {
        List<Path> documents = documents();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path document : documents) {
            for (String target : links(read(document))) {
                if (SCHEME.matcher(target).find()) {
                    continue;
                }
                checked++;
                problem(document, target).ifPresent(broken::add);
            }
        }
        assertEquals("broken links", List.of(), broken);
        assertTrue("the documents link to each other: " + checked, checked > 50);
    }

    @Test
    public void theReadme_linksEveryDocument_inDocs() throws IOException {
        Set<String> linked = new LinkedHashSet<>(links(read(Path.of("README.md"))));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(file -> {
                String path = "docs/" + file.getFileName();
                if (linked.stream().noneMatch(target -> target.equals(path) || target.startsWith(path + "#"))) {
                    missing.add(path);
                }
            });
        }
        assertEquals("documents the README does not link", List.of(), missing);
    }

    @Test
    public void theChecker_findsAMissingFile_aMissingHeading_andSkipsCodeAndWebAddresses() {
        String markdown = """
                # Title: `with code` and *words*
                See [there](nowhere.md), [the title](#title-with-code-and-words), [gone](#gone),
                ![a picture](docs/screenshots/none.png "title") and [web](https://example.com/x.md).
                `[in code](skipped.md)`
                ```
                [in a block](also-skipped.md)
                ```
                """;

        assertEquals(List.of("nowhere.md", "#title-with-code-and-words", "#gone", "docs/screenshots/none.png",
                "https://example.com/x.md"), links(markdown));
        assertEquals(Set.of("title-with-code-and-words"), anchors(markdown));
        assertEquals(List.of("two-words", "two-words-1", "settings-settingsteams", "one-issue-salesissueviewcontextitem-today"),
                new ArrayList<>(anchors("## Two words\n## Two words\n## Settings: `settings/teams`\n"
                        + "### One issue: `SalesIssueView#context(item, today)`\n")));
        assertFalse(anchors("<a id=\"custom\"></a>\n").isEmpty());
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(Path.of("README.md"));
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static Optional<String> problem(Path document, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? document : document.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return Optional.of(document + ": " + target + " (no such file)");
        }
        if (anchor != null && resolved.toString().endsWith(".md") && !anchors(read(resolved)).contains(anchor)) {
            return Optional.of(document + ": " + target + " (no such heading)");
        }
        return Optional.empty();
    }

    /** The link targets of a Markdown text, in order, outside code blocks and code spans. */
    static List<String> links(String markdown) {
        List<String> targets = new ArrayList<>();
        for (String line : outsideCode(markdown)) {
            Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", ""));
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    /** The anchors GitHub gives a Markdown text's headings (duplicates numbered), and its HTML ids. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : outsideCode(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String text = heading.group(1).replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
                String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
            Matcher id = HTML_ID.matcher(line);
            while (id.find()) {
                anchors.add(id.group(1));
            }
        }
        return anchors;
    }

    private static List<String> outsideCode(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
