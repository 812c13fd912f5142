package io.promisedesk.jira.rest;

import org.junit.Test;

import javax.ws.rs.container.PreMatching;
import javax.ws.rs.ext.Provider;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Which declared body types {@link JsonOnlyWrites} lets through, and how Jira's REST module finds it. */
public class JsonOnlyWritesTest {

    @Test
    public void json_withOrWithoutParameters_inAnyCase_isJson() {
        assertTrue(JsonOnlyWrites.isJson("application/json"));
        assertTrue(JsonOnlyWrites.isJson("application/json; charset=utf-8"));
        assertTrue(JsonOnlyWrites.isJson(" Application/JSON;charset=UTF-8 "));
    }

    @Test
    public void noType_formTypes_wildcards_otherJson_andUnreadableTypes_areNot() {
        for (String type : new String[] {null, "", "  ", "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/*", "*/*", "application/json-patch+json",
                "text/json", "json, please", "application/json;;;=="}) {
            assertFalse(String.valueOf(type), JsonOnlyWrites.isJson(type));
        }
    }

    @Test
    public void theFilter_isAProviderInTheResourcesPackage_runBeforeMatching_soJirasRestModuleScansIt() {
        assertTrue(JsonOnlyWrites.class.isAnnotationPresent(Provider.class));
        assertTrue(JsonOnlyWrites.class.isAnnotationPresent(PreMatching.class));
        assertTrue(JsonOnlyWrites.class.getPackageName().equals(CommitmentResource.class.getPackageName()));
    }
}
