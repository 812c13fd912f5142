package io.promisedesk.work;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class IssueKeyTest {

    @Test
    public void keysOfProjectsNamedAlike_haveDistinctHashCodes() {
        Set<Integer> hashes = new HashSet<>();
        for (char second = 'A'; second <= 'Z'; second++) {
            for (char third = 'A'; third <= 'Z'; third++) {
                for (long number = 1; number <= 200; number++) {
                    hashes.add(new IssueKey("L" + second + third, number).hashCode());
                }
            }
        }

        assertEquals(26 * 26 * 200, hashes.size());
    }

    @Test
    public void parsingAJiraKey_givesProjectAndNumber() {
        IssueKey key = IssueKey.parse("OPS-12");

        assertEquals(new IssueKey("OPS", 12), key);
        assertEquals("OPS-12", key.toString());
    }

    @Test
    public void parsingAProjectKeyWithDigitsAndUnderscores_isAccepted() {
        IssueKey key = IssueKey.parse("IT_OPS2-7");

        assertEquals(new IssueKey("IT_OPS2", 7), key);
    }

    @Test
    public void parsingALowerCaseKey_isRejected() {
        assertRejected("ops-12");
    }

    @Test
    public void parsingAKeyWithoutDash_isRejected() {
        assertRejected("OPS12");
    }

    @Test
    public void parsingAKeyWithoutNumber_isRejected() {
        assertRejected("OPS-");
    }

    @Test
    public void parsingIssueNumberZero_isRejected() {
        assertRejected("OPS-0");
    }

    @Test
    public void parsingANumberWithALeadingZero_isRejected() {
        assertRejected("OPS-012");
    }

    @Test
    public void parsingAProjectStartingWithADigit_isRejected() {
        assertRejected("1OPS-2");
    }

    @Test
    public void parsingAKeyWithSurroundingSpace_isRejected() {
        assertRejected(" OPS-1");
    }

    @Test
    public void parsingANumberOfNineteenDigits_isRejected() {
        assertRejected("OPS-1234567890123456789");
    }

    @Test
    public void parsingNull_isRejectedAsRequired() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> IssueKey.parse(null));

        assertEquals("key: is required", error.getMessage());
    }

    @Test
    public void constructingANegativeNumber_isRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new IssueKey("OPS", -3));

        assertEquals("key: must look like PROJECT-123, was \"OPS--3\"", error.getMessage());
    }

    @Test
    public void keysOfOneProject_orderNumerically() {
        List<IssueKey> keys = new ArrayList<>(List.of(IssueKey.parse("OPS-10"), IssueKey.parse("OPS-9"),
                IssueKey.parse("OPS-100")));

        Collections.sort(keys);

        assertEquals(List.of(IssueKey.parse("OPS-9"), IssueKey.parse("OPS-10"), IssueKey.parse("OPS-100")), keys);
    }

    @Test
    public void keysOfDifferentProjects_orderByProjectBeforeNumber() {
        List<IssueKey> keys = new ArrayList<>(List.of(IssueKey.parse("OPS-1"), IssueKey.parse("ABC-100"),
                IssueKey.parse("OPSX-1")));

        Collections.sort(keys);

        assertEquals(List.of(IssueKey.parse("ABC-100"), IssueKey.parse("OPS-1"), IssueKey.parse("OPSX-1")), keys);
    }

    private static void assertRejected(String text) {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> IssueKey.parse(text));

        assertEquals("key: must look like PROJECT-123, was \"" + text + "\"", error.getMessage());
        assertEquals("promisedesk.error.issueKey.format", error.i18nKey());
    }
}
