package io.promisedesk.jira.rest;

import org.junit.Test;

import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;
import java.lang.reflect.Proxy;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Every answer of the REST module, whoever built it, is marked not to be sniffed. */
public class NoSniffResponsesTest {

    @Test
    public void anyResponse_getsNosniff_once_evenWhenItHadAnotherValue() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.add(NoSniffResponses.HEADER, "sniff-away");
        ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ContainerResponseContext.class},
                (self, called, args) -> {
                    if (called.getName().equals("getHeaders")) {
                        return headers;
                    }
                    throw new AssertionError("unexpected call of " + called.getName());
                });

        new NoSniffResponses().filter(null, response);

        assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"));
    }

    @Test
    public void theFilter_isAProviderInTheResourcesPackage_soJirasRestModuleScansIt() {
        assertTrue(NoSniffResponses.class.isAnnotationPresent(Provider.class));
        assertEquals(CommitmentResource.class.getPackageName(), NoSniffResponses.class.getPackageName());
    }
}
