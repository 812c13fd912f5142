package io.promisedesk.scenario;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class JsonParserTest {
    @Test
    public void values_keepTheirTypesAndDecimals() {
        Object parsed = JsonParser.parse("{\"a\": [1, 0.10, -2.5e1, true, false, null, \"x\\u00e9\\n\"], \"b\": {}}");

        Map<?, ?> object = (Map<?, ?>) parsed;
        List<?> array = (List<?>) object.get("a");
        assertEquals(new BigDecimal("1"), array.get(0));
        assertEquals(new BigDecimal("0.10"), array.get(1));
        assertEquals(new BigDecimal("-2.5e1"), array.get(2));
        assertEquals(Boolean.TRUE, array.get(3));
        assertEquals(Boolean.FALSE, array.get(4));
        assertNull(array.get(5));
        assertEquals("xé\n", array.get(6));
        assertEquals(Map.of(), object.get("b"));
    }

    @Test
    public void duplicateField_isRefusedWhereItStands() {
        assertSyntaxError("{\"a\": 1,\n \"a\": 2}", "line 2, column 2: field \"a\" appears twice");
    }

    @Test
    public void malformedDocuments_nameTheirFirstProblem() {
        assertSyntaxError("", "line 1, column 1: unexpected end of input, expected a value");
        assertSyntaxError("{\"a\" 1}", "line 1, column 6: expected ':', found '1'");
        assertSyntaxError("[1 2]", "line 1, column 4: expected ',' or ']', found '2'");
        assertSyntaxError("{\"a\": 1", "line 1, column 8: unexpected end of input, expected ',' or '}'");
        assertSyntaxError("\"open", "line 1, column 6: unterminated string");
        assertSyntaxError("01", "line 1, column 1: '01' is not a JSON number");
        assertSyntaxError("1.", "line 1, column 1: '1.' is not a JSON number: digits expected after '.'");
        assertSyntaxError("nul", "line 1, column 1: 'nul' is not a JSON value");
        assertSyntaxError("[" .repeat(65), "line 1, column 65: nested deeper than 64 levels");
    }

    @Test
    public void wordsThatAreNoJsonValue_areQuotedAsTyped() {
        assertSyntaxError("[NaN]", "line 1, column 2: 'NaN' is not a JSON value");
        assertSyntaxError("[Infinity]", "line 1, column 2: 'Infinity' is not a JSON value");
        assertSyntaxError("[-Infinity]", "line 1, column 2: '-Infinity' is not a JSON number");
        assertSyntaxError("[+1]", "line 1, column 2: '+1' is not a JSON value");
        assertSyntaxError("[.5]", "line 1, column 2: '.5' is not a JSON value");
        assertSyntaxError("[0x1F]", "line 1, column 2: '0x1F' is not a JSON number");
        assertSyntaxError("[1.5.3]", "line 1, column 2: '1.5.3' is not a JSON number");
        assertSyntaxError("[1e]", "line 1, column 2: '1e' is not a JSON number: digits expected in exponent");
        assertSyntaxError("[tru]", "line 1, column 2: 'tru' is not a JSON value");
        assertSyntaxError("[true1]", "line 1, column 2: 'true1' is not a JSON value");
        assertSyntaxError("[" + "x".repeat(1_000) + "]", "line 1, column 2: '" + "x".repeat(40) + "...' is not a JSON value");
    }

    @Test
    public void syntaxErrors_nameTheJsonPathOfTheValueBeingRead() {
        JsonParser.JsonSyntaxException inValue = syntaxError("{\"teams\": [{\"members\": [{\"user\": \"anna\","
                + " \"weeklyHours\": NaN}]}]}");
        JsonParser.JsonSyntaxException duplicate = syntaxError("{\"hours\": 1, \"hours\": 2}");
        JsonParser.JsonSyntaxException betweenMembers = syntaxError("{\"today\": \"2026-03-02\" \"teams\": []}");
        JsonParser.JsonSyntaxException inArray = syntaxError("[1, [2, x]]");

        assertEquals("teams[0].members[0].weeklyHours", inValue.path());
        assertEquals(Optional.of("teams"), inValue.member());
        assertEquals("'NaN' is not a JSON value", inValue.problem());
        assertEquals("hours", duplicate.path());
        assertEquals("line 1, column 14: field \"hours\" appears twice", duplicate.getMessage());
        assertEquals("$", betweenMembers.path());
        assertEquals(Optional.empty(), betweenMembers.member());
        assertEquals("$[1][1]", inArray.path());
        assertEquals(Optional.empty(), inArray.member());
    }

    @Test
    public void numbersNoFieldTakes_areValuesKeptAsTyped_notFailuresOfTheDocument() {
        String hugeInteger = "9".repeat(101);
        String longFraction = "0." + "0".repeat(100) + "1";

        List<?> array = (List<?>) JsonParser.parse("[1e308, -1e308, 1E+100, " + hugeInteger + ", 1e99999999999999999999,"
                + " 1e-200, " + longFraction + ", -1e-999999999]");

        assertEquals(List.of(new OutOfRangeNumber("1e308", true), new OutOfRangeNumber("-1e308", true),
                new OutOfRangeNumber("1E+100", true), new OutOfRangeNumber(hugeInteger, true),
                new OutOfRangeNumber("1e99999999999999999999", true), new OutOfRangeNumber("1e-200", false),
                new OutOfRangeNumber(longFraction, false), new OutOfRangeNumber("-1e-999999999", false)), array);
    }

    @Test
    public void numbersWithinTheLimits_areExactDecimals() {
        String hundredDigits = "9".repeat(100);
        String hundredDecimals = "0." + "0".repeat(99) + "1";

        List<?> array = (List<?>) JsonParser.parse("[1e99, " + hundredDigits + ", " + hundredDecimals + ", 12.5e-1,"
                + " 0e999999999, -0.000]");

        assertEquals(List.of(new BigDecimal("1e99"), new BigDecimal(hundredDigits), new BigDecimal(hundredDecimals),
                new BigDecimal("1.25"), BigDecimal.ZERO, new BigDecimal("0.000")), array);
    }

    @Test(timeout = 5_000)
    public void aNumberOfMillionsOfDigits_isJudgedOnItsText_notComputed() {
        String digits = "1".repeat(5_000_000);

        Object number = JsonParser.parse(digits);
        Object decimals = JsonParser.parse("0." + digits);

        assertEquals(new OutOfRangeNumber(digits, true), number);
        assertEquals(new OutOfRangeNumber("0." + digits, false), decimals);
    }

    @Test
    public void aByteOrderMark_isIgnored_andNotCountedAsAColumn() {
        assertEquals(Map.of("a", BigDecimal.ONE), JsonParser.parse("\uFEFF{\"a\": 1}"));
        assertSyntaxError("\uFEFF{\"a\" 1}", "line 1, column 6: expected ':', found '1'");
    }

    @Test
    public void charactersThatCannotBeSeen_areNamedByCodePoint() {
        assertSyntaxError("{\"a\": 1,\u00A0\"b\": 2}", "line 1, column 9: expected a field name in double quotes, found U+00A0");
        assertSyntaxError("[\uFEFF]", "line 1, column 2: unexpected character U+FEFF, expected a value");
        assertSyntaxError("[\u202E]", "line 1, column 2: unexpected character U+202E, expected a value");
        assertSyntaxError("[\u202Eabc]", "line 1, column 2: '\\u202eabc' is not a JSON value");
        assertSyntaxError("[\"a\u0000b\"]", "line 1, column 4: control character U+0000 in string");
    }

    private static void assertSyntaxError(String json, String message) {
        assertEquals(message, syntaxError(json).getMessage());
    }

    private static JsonParser.JsonSyntaxException syntaxError(String json) {
        return assertThrows(JsonParser.JsonSyntaxException.class, () -> JsonParser.parse(json));
    }
}
