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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.problem.ProblemDocumentation;
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

    @Operation(summary = "Create my specialist profile",
            description = "A logged-in account creates its one profile as DRAFT (201 with Location); a second one is refused. Idempotency-Key honoured.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "profile-exists")
    @POST
    @Authenticated
    @APIResponse(responseCode = "201", description = "Created as DRAFT", content = @Content(schema = @Schema(implementation = SpecialistView.class)))
    public Response create(@NotNull @Valid SpecialistRequest request,
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey, @Context UriInfo uriInfo) {
        SpecialistView created = specialists.create(currentUser.accountId(), idempotencyKey, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @Operation(summary = "Read a specialist profile",
            description = "The owner gets the full view in any status; everyone else the public view of a published profile, else 404."
                    + " The public view gives headline and bio in the first language of Accept-Language that the specialist"
                    + " wrote them in (textLanguage says which; translatedFrom names the original's language when it is a"
                    + " translation), else as written.")
    @GET
    @Path("/{id}")
    @PermitAll
    @APIResponse(responseCode = "200", description = "The owner gets SpecialistView, everyone else the public view",
            content = @Content(schema = @Schema(anyOf = { SpecialistView.class, PublicSpecialistView.class })))
    public ProfileView read(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return specialists.read(id, currentUser.accountIdOrNull(), ProfileTexts.readerLanguages(acceptLanguage));
    }

    @Operation(summary = "Replace my profile",
            description = "The owner replaces every field (204). A published profile cannot become incomplete; others get 403 on a published profile and 404 on a draft.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-owner profile-incomplete")
    @PUT
    @Path("/{id}")
    @Authenticated
    @APIResponse(responseCode = "204", description = "Updated")
    public void update(@PathParam("id") UUID id, @NotNull @Valid SpecialistRequest request) {
        specialists.update(id, currentUser.accountId(), request);
    }

    @Operation(summary = "Publish my profile",
            description = "The owner publishes the profile; an incomplete one is refused naming the missing fields.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-owner profile-incomplete")
    @POST
    @Path("/{id}/publish")
    @Authenticated
    public SpecialistView publish(@PathParam("id") UUID id) {
        return specialists.publish(id, currentUser.accountId());
    }

    @Operation(summary = "Unpublish my profile",
            description = "The owner takes the profile out of the directory; a never-published draft is refused.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-owner not-published")
    @POST
    @Path("/{id}/unpublish")
    @Authenticated
    public SpecialistView unpublish(@PathParam("id") UUID id) {
        return specialists.unpublish(id, currentUser.accountId());
    }
}
