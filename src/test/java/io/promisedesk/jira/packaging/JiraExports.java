package io.promisedesk.jira.packaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The packages Jira 10.3 exports to plugins, as far as sources show them: the stand-in host of the packaging tests. */
final class JiraExports {
    /**
     * The packages our bundle imports, at the versions Jira 10.3 exports them (docs/research/platform-osgi.md, 6):
     * JAX-RS from the jakarta.ws.rs-api 2.1.6 line, still javax.ws.rs. The REST v2 API package's exported version
     * is not known (atlassian-rest 8.x is likely); our import is unversioned, so it is exported here unversioned.
     * The same for Active Objects (the AO plugin 6.x and net.java.ao 6.x are likely in Platform 7) and SAL's
     * transaction package (SAL 6.x likely): exact Jira 10.3 versions UNVERIFIED, our imports unversioned. Atlassian
     * Cache and Atlassian Event (libraries of Platform 7, versions not looked up) are exported unversioned too.
     * A new import fails FelixResolveIT and PluginBootIT until its Jira 10.3 export is looked up and added here.
     */
    static final Map<String, String> JIRA_10_3 = exports(
            "javax.ws.rs", "2.1.6",
            "javax.ws.rs.core", "2.1.6",
            "javax.ws.rs.container", "2.1.6",
            "javax.ws.rs.ext", "2.1.6",
            "javax.ws.rs.client", "2.1.6",
            // JSR-330 1, "likely" in docs/research/platform-osgi.md section 6; our import is unversioned either way.
            "javax.inject", "1.0.0",
            "com.atlassian.plugins.rest.api.security.annotation", "0.0.0",
            // The servlets' access annotations (atlassian-annotations, Platform 7): export version UNVERIFIED, our
            // import unversioned (docs/jira-api-surface.md, "Read-only status links").
            "com.atlassian.annotations.security", "0.0.0",
            // Jira's own packages, the plugin framework's (8.x) and SAL's (6.x): the likely export versions, none
            // confirmed (docs/research/platform-osgi.md, 6). Our imports are unversioned, as in Atlassian's own Jira
            // 10 plugins, so they resolve whatever the version.
            "com.atlassian.jira.issue", "10.3.0",
            "com.atlassian.jira.permission", "10.3.0",
            "com.atlassian.jira.security", "10.3.0",
            "com.atlassian.jira.security.groups", "10.3.0",
            "com.atlassian.jira.security.plugin", "10.3.0",
            "com.atlassian.jira.user", "10.3.0",
            "com.atlassian.plugin.web", "8.0.0",
            "com.atlassian.sal.api", "6.0.0",
            "com.atlassian.activeobjects.external", "0.0.0",
            "com.atlassian.sal.api.transaction", "0.0.0",
            "net.java.ao", "0.0.0",
            "net.java.ao.schema", "0.0.0",
            // Jira's API packages the custom field types use (versions as above: likely, not confirmed).
            "com.atlassian.jira.issue.customfields.impl", "10.3.0",
            "com.atlassian.jira.issue.customfields.manager", "10.3.0",
            "com.atlassian.jira.issue.customfields.persistence", "10.3.0",
            "com.atlassian.jira.issue.customfields.view", "10.3.0",
            "com.atlassian.jira.issue.fields", "10.3.0",
            "com.atlassian.jira.issue.fields.config", "10.3.0",
            "com.atlassian.jira.issue.fields.layout.field", "10.3.0",
            "com.atlassian.jira.util", "10.3.0",
            // The servlets: Servlet 4.0 (Tomcat 9) still javax in Jira 10; the exact export version is UNVERIFIED, so
            // our import is unversioned, as in Atlassian's Jira 10 Slack plugin. SAL's login and XSRF packages and
            // the template renderer: versions UNVERIFIED, imports unversioned.
            "javax.servlet.http", "4.0.0",
            "javax.servlet", "4.0.0",
            "com.atlassian.sal.api.auth", "6.0.0",
            "com.atlassian.sal.api.xsrf", "6.0.0",
            "com.atlassian.templaterenderer", "0.0.0",
            // PageBuilderService (the web resource framework of Platform 7); export version UNVERIFIED, import
            // unversioned, as Atlassian's Jira 10 Slack plugin gets it.
            "com.atlassian.webresource.api.assembler", "0.0.0",
            "com.atlassian.cache", "0.0.0",
            "com.atlassian.event.api", "0.0.0",
            "com.atlassian.jira.bc.issue.search", "10.3.0",
            "com.atlassian.jira.event.issue", "10.3.0",
            "com.atlassian.jira.event.type", "10.3.0",
            "com.atlassian.jira.issue.customfields", "10.3.0",
            "com.atlassian.jira.issue.priority", "10.3.0",
            "com.atlassian.jira.issue.search", "10.3.0",
            "com.atlassian.jira.issue.status", "10.3.0",
            "com.atlassian.jira.issue.status.category", "10.3.0",
            "com.atlassian.jira.web.bean", "10.3.0",
            "com.atlassian.query", "10.3.0",
            // Jira's project lookup; Crowd's embedded API (Crowd's version, not looked up), imported unversioned.
            "com.atlassian.jira.project", "10.3.0",
            "com.atlassian.crowd.embedded.api", "0.0.0",
            "com.atlassian.sal.api.websudo", "6.0.0",
            // Digests: Atlassian Scheduler (5.0.0 likely in Platform 7, docs/research/platform-osgi.md 6), SAL's
            // lifecycle, atlassian-mail, Jira's template, user and config packages, JavaMail 1.6 (still javax in
            // Jira 10) and SLF4J. Export versions UNVERIFIED; our imports are unversioned.
            "com.atlassian.scheduler", "5.0.0",
            "com.atlassian.scheduler.config", "5.0.0",
            "com.atlassian.sal.api.lifecycle", "6.0.0",
            "com.atlassian.mail", "0.0.0",
            "com.atlassian.mail.queue", "0.0.0",
            "com.atlassian.jira.template", "10.3.0",
            "com.atlassian.jira.user.util", "10.3.0",
            "com.atlassian.jira.config", "10.3.0",
            "javax.mail", "1.6.2",
            "javax.mail.internet", "1.6.2",
            "org.slf4j", "1.7.36",
            // The health check: the plugin framework's accessor (8.x, as com.atlassian.plugin.web above), Jira's cluster
            // and custom field searcher packages, atlassian-mail's servers and Atlassian Scheduler's job status. Export
            // versions UNVERIFIED; our imports are unversioned.
            "com.atlassian.plugin", "8.0.0",
            "com.atlassian.jira.cluster", "10.3.0",
            "com.atlassian.jira.plugin.customfield", "10.3.0",
            "com.atlassian.mail.server", "0.0.0",
            "com.atlassian.scheduler.status", "5.0.0",
            // The refresh pool's guard: Jira's thread-local component, and the Log4j 1.x API its postCall takes, which
            // Jira provides through Log4j 2's log4j-1.2-api bridge since 9.5 (docs/jira-api-surface.md, "Threads of our
            // own"). Export versions UNVERIFIED; our imports are unversioned.
            "com.atlassian.jira.util.thread", "10.3.0",
            "org.apache.log4j", "0.0.0");

    private JiraExports() {
    }

    private static Map<String, String> exports(String... packagesAndVersions) {
        Map<String, String> exports = new LinkedHashMap<>();
        for (int i = 0; i < packagesAndVersions.length; i += 2) {
            exports.put(packagesAndVersions[i], packagesAndVersions[i + 1]);
        }
        return Collections.unmodifiableMap(exports);
    }
}
