package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.runner.Description;
import org.junit.runner.JUnitCore;
import org.junit.runner.Request;
import org.junit.runner.Result;
import org.junit.runner.RunWith;
import org.junit.runner.notification.Failure;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** The runner that runs each browser test class in both themes: twice, rules afresh, failures named by theme. */
public class InBothThemesTest {

    /** What the probe saw, in order: its rule's starts and stops, and the theme of each test. */
    static final List<String> SEEN = new ArrayList<>();

    /** A browser test class stand-in: a class rule, one test that passes in both themes, one that fails in dark. */
    @RunWith(InBothThemes.class)
    public static class Probe {
        @ClassRule
        public static final ExternalResource RULE = new ExternalResource() {
            @Override
            protected void before() {
                SEEN.add("start " + InBothThemes.current().parameter());
            }

            @Override
            protected void after() {
                SEEN.add("stop");
            }
        };

        @Test
        public void passes() {
            SEEN.add("passes " + InBothThemes.current().parameter());
        }

        @Test
        public void failsInTheDark() {
            assertEquals(Theme.LIGHT, InBothThemes.current());
        }
    }

    @Test
    public void aClass_runsInTheLightThenTheDarkTheme_eachWithItsRulesAfresh_andADarkFailureIsNamedSo() {
        SEEN.clear();

        Result result = new JUnitCore().run(Request.aClass(Probe.class));

        assertEquals(List.of("start light", "passes light", "stop", "start dark", "passes dark", "stop"), SEEN);
        assertEquals(4, result.getRunCount());
        assertEquals(List.of("failsInTheDark[dark]"),
                result.getFailures().stream().map(Failure::getDescription).map(Description::getMethodName).toList());
        assertEquals(Theme.LIGHT, InBothThemes.current());
    }
}
