package org.firstsession.messaging;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.messaging.MessagingViews.ConversationView;
import org.firstsession.messaging.MessagingViews.MessagePage;
import org.firstsession.messaging.MessagingViews.MessageView;
import org.firstsession.messaging.MessagingViews.ReadRequest;
import org.firstsession.messaging.MessagingViews.SendRequest;
import org.firstsession.messaging.MessagingViews.StartRequest;
import org.firstsession.messaging.MessagingViews.Started;
import org.firstsession.moderation.ModerationViews.ReportRequest;
import org.firstsession.moderation.ModerationViews.ReportView;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Text;
import org.firstsession.shared.web.RequestValidator;

import io.quarkus.security.Authenticated;

@Path("/api/conversations")
@Tag(name = "Messaging")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {

    public static final Text LOGIN_TO_MESSAGE = problem(m -> m.login_to_message());

    private final MessagingService messaging;
    private final CurrentUser currentUser;
    private final RequestValidator validator;

    ConversationResource(MessagingService messaging, CurrentUser currentUser, RequestValidator validator) {
        this.messaging = messaging;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** 201 for a new conversation, 200 when the message was added to the existing one. */
    @Operation(summary = "Start or continue a conversation",
            description = "A logged-in client with a verified email writes to a specialist (from the profile or a booking): 201 for a new conversation, 200 for an existing one. Limited per day (429).")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found email-not-verified own-profile conversation-blocked specialist-suspended")
    @POST
    @PermitAll
    @APIResponse(responseCode = "201", description = "A new conversation; Location is the conversation", content = @Content(schema = @Schema(implementation = Started.class)))
    @APIResponse(responseCode = "200", description = "The message went into the existing conversation", content = @Content(schema = @Schema(implementation = Started.class)))
    public Response start(StartRequest request, @Context UriInfo uriInfo) {
        // Login first, then the body: an anonymous visitor learns they must log in, whatever they sent.
        UUID me = currentUser.verifiedAccountId(LOGIN_TO_MESSAGE);
        MessagingService.Opened opened = messaging.start(me, validator.valid(request));
        Started started = opened.started();
        if (opened.created()) {
            return Response.created(uriInfo.getAbsolutePathBuilder().path(started.conversation().id().toString()).build())
                    .entity(started).build();
        }
        return Response.ok(started).build();
    }

    @Operation(summary = "My conversations",
            description = "The caller's conversations, newest activity first, with my side, a preview and the unread count.")
    @GET
    @Authenticated
    public Page<ConversationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(50) int size) {
        return messaging.list(currentUser.accountId(), page, size);
    }

    @Operation(summary = "Read a conversation",
            description = "Participants (admins while it is reported) read one conversation.")
    @GET
    @Path("/{id}")
    @Authenticated
    public ConversationView get(@PathParam("id") UUID id) {
        return messaging.get(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @Operation(summary = "A conversation's messages",
            description = "Newest first, limit 1 to 100; before takes the nextCursor of the previous page. Admins reading a reported conversation are audited.")
    @GET
    @Path("/{id}/messages")
    @Authenticated
    public MessagePage messages(@PathParam("id") UUID id, @QueryParam("before") String before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return messaging.messages(id, currentUser.accountId(), currentUser.isAdmin(), cursor(before), limit);
    }

    @Operation(summary = "Send a message",
            description = "A participant sends text (1 to 5,000 characters) unless the conversation is blocked; the other side is told by email. Limited per hour (429).")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "email-not-verified conversation-blocked specialist-suspended")
    @POST
    @Path("/{id}/messages")
    @PermitAll
    @APIResponse(responseCode = "201", description = "Sent", content = @Content(schema = @Schema(implementation = MessageView.class)))
    public Response send(@PathParam("id") UUID id, SendRequest request) {
        UUID me = currentUser.verifiedAccountId(LOGIN_TO_MESSAGE);
        MessageView message = messaging.send(id, me, validator.valid(request).text());
        return Response.status(Response.Status.CREATED).entity(message).build();
    }

    @Operation(summary = "Mark messages read",
            description = "Marks the conversation read up to a message (default: all).")
    @POST
    @Path("/{id}/read")
    @Authenticated
    public ConversationView read(@PathParam("id") UUID id, @Valid ReadRequest request) {
        return messaging.markRead(id, currentUser.accountId(), request == null ? null : request.upToMessageId());
    }

    @Operation(summary = "Block a conversation",
            description = "A participant blocks the conversation: nobody can send until the blocker unblocks it.")
    @POST
    @Path("/{id}/block")
    @Authenticated
    public ConversationView block(@PathParam("id") UUID id) {
        return messaging.block(id, currentUser.accountId());
    }

    @Operation(summary = "Unblock a conversation",
            description = "The participant who blocked the conversation unblocks it.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "blocked-by-other")
    @POST
    @Path("/{id}/unblock")
    @Authenticated
    public ConversationView unblock(@PathParam("id") UUID id) {
        return messaging.unblock(id, currentUser.accountId());
    }

    @Operation(summary = "Report a conversation",
            description = "A participant reports the conversation to the admins, who may then read it up to the report.")
    @POST
    @Path("/{id}/report")
    @Authenticated
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        ReportView report = messaging.report(id, currentUser.accountId(), request.reason());
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    /** The {@code before} cursor: a {@code nextCursor} from an earlier page, or absent; 400 otherwise. */
    static Long cursor(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(before.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("before", community(m -> m.messaging_cursor()));
        }
    }
}
