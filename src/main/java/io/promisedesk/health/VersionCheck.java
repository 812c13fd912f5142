package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Promise Desk's version, Jira's version and build, and whether Promise Desk supports that Jira: 10.3 and later. */
public final class VersionCheck implements HealthCheck {
    static final int LOWEST_MAJOR = 10;
    static final int LOWEST_MINOR = 3;
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)(?:[.\\-].*)?");

    private final VersionProbe probe;

    public VersionCheck(VersionProbe probe) {
        this.probe = Require.present(probe, "probe");
    }

    @Override
    public Area area() {
        return Area.VERSIONS;
    }

    @Override
    public List<Finding> run() {
        VersionProbe.Versions versions = probe.versions();
        List<Finding> findings = new ArrayList<>();
        String plugin = versions.plugin().orElse("?");
        String jira = versions.jira().isEmpty() ? "?" : versions.jira();
        String build = versions.jiraBuild().isEmpty() ? "?" : versions.jiraBuild();
        if (supported(versions.jira())) {
            findings.add(Finding.green(Message.of("promisedesk.health.versions.supported", plugin, jira, build)));
        } else {
            findings.add(Finding.amber(Message.of("promisedesk.health.versions.unsupported", plugin, jira, build),
                    Message.of("promisedesk.health.versions.unsupported.advice")));
        }
        if (versions.plugin().isEmpty()) {
            findings.add(Finding.amber(Message.of("promisedesk.health.versions.pluginUnknown"),
                    Message.of("promisedesk.health.versions.pluginUnknown.advice")));
        }
        return findings;
    }

    /** 10.3 and any later version; a version that does not start with major.minor is not known to work. */
    static boolean supported(String version) {
        Matcher matcher = MAJOR_MINOR.matcher(version);
        if (!matcher.matches()) {
            return false;
        }
        try {
            int major = Integer.parseInt(matcher.group(1));
            int minor = Integer.parseInt(matcher.group(2));
            return major > LOWEST_MAJOR || (major == LOWEST_MAJOR && minor >= LOWEST_MINOR);
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }
}
