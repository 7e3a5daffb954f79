package org.firstsession.calendar;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.i18n.Languages;

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

    private final Languages languages;

    BusyCalendarResource(BusyCalendarService calendars, CurrentUser currentUser, Languages languages) {
        this.calendars = calendars;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @Operation(summary = "My busy calendars",
            description = "The calendars whose busy times block my slots (address masked), each with its last success, last error (in Accept-Language) and number of busy intervals.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist")
    @GET
    public List<BusyCalendarView> list(@Parameter(description = Languages.ACCEPT_LANGUAGE_DOC) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return calendars.mine(currentUser.accountId(), languages.negotiate(acceptLanguage).orElse(languages.fallback()));
    }

    /** 201 with the calendar (address masked); it is fetched by the next sync run (within a minute by default). */
    @Operation(summary = "Add a busy calendar",
            description = "An ICS address (https; not a private, loopback or link-local host) and a label; up to 3. Fetched within a minute, then every BUSY_SYNC_INTERVAL; slots that overlap a busy time are not offered or bookable.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist calendar-address-not-allowed busy-calendar-limit")
    @APIResponse(responseCode = "201", description = "Added; Location is the calendar", content = @Content(schema = @Schema(implementation = BusyCalendarView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid BusyCalendarRequest request) {
        BusyCalendarView added = calendars.add(currentUser.accountId(), request);
        return Response.created(URI.create("/api/me/busy-calendars/" + added.id())).entity(added).build();
    }

    /** Removes the calendar and its busy times: the slots they blocked are offered again. */
    @Operation(summary = "Remove a busy calendar",
            description = "Removes the calendar and its busy times; the slots they blocked are offered again. Someone else's calendar is 404.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist not-found")
    @DELETE
    @Path("/{id}")
    public void remove(@PathParam("id") UUID id) {
        calendars.remove(currentUser.accountId(), id);
    }
}
