package org.firstsession.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/consents")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private final Consents consents;

    ConsentResource(Consents consents) {
        this.consents = consents;
    }

    /** The wording a client agrees to when booking; send its version as consentVersion. */
    @Operation(summary = "The booking consent",
            description = "Public. The wording and version of the consent a booking must send.")
    @GET
    @Path("/booking")
    @PermitAll
    public Consents.Wording booking() {
        return consents.bookingWording();
    }
}
