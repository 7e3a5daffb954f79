package org.firstsession.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint (it lives in src/test, so the packaged app never has it): a bug, to see what an
 * operator gets from an unexpected error. Hidden from the OpenAPI document, so the sweeps skip it.
 */
@Path("/api/test-only/failure")
@PermitAll
public class FailingTestResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("a bug for the log test");
    }
}
