package org.firstsession.community;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.moderation.ModerationViews.ReportRequest;
import org.firstsession.moderation.ModerationViews.ReportView;

import io.quarkus.security.Authenticated;

@Path("/api/answers")
@Tag(name = "Questions and answers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnswerResource {

    private final CommunityService community;
    private final CurrentUser currentUser;

    AnswerResource(CommunityService community, CurrentUser currentUser) {
        this.community = community;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Report an answer",
            description = "Anyone logged in reports an answer to the admins with a reason; it appears in the admins' reports.")
    @POST
    @Path("/{id}/report")
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(community.reportAnswer(id, currentUser.accountId(), currentUser.isAdmin(), request.reason()))
                .build();
    }
}
