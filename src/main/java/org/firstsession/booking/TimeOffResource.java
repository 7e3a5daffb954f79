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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.firstsession.problem.ProblemDocumentation;
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

    @Operation(summary = "Add time off",
            description = "The specialist blocks a period (whole days or hours in the profile's time zone): open slots in it are withdrawn, booked ones are listed and kept, weekly rules skip it. Not in the past, end after start, at most a year ahead.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found time-zone-required")
    @APIResponse(responseCode = "201", description = "Added; Location is the time off", content = @Content(schema = @Schema(implementation = TimeOffView.class)))
    @POST
    public Response create(@NotNull @Valid TimeOffRequest request) {
        TimeOffView created = timeOff.create(currentUser.accountId(), request);
        return Response.created(URI.create("/api/me/time-off/" + created.id())).entity(created).build();
    }

    @Operation(summary = "My time off",
            description = "The specialist's current and future time off, soonest first; without a specialist profile 404.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found")
    @GET
    public List<TimeOffView> list() {
        return timeOff.list(currentUser.accountId());
    }

    @Operation(summary = "Read time off",
            description = "One of my periods of time off; another specialist's is 404.")
    @GET
    @Path("/{id}")
    public TimeOffView get(@PathParam("id") UUID id) {
        return timeOff.get(id, currentUser.accountId());
    }

    @Operation(summary = "Remove time off",
            description = "Ends a period of time off; withdrawn slots are not restored (offer them again).")
    @APIResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        timeOff.delete(id, currentUser.accountId());
        return Response.noContent().build();
    }
}
