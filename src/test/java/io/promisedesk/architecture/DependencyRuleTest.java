package io.promisedesk.architecture;

import org.junit.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The engine stays plain Java: only the Jira adapters may touch Jira, Active Objects, servlets or Velocity. */
public class DependencyRuleTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final List<String> FRAMEWORKS = List.of(
            "com/atlassian/", "net/java/ao/", "javax/servlet/", "javax/ws/rs/", "javax/inject/",
            "org/apache/velocity/", "org/springframework/", "org/osgi/", "org/apache/log4j/");
    private static final Pattern WALL_CLOCK = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|Clock)\\s*\\.\\s*"
                    + "(now|systemDefaultZone|systemUTC)\\s*\\(\\s*\\)|System\\s*\\.\\s*currentTimeMillis");

    @Test
    public void classesOutsideTheJiraAdapters_referenceNoFrameworkType() throws IOException {
        List<String> violations = new ArrayList<>();

        for (Path classFile : files(CLASSES, ".class")) {
            String name = CLASSES.relativize(classFile).toString().replace('\\', '/');
            // Our own classes only: target/classes also holds the compile-only declarations of Atlassian types
            // (src/jira-api), which are Jira's, not ours, and never packaged.
            if (!name.startsWith("io/promisedesk/") || name.startsWith("io/promisedesk/jira/")) {
                continue;
            }
            for (String constant : utf8Constants(classFile)) {
                for (String framework : FRAMEWORKS) {
                    if (constant.contains(framework)) {
                        violations.add(name + " refers to " + constant);
                    }
                }
            }
        }

        assertEquals(List.of(), violations);
    }

    @Test
    public void noSourceReadsTheWallClock_timeComesFromAnInjectedClock() throws IOException {
        List<String> violations = new ArrayList<>();

        for (Path source : files(SOURCES, ".java")) {
            Matcher matcher = WALL_CLOCK.matcher(Files.readString(source));
            while (matcher.find()) {
                violations.add(source + ": " + matcher.group());
            }
        }

        assertEquals(List.of(), violations);
    }

    @Test
    public void theRuleSeesTheCompiledEngineAndTheAdapters() throws IOException {
        assertTrue(files(CLASSES, ".class").stream()
                .anyMatch(path -> path.endsWith(Path.of("io", "promisedesk", "workload", "TeamAssessment.class"))));
        // The adapters are skipped on purpose, not because they are missing: they do refer to frameworks.
        assertTrue(utf8Constants(CLASSES.resolve(Path.of("io", "promisedesk", "jira", "rest",
                "ScenarioAssessResource.class"))).stream().anyMatch(constant -> constant.contains("javax/ws/rs/")));
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The UTF-8 entries of a class file's constant pool: every type, member and descriptor it names. */
    private static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> constants = new ArrayList<>();
        try (InputStream file = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(file)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> constants.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        index++;
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return constants;
    }
}
