package io.promisedesk.health;

import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class VersionCheckTest {
    private static List<String> check(Optional<String> plugin, String jira, String build) {
        return Findings.read(new VersionCheck(() -> new VersionProbe.Versions(plugin, jira, build)).run());
    }

    @Test
    public void jira10Point3AndLater_isSupported() {
        assertEquals(List.of("GREEN Promise Desk 1.2.0 runs on Jira 10.3.4 (build 10030004), a version Promise Desk"
                + " supports (10.3 and later)."), check(Optional.of("1.2.0"), "10.3.4", "10030004"));
        assertTrue(VersionCheck.supported("10.3"));
        assertTrue(VersionCheck.supported("10.7.1"));
        assertTrue(VersionCheck.supported("11.0.0-m0004"));
    }

    @Test
    public void anOlderOrUnreadableJira_isAmber_withWhatToRunInstead() {
        VersionCheck check = new VersionCheck(() -> new VersionProbe.Versions(Optional.of("1.2.0"), "10.2.1", "10020001"));

        List<Finding> findings = check.run();

        assertEquals(List.of("AMBER Promise Desk 1.2.0 runs on Jira 10.2.1 (build 10020001), a version Promise Desk does"
                + " not support: it needs Jira 10.3 or later."), Findings.read(findings));
        assertEquals("Run Promise Desk on Jira Data Center 10.3 LTS or later; on other versions parts of it may fail"
                + " without warning.", Findings.advice(findings.get(0)));
        for (String version : List.of("9.12.15", "", "ten", "10", "99999999999.1")) {
            assertFalse(version, VersionCheck.supported(version));
        }
        assertEquals(List.of("AMBER Promise Desk 1.2.0 runs on Jira ? (build ?), a version Promise Desk does not"
                + " support: it needs Jira 10.3 or later."), check(Optional.of("1.2.0"), null, null));
    }

    @Test
    public void aPluginVersionJiraDoesNotReport_isAmber() {
        List<String> found = check(Optional.empty(), "10.3.0", "10030000");

        assertEquals(List.of("GREEN Promise Desk ? runs on Jira 10.3.0 (build 10030000), a version Promise Desk supports"
                + " (10.3 and later).", "AMBER Jira does not report Promise Desk’s own version."), found);
    }
}
