package org.firstsession.calendar;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;

import io.quarkus.security.Authenticated;

/**
 * The specialist's busy calendars (issue #19, "busy times in"). Access: logged in (else 401) and owning a
 * specialist profile (else 403 {@code not-a-specialist}); someone else's calendar is 404.
 */
@Path("/api/me/busy-calendars")
@Tag(name = "Calendars")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BusyCalendarResource {

    private final BusyCalendarService calendars;
    private final CurrentUser currentUser;

    BusyCalendarResource(BusyCalendarService calendars, CurrentUser currentUser) {
        this.calendars = calendars;
        this.currentUser = currentUser;
    }

    @GET
    public List<BusyCalendarView> list() {
        return calendars.mine(currentUser.accountId());
    }

    /** 201 with the calendar (address masked); it is fetched by the next sync run (within a minute by default). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid BusyCalendarRequest request) {
        BusyCalendarView added = calendars.add(currentUser.accountId(), request);
        return Response.created(URI.create("/api/me/busy-calendars/" + added.id())).entity(added).build();
    }

    /** Removes the calendar and its busy times: the slots they blocked are offered again. */
    @DELETE
    @Path("/{id}")
    public void remove(@PathParam("id") UUID id) {
        calendars.remove(currentUser.accountId(), id);
    }
}
