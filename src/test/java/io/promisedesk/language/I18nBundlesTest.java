package io.promisedesk.language;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class I18nBundlesTest {
    private static final String ENGLISH = "i18n/promisedesk.properties";
    private static final String DUTCH = "i18n/promisedesk_nl.properties";
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(promisedesk(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern HTML = Pattern.compile("<[A-Za-z/!][^>]*>|&[A-Za-z#0-9]+;");

    @Test
    public void bundles_haveExactlyTheSameKeys() throws IOException {
        Properties english = load(ENGLISH);
        Properties dutch = load(DUTCH);

        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(dutch.stringPropertyNames());
        Set<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
        onlyDutch.removeAll(english.stringPropertyNames());

        assertEquals("keys only in English", Set.of(), onlyEnglish);
        assertEquals("keys only in Dutch", Set.of(), onlyDutch);
    }

    @Test
    public void bundles_haveNoEmptyValues() throws IOException {
        for (String bundle : List.of(ENGLISH, DUTCH)) {
            Properties texts = load(bundle);

            Set<String> empty = texts.stringPropertyNames().stream()
                    .filter(key -> texts.getProperty(key).isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));

            assertEquals("empty values in " + bundle, Set.of(), empty);
        }
    }

    @Test
    public void bundles_useTheSamePlaceholdersPerKey() throws IOException {
        Properties english = load(ENGLISH);
        Properties dutch = load(DUTCH);

        TreeMap<String, String> differing = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            Set<Integer> inEnglish = placeholders(english.getProperty(key));
            Set<Integer> inDutch = placeholders(dutch.getProperty(key, ""));
            if (!inEnglish.equals(inDutch)) {
                differing.put(key, inEnglish + " in English, " + inDutch + " in Dutch");
            }
        }

        assertEquals(new TreeMap<>(), differing);
    }

    @Test
    public void bundles_declareEachKeyOnce() throws IOException {
        for (String bundle : List.of(ENGLISH, DUTCH)) {
            List<String> keys = declaredKeys(bundle);

            Set<String> seen = new TreeSet<>();
            Set<String> twice = keys.stream().filter(key -> !seen.add(key)).collect(Collectors.toCollection(TreeSet::new));

            assertEquals("keys declared twice in " + bundle, Set.of(), twice);
        }
    }

    @Test
    public void bundles_areValidUtf8() throws IOException {
        for (String bundle : List.of(ENGLISH, DUTCH)) {
            byte[] bytes = bytesOf(bundle);

            String decoded = strictUtf8(bundle, bytes);

            assertTrue(bundle + " is empty", decoded.contains("promisedesk."));
        }
    }

    @Test
    public void keys_startWithThePluginPrefixAndNameFeatureAndElement() throws IOException {
        Properties english = load(ENGLISH);

        Set<String> badKeys = english.stringPropertyNames().stream()
                .filter(key -> !key.matches("promisedesk\\.[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), badKeys);
    }

    @Test
    public void values_containNoHtml() throws IOException {
        for (String bundle : List.of(ENGLISH, DUTCH)) {
            Properties texts = load(bundle);

            Set<String> withHtml = texts.stringPropertyNames().stream()
                    .filter(key -> HTML.matcher(texts.getProperty(key)).find())
                    .collect(Collectors.toCollection(TreeSet::new));

            assertEquals("values with HTML in " + bundle, Set.of(), withHtml);
        }
    }

    @Test
    public void valuesWithPlaceholders_areValidMessageFormatsWithDoubledApostrophes() throws IOException {
        for (String bundle : List.of(ENGLISH, DUTCH)) {
            Properties texts = load(bundle);

            Set<String> broken = new TreeSet<>();
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                if (placeholders(value).isEmpty()) {
                    continue;
                }
                // A lone apostrophe starts a quoted stretch in MessageFormat and hides the placeholders after it.
                boolean loneApostrophe = value.replace("''", "").contains("'");
                if (loneApostrophe || !parsesAsMessageFormat(value)) {
                    broken.add(key);
                }
            }

            assertEquals("broken message formats in " + bundle, Set.of(), broken);
        }
    }

    @Test
    public void valuesWithoutPlaceholders_containNoApostrophe() throws IOException {
        for (String bundle : List.of(ENGLISH, DUTCH)) {
            Properties texts = load(bundle);

            // Some renderers run every value through MessageFormat and some only those with arguments:
            // without an apostrophe the value reads the same in both.
            Set<String> withApostrophe = texts.stringPropertyNames().stream()
                    .filter(key -> placeholders(texts.getProperty(key)).isEmpty())
                    .filter(key -> texts.getProperty(key).contains("'"))
                    .collect(Collectors.toCollection(TreeSet::new));

            assertEquals("apostrophes in values without placeholders in " + bundle, Set.of(), withApostrophe);
        }
    }

    @Test
    public void everyKeyInTheMainCode_isInBothBundles() throws IOException {
        Set<String> usedKeys = keysUsedIn(MAIN_SOURCES);
        Properties english = load(ENGLISH);
        Properties dutch = load(DUTCH);

        Set<String> missing = new TreeSet<>();
        for (String key : usedKeys) {
            if (!english.containsKey(key)) {
                missing.add(key + " (English)");
            }
            if (!dutch.containsKey(key)) {
                missing.add(key + " (Dutch)");
            }
        }

        assertEquals(Set.of(), missing);
    }

    @Test
    public void keyScan_findsTheKeysOfTheEngineAndOfThisPackage() throws IOException {
        Set<String> usedKeys = keysUsedIn(MAIN_SOURCES);

        assertTrue("the scan must see the engine's keys: " + usedKeys, usedKeys.contains("promisedesk.error.hours.negative"));
        assertTrue("the scan must see this package's keys: " + usedKeys,
                usedKeys.contains("promisedesk.language.phrase.waitingForCustomer"));
    }

    private static Set<String> keysUsedIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(sources)) {
            javaFiles = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (Path file : javaFiles) {
            Matcher matcher = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            indexes.add(Integer.parseInt(matcher.group(1)));
        }
        return indexes;
    }

    private static boolean parsesAsMessageFormat(String value) {
        try {
            new MessageFormat(value);
            return true;
        } catch (IllegalArgumentException broken) {
            return false;
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        texts.load(new StringReader(strictUtf8(bundle, bytesOf(bundle))));
        return texts;
    }

    /** Keys in the order the file declares them, which {@link Properties} would silently merge. */
    private static List<String> declaredKeys(String bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : strictUtf8(bundle, bytesOf(bundle)).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
        }
        return keys;
    }

    private static byte[] bytesOf(String bundle) throws IOException {
        try (InputStream stream = I18nBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            if (stream == null) {
                throw new IOException("no " + bundle + " on the class path");
            }
            return stream.readAllBytes();
        }
    }

    private static String strictUtf8(String bundle, byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new IOException(bundle + " is not valid UTF-8", notUtf8);
        }
    }
}
