package io.promisedesk.jira.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * The web resource context of the descriptor's {@code promisedesk-resources} module, required on every page that
 * shows a Promise Desk screen so that Jira links the plugin's stylesheet into that page.
 */
public final class StylesheetContext {
    /** A {@code <context>} of the web resource module in atlassian-plugin.xml. */
    public static final String NAME = "promisedesk";

    private StylesheetContext() {
    }

    /** Asks Jira to include the stylesheet in the page being built for the current request. */
    public static void requireOn(PageBuilderService pages) {
        pages.assembler().resources().requireContext(NAME);
    }
}
