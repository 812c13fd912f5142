package io.promisedesk.jira.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;

/**
 * A stand-in for Jira's page builder that records every web resource context required of it, in order; any other
 * request (a single web resource, data, the superbatch) fails the test.
 */
public final class RequiredContexts {
    private final List<String> required = new ArrayList<>();
    private final PageBuilderService pageBuilder;

    public RequiredContexts() {
        RequiredResources[] resources = new RequiredResources[1];
        resources[0] = fake(RequiredResources.class, Map.of("requireContext", arguments -> {
            required.add((String) arguments[0]);
            return resources[0];
        }));
        WebResourceAssembler assembler = fake(WebResourceAssembler.class, Map.of("resources", returns(resources[0])));
        pageBuilder = fake(PageBuilderService.class, Map.of("assembler", returns(assembler)));
    }

    public PageBuilderService pageBuilder() {
        return pageBuilder;
    }

    /** The contexts required so far, one entry per call. */
    public List<String> required() {
        return List.copyOf(required);
    }
}
