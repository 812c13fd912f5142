package io.promisedesk.scenario;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

public class JsonWriterTest {
    @Test
    public void nestedValues_areIndentedByTwoSpacesOnePerLine() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("list", Arrays.asList(1, null, true));
        document.put("empty", List.of());
        document.put("none", Map.of());

        String json = JsonWriter.write(document);

        assertEquals("{\n  \"list\": [\n    1,\n    null,\n    true\n  ],\n  \"empty\": [],\n  \"none\": {}\n}\n", json);
    }

    @Test
    public void strings_escapeQuotesControlAndNonAsciiCharacters() {
        String json = JsonWriter.write(List.of("a\"b\\c\td\u0001é\u202e"));

        assertEquals("[\n  \"a\\\"b\\\\c\\td\\u0001\\u00e9\\u202e\"\n]\n", json);
    }

    @Test
    public void plainRunsBetweenEscapes_areKeptWhole_atTheStartMiddleAndEnd() {
        assertEquals("[\"\\\"plain\\n\",\"mid\\tdle\",\"end\\u00e9\",\"\"]",
                Json.write(List.of("\"plain\n", "mid\tdle", "end\u00e9", "")));
    }

    @Test
    public void decimals_alwaysShowAFraction_quantitiesTheirShortestForm() {
        assertEquals("140.0", JsonWriter.JsonNumber.decimal(new BigDecimal("140.0000")).text());
        assertEquals("0.7429", JsonWriter.JsonNumber.decimal(new BigDecimal("0.7429")).text());
        assertEquals("88", JsonWriter.JsonNumber.shortest(new BigDecimal("88.000")).text());
        assertEquals("104.5", JsonWriter.JsonNumber.shortest(new BigDecimal("104.500")).text());
        assertEquals("1000", JsonWriter.JsonNumber.shortest(new BigDecimal("1E+3")).text());
    }
}
