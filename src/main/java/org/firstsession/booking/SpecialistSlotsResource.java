package org.firstsession.booking;

import java.time.ZoneId;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.booking.SlotView.Created;
import org.firstsession.booking.SlotView.SlotList;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.idempotency.IdempotencyService;

import io.quarkus.security.Authenticated;

@Path("/api/specialists/{specialistId}/slots")
@Tag(name = "Slots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpecialistSlotsResource {

    private final SlotService slots;
    private final CurrentUser currentUser;

    SpecialistSlotsResource(SlotService slots, CurrentUser currentUser) {
        this.slots = slots;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Open slots of a specialist",
            description = "Public. Bookable free-consultation slots of a published profile in a window (from, to; at most 31 days), local times in tz or the specialist's zone.")
    @GET
    @PermitAll
    public SlotList openSlots(@PathParam("specialistId") UUID specialistId,
            @Parameter(description = "ISO date or date-time; default now") @QueryParam("from") String from,
            @Parameter(description = "ISO date or date-time; default from + 7 days; at most 31 days after from") @QueryParam("to") String to,
            @Parameter(description = "IANA zone for the local times; default the specialist's") @QueryParam("tz") String tz) {
        ZoneId readerZone = SlotWindow.readerZone(tz);
        return slots.openSlots(specialistId, SlotWindow.parse(from, to), readerZone);
    }

    @Operation(summary = "Offer slots",
            description = "The owner offers one slot (startsAt) or a weekly rule's slots; answers 201 with the created slots and the skipped ones with reasons. Idempotency-Key honoured.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-owner time-zone-required slot-overlap")
    @POST
    @Authenticated
    @APIResponse(responseCode = "201", description = "The created slots and the skipped ones", content = @Content(schema = @Schema(implementation = Created.class)))
    public Response offer(@PathParam("specialistId") UUID specialistId, @NotNull @Valid SlotRequest request,
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        Created created = slots.offer(specialistId, currentUser.accountId(), idempotencyKey, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
