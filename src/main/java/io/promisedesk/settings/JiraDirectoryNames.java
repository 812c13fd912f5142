package io.promisedesk.settings;

/** The port that says whether a Jira group or project of that name exists, so that settings never name one that does not. */
public interface JiraDirectoryNames {

    boolean groupExists(String group);

    boolean projectExists(String projectKey);
}
