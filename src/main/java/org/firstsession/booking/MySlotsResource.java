package org.firstsession.booking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.booking.SlotView.SlotList;
import org.firstsession.problem.ProblemDocumentation;

import io.quarkus.security.Authenticated;

@Path("/api/me/slots")
@Tag(name = "Slots")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MySlotsResource {

    private final SlotService slots;
    private final CurrentUser currentUser;

    MySlotsResource(SlotService slots, CurrentUser currentUser) {
        this.slots = slots;
        this.currentUser = currentUser;
    }

    /** All my slots in a window (at most 92 days) with state OPEN, BOOKED or WITHDRAWN. */
    @Operation(summary = "My slots",
            description = "The specialist's slots in a window (from, to: ISO dates or date-times; at most 92 days) with state OPEN, BOOKED or WITHDRAWN. Without a profile: 404.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found")
    @GET
    public SlotList mySlots(@QueryParam("from") String from, @QueryParam("to") String to) {
        return slots.mySlots(currentUser.accountId(), SlotWindow.parse(from, to));
    }
}
