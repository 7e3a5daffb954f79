package org.firstsession.booking;

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

/** The specialist's time off: only their own (others' ids do not exist); without a profile, 404. */
@Path("/api/me/time-off")
@Tag(name = "Slots")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeOffResource {

    private final TimeOffService timeOff;
    private final CurrentUser currentUser;

    TimeOffResource(TimeOffService timeOff, CurrentUser currentUser) {
        this.timeOff = timeOff;
        this.currentUser = currentUser;
    }

    @POST
    public Response create(@NotNull @Valid TimeOffRequest request) {
        TimeOffView created = timeOff.create(currentUser.accountId(), request);
        return Response.created(URI.create("/api/me/time-off/" + created.id())).entity(created).build();
    }

    @GET
    public List<TimeOffView> list() {
        return timeOff.list(currentUser.accountId());
    }

    @GET
    @Path("/{id}")
    public TimeOffView get(@PathParam("id") UUID id) {
        return timeOff.get(id, currentUser.accountId());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        timeOff.delete(id, currentUser.accountId());
        return Response.noContent().build();
    }
}
