package io.promisedesk.jira.rest;

import org.junit.Test;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;

public class ScenarioAssessResourceTest {
    private final ScenarioAssessResource resource = new ScenarioAssessResource();

    @Test
    public void contractExample_isAnswered200WithExactlyTheAssessOutput() throws IOException {
        String scenario = resource("contract-example.json");

        Response response = resource.assess(scenario);

        assertEquals(200, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(resource("contract-example.expected.json"), response.getEntity());
    }

    @Test
    public void badScenario_isAnswered400WithEveryProblemAndItsPath() throws IOException {
        String broken = resource("contract-example.json")
                .replace("\"remainingHours\": 80", "\"remainingHours\": -80")
                .replace("\"warn\": 0.85", "\"warn\": 1.2")
                .replace("\"wished\": \"2026-03-04\"", "\"wished\": \"2026-02-30\"");

        Response response = resource.assess(broken);

        assertEquals(400, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("""
                {
                  "problems": [
                    "teams[0].warn: warn 1.2 must be below critical 1.0",
                    "issues[1].remainingHours: must be >= 0, was -80",
                    "promises[0].wished: must be a date such as 2026-03-02, was \\"2026-02-30\\""
                  ]
                }
                """, response.getEntity());
    }

    @Test
    public void malformedJson_isAnswered400WithThePathLineAndColumn() {
        Response response = resource.assess("{\n  \"today\": \"2026-03-02\",\n  \"teams\": [,]\n}");

        assertEquals(400, response.getStatus());
        assertEquals("""
                {
                  "problems": [
                    "teams[0]: not valid JSON at line 3, column 13: unexpected character ',', expected a value"
                  ]
                }
                """, response.getEntity());
    }

    @Test
    public void aNumberNoFieldTakes_isAProblemAtItsPath_notMalformedJson() throws IOException {
        String huge = resource("contract-example.json").replace("\"remainingHours\": 80", "\"remainingHours\": 1e308");

        Response response = resource.assess(huge);

        assertEquals(400, response.getStatus());
        assertEquals("""
                {
                  "problems": [
                    "issues[1].remainingHours: must have at most 100 digits before the decimal point, was 1e308"
                  ]
                }
                """, response.getEntity());
    }

    @Test
    public void aScenarioAfterAByteOrderMark_isAssessedAsWithout() throws IOException {
        Response response = resource.assess("\uFEFF" + resource("contract-example.json"));

        assertEquals(200, response.getStatus());
        assertEquals(resource("contract-example.expected.json"), response.getEntity());
    }

    @Test
    public void aNullDocument_isAProblemOfTheDocument() {
        Response response = resource.assess("null");

        assertEquals(400, response.getStatus());
        assertEquals("{\n  \"problems\": [\n    \"$: must be an object, was null\"\n  ]\n}\n", response.getEntity());
    }

    @Test
    public void emptyBody_isAnswered400NotAnError() {
        Response response = resource.assess("");

        assertEquals(400, response.getStatus());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScenarioAssessResourceTest.class.getResourceAsStream("/scenario/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
