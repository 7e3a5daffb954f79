package org.firstsession.booking;

import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.problem.ProblemDocumentation;

import io.quarkus.security.Authenticated;

@Path("/api/slots")
@Tag(name = "Slots")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    private final SlotService slots;
    private final CurrentUser currentUser;

    SlotResource(SlotService slots, CurrentUser currentUser) {
        this.slots = slots;
        this.currentUser = currentUser;
    }

    /** Withdraws an open slot (204); a booked one only with {@code cancelBooking=true}, else 409. */
    @Operation(summary = "Withdraw a slot",
            description = "The specialist takes an open slot back (204). A booked slot is refused unless cancelBooking=true, which cancels the booking and tells the client; a slot whose consultation has taken place is refused.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "slot-booked slot-in-past")
    @DELETE
    @Path("/{id}")
    public void withdraw(@PathParam("id") UUID id, @QueryParam("cancelBooking") @DefaultValue("false") boolean cancelBooking) {
        slots.withdraw(id, currentUser.accountId(), cancelBooking);
    }
}
