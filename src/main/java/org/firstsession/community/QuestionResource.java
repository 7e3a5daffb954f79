package org.firstsession.community;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.community.CommunityViews.AnswerRequest;
import org.firstsession.community.CommunityViews.AnswerView;
import org.firstsession.community.CommunityViews.AskRequest;
import org.firstsession.community.CommunityViews.QuestionSummary;
import org.firstsession.community.CommunityViews.QuestionView;
import org.firstsession.moderation.ModerationViews.ReportRequest;
import org.firstsession.moderation.ModerationViews.ReportView;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.Page;
import org.firstsession.shared.i18n.Text;
import org.firstsession.shared.idempotency.IdempotencyService;
import org.firstsession.shared.web.RequestValidator;

import io.quarkus.security.Authenticated;

@Path("/api/questions")
@Tag(name = "Questions and answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

    public static final Text LOGIN_TO_ASK = problem(m -> m.login_to_ask());

    private final CommunityService community;
    private final CurrentUser currentUser;
    private final RequestValidator validator;

    QuestionResource(CommunityService community, CurrentUser currentUser, RequestValidator validator) {
        this.validator = validator;
        this.community = community;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Ask the community a question",
            description = "A logged-in person with a verified email asks a question (title, body, topic: general or a specialty code). At most 5 in 24 hours; the sixth answers 429.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "email-not-verified")
    @POST
    @PermitAll
    @APIResponse(responseCode = "201", description = "Asked", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public Response ask(AskRequest request, @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context UriInfo uriInfo) {
        // Login first, then the body: an anonymous visitor learns they must log in, whatever they sent.
        UUID me = currentUser.verifiedAccountId(LOGIN_TO_ASK);
        QuestionView asked = community.ask(me, idempotencyKey, validator.valid(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(asked.id().toString()).build())
                .entity(asked).build();
    }

    @Operation(summary = "List questions",
            description = "Public. Questions newest first, filtered by topic and full-text q; page and size as query parameters (anything else is a 400).")
    @GET
    @PermitAll
    public Page<QuestionSummary> list(
            @Parameter(description = "general or a specialty code from /api/taxonomy") @QueryParam("topic") String topic,
            @Parameter(description = "Full-text search over title and body (at most 200 characters)") @QueryParam("q") String q,
            @Parameter(description = "0-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 50, default 20") @QueryParam("size") String size) {
        return community.list(QuestionQuery.parse(topic, q, page, size), currentUser.accountIdOrNull());
    }

    @Operation(summary = "Read a question",
            description = "Public. The question with its answers; hidden questions are 404 except for admins.")
    @GET
    @Path("/{id}")
    @PermitAll
    public QuestionView get(@PathParam("id") UUID id) {
        return community.get(id, currentUser.accountIdOrNull(), currentUser.isAdmin());
    }

    @Operation(summary = "Delete my question",
            description = "The asker deletes their question for everyone; anyone else is refused.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-asker")
    @DELETE
    @Path("/{id}")
    @Authenticated
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        community.delete(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @Operation(summary = "Answer a question",
            description = "A specialist with a published profile answers a question; the asker is told by email.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist email-not-verified")
    @POST
    @Path("/{id}/answers")
    @Authenticated
    @APIResponse(responseCode = "201", description = "Answered", content = @Content(schema = @Schema(implementation = AnswerView.class)))
    public Response answer(@PathParam("id") UUID id, @NotNull @Valid AnswerRequest request) {
        AnswerView answer = community.answer(id, currentUser.accountId(), request.body());
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @Operation(summary = "Report a question",
            description = "Anyone logged in reports a question to the admins with a reason.")
    @POST
    @Path("/{id}/report")
    @Authenticated
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(community.reportQuestion(id, currentUser.accountId(), currentUser.isAdmin(), request.reason()))
                .build();
    }
}
