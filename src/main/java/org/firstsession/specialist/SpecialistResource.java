package org.firstsession.specialist;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.shared.idempotency.IdempotencyService;

import io.quarkus.security.Authenticated;

@Path("/api/specialists")
@Tag(name = "Specialists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpecialistResource {

    private final SpecialistService specialists;
    private final CurrentUser currentUser;

    SpecialistResource(SpecialistService specialists, CurrentUser currentUser) {
        this.specialists = specialists;
        this.currentUser = currentUser;
    }

    @POST
    @Authenticated
    @APIResponse(responseCode = "201", description = "Created as DRAFT")
    public Response create(@NotNull @Valid SpecialistRequest request,
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey, @Context UriInfo uriInfo) {
        SpecialistView created = specialists.create(currentUser.accountId(), idempotencyKey, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @APIResponse(responseCode = "200", description = "The owner gets SpecialistView, everyone else the public view",
            content = @Content(schema = @Schema(oneOf = { SpecialistView.class, PublicSpecialistView.class })))
    public ProfileView read(@PathParam("id") UUID id) {
        return specialists.read(id, currentUser.accountIdOrNull());
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @APIResponse(responseCode = "204", description = "Updated")
    public void update(@PathParam("id") UUID id, @NotNull @Valid SpecialistRequest request) {
        specialists.update(id, currentUser.accountId(), request);
    }

    @POST
    @Path("/{id}/publish")
    @Authenticated
    public SpecialistView publish(@PathParam("id") UUID id) {
        return specialists.publish(id, currentUser.accountId());
    }

    @POST
    @Path("/{id}/unpublish")
    @Authenticated
    public SpecialistView unpublish(@PathParam("id") UUID id) {
        return specialists.unpublish(id, currentUser.accountId());
    }
}
