package io.promisedesk.bench;

import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Keeps {@code ./bench cpu-ratio} working: the harness on a small workload, one round, no figures judged. */
public class EngineCpuRatioSmokeTest {

    @Test
    public void oneSmallRound_measuresBothSidesAndPrintsTheirRatio() {
        EngineCpuRatio.Result result = EngineCpuRatio.measure(1_000, 1, 1, 1);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        result.print(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(1, result.engineMillis().length);
        assertTrue("engine CPU time", result.engineMillis()[0] > 0);
        assertTrue("simulation CPU time", result.simulationMillis()[0] > 0);
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("1,000 items, 50 teams, 1 rounds"));
        assertTrue(text, text.contains("ratio "));
    }
}
