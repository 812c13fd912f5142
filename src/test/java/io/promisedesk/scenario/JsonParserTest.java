package io.promisedesk.scenario;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
        assertSyntaxError("{\"a\" 1}", "line 1, column 6: expected ':'");
        assertSyntaxError("[1 2]", "line 1, column 4: expected ',' or ']'");
        assertSyntaxError("\"open", "line 1, column 6: unterminated string");
        assertSyntaxError("01", "line 1, column 2: unexpected text after the JSON document");
        assertSyntaxError("1.", "line 1, column 3: invalid number: digits expected after '.'");
        assertSyntaxError("[1e999999999]", "line 1, column 2: number out of range");
        assertSyntaxError("nul", "line 1, column 1: unexpected text, expected a value");
        assertSyntaxError("[" .repeat(65), "line 1, column 65: nested deeper than 64 levels");
    }

    private static void assertSyntaxError(String json, String message) {
        JsonParser.JsonSyntaxException thrown = assertThrows(JsonParser.JsonSyntaxException.class, () -> JsonParser.parse(json));
        assertEquals(message, thrown.getMessage());
    }
}
