package io.promisedesk.scenario;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class ProblemReportTest {
    @Test
    public void problems_areWrittenInOrderAsEscapedJsonStrings() {
        String json = ProblemReport.json(List.of("issues[0].key: was \"A\\B\"", "$: tab\there, é"));

        assertEquals("""
                {
                  "problems": [
                    "issues[0].key: was \\"A\\\\B\\"",
                    "$: tab\\there, \\u00e9"
                  ]
                }
                """, json);
    }

    @Test
    public void noProblems_isAnEmptyList() {
        assertEquals("{\n  \"problems\": []\n}\n", ProblemReport.json(List.of()));
    }
}
