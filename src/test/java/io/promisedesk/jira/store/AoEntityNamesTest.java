package io.promisedesk.jira.store;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Every entity the descriptor's {@code <ao>} module lists fits Active Objects' limits on every database Jira supports
 * (docs/research/platform-osgi.md, 1g): the table name with its AO_xxxxxx_ prefix and every column name at most 30
 * characters, no SQL reserved word as a column, and an explicit table name. Every entity of the package is listed.
 */
public class AoEntityNamesTest {
    private static final int MAX_NAME = 30;
    private static final Path DESCRIPTOR = Path.of("atlassian-plugin.xml");
    private static final Path STORE_CLASSES = Path.of("target", "classes", "io", "promisedesk", "jira", "store");
    /**
     * Words reserved in the SQL standard or in one of Jira's databases (PostgreSQL, MySQL, Oracle, SQL Server, H2)
     * that an entity might plausibly use, and the names Active Objects itself refuses for columns.
     */
    private static final Set<String> RESERVED = Set.of(
            "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "BETWEEN", "BLOB", "BY", "CASE", "CHECK", "CLOB", "COLUMN",
            "COMMENT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_USER",
            "DATE", "DAY", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "EXISTS", "FALSE", "FILE",
            "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IDENTITY", "IN", "INDEX", "INNER",
            "INSERT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "LEFT", "LEVEL", "LIKE", "LIMIT", "MODE", "NOT", "NULL",
            "NUMBER", "OF", "OFFSET", "ON", "OPTION", "OR", "ORDER", "OUTER", "PRIMARY", "PUBLIC", "RANGE",
            "REFERENCES", "RIGHT", "ROW", "ROWID", "ROWNUM", "ROWS", "SELECT", "SESSION", "SET", "SIZE", "START",
            "SYSDATE", "TABLE", "THEN", "TIME", "TIMESTAMP", "TO", "TRIGGER", "TRUE", "UID", "UNION", "UNIQUE",
            "UPDATE", "USER", "USING", "VALUE", "VALUES", "VARCHAR", "VARCHAR2", "VIEW", "WHEN", "WHERE", "WITH",
            "YEAR");

    private static Element aoModule;
    private static List<Class<?>> listed;

    @BeforeClass
    public static void readDescriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        NodeList modules = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile()).getElementsByTagName("ao");
        assertEquals("one <ao> module", 1, modules.getLength());
        aoModule = (Element) modules.item(0);
        listed = new ArrayList<>();
        NodeList entities = aoModule.getElementsByTagName("entity");
        for (int i = 0; i < entities.getLength(); i++) {
            listed.add(Class.forName(entities.item(i).getTextContent().trim()));
        }
    }

    @Test
    public void theModule_hasAFixedNamespace() {
        assertEquals("io.promisedesk.promise-desk", aoModule.getAttribute("namespace"));
        assertTrue(tablePrefix().matches("AO_[0-9A-F]{6}_"));
    }

    @Test
    public void everyEntityOfTheStorePackage_isListed_andEveryListedClassIsAnEntity() throws Exception {
        Set<String> entities = new TreeSet<>();
        try (Stream<Path> classes = Files.list(STORE_CLASSES)) {
            for (Path file : classes.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(AoEntityNamesTest.class.getPackageName() + "." + name);
                if (type.isInterface() && RawEntity.class.isAssignableFrom(type)) {
                    entities.add(type.getName());
                }
            }
        }

        assertEquals(entities, listed.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals("no entity listed twice", entities.size(), listed.size());
    }

    @Test
    public void everyTable_isNamedExplicitly_fitsThirtyCharactersWithItsPrefix_andIsReadWhole() {
        List<String> problems = new ArrayList<>();
        Set<String> tables = new TreeSet<>();
        for (Class<?> entity : listed) {
            Table table = entity.getAnnotation(Table.class);
            if (table == null) {
                problems.add(entity.getSimpleName() + " has no @Table: a class rename would rename its table");
                continue;
            }
            if (!entity.isAnnotationPresent(Preload.class)) {
                problems.add(entity.getSimpleName() + " has no @Preload: AO would load each column with a query of its own");
            }
            String name = tablePrefix() + table.value();
            if (!table.value().matches("[A-Z][A-Z0-9_]*") || name.length() > MAX_NAME || !tables.add(name)) {
                problems.add(entity.getSimpleName() + ": " + name);
            }
        }

        assertEquals(List.of(), problems);
    }

    @Test
    public void everyColumn_fitsThirtyCharacters_isNoReservedWord_andHasItsNameConstant() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : listed) {
            Map<String, Method> columns = FakeActiveObjects.columns(entity);
            for (String column : columns.keySet()) {
                if (column.length() > MAX_NAME || RESERVED.contains(column) || !column.matches("[A-Z][A-Z0-9_]*")) {
                    problems.add(entity.getSimpleName() + "." + column);
                }
            }
            // The stores' where clauses use the constants, so each must be a real column of its entity.
            assertEquals(entity.getSimpleName(), columns.keySet(), constants(entity));
        }

        assertEquals(List.of(), problems);
    }

    @Test
    public void longTextColumns_areUnlimited_andNeitherIndexedNorUnique() {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : listed) {
            for (Method getter : FakeActiveObjects.columns(entity).values()) {
                StringLength length = getter.getAnnotation(StringLength.class);
                if (length == null) {
                    continue;
                }
                boolean unlimited = length.value() == StringLength.UNLIMITED;
                if (!unlimited && (length.value() < 1 || length.value() > StringLength.MAX_LENGTH)
                        || unlimited && (getter.isAnnotationPresent(Indexed.class)
                        || getter.isAnnotationPresent(Unique.class))) {
                    problems.add(entity.getSimpleName() + "." + getter.getName());
                }
            }
        }

        assertEquals(List.of(), problems);
    }

    @Test
    public void theNameRules_catchALongOrReservedName() {
        assertTrue(RESERVED.contains(FakeActiveObjects.columnName("User")));
        assertTrue((tablePrefix() + "TEAM_MEMBER_ABSENCE_DATES").length() > MAX_NAME);
        assertEquals("DEFAULT_ESTIMATE_MILLI", FakeActiveObjects.columnName("DefaultEstimateMilli"));
        assertFalse(constants(TeamEntity.class).isEmpty());
    }

    /**
     * AO_, the last six hex digits of the MD5 of the namespace, upper case, and an underscore: how Active Objects
     * prefixes the tables of a plugin.
     */
    private static String tablePrefix() {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(aoModule.getAttribute("namespace").getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, digest));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Set<String> constants(Class<?> entity) {
        Set<String> names = new TreeSet<>();
        for (Field field : entity.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
        }
        return names;
    }
}
