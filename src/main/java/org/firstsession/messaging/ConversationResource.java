package org.firstsession.messaging;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.account.CurrentUser;
import org.firstsession.messaging.MessagingViews.ConversationView;
import org.firstsession.messaging.MessagingViews.MessagePage;
import org.firstsession.messaging.MessagingViews.MessageView;
import org.firstsession.messaging.MessagingViews.ReadRequest;
import org.firstsession.moderation.ModerationViews.ReportRequest;
import org.firstsession.moderation.ModerationViews.ReportView;
import org.firstsession.messaging.MessagingViews.SendRequest;
import org.firstsession.messaging.MessagingViews.StartRequest;
import org.firstsession.messaging.MessagingViews.Started;
import org.firstsession.shared.Page;
import org.firstsession.shared.web.RequestValidator;

import io.quarkus.security.Authenticated;

@Path("/api/conversations")
@Tag(name = "Messaging")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {

    public static final String LOGIN_TO_MESSAGE = "You need to be logged in to send messages";

    private final MessagingService messaging;
    private final CurrentUser currentUser;
    private final RequestValidator validator;

    ConversationResource(MessagingService messaging, CurrentUser currentUser, RequestValidator validator) {
        this.messaging = messaging;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** 201 for a new conversation, 200 when the message was added to the existing one. */
    @POST
    @PermitAll
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

    @GET
    @Authenticated
    public Page<ConversationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(50) int size) {
        return messaging.list(currentUser.accountId(), page, size);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public ConversationView get(@PathParam("id") UUID id) {
        return messaging.get(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @GET
    @Path("/{id}/messages")
    @Authenticated
    public MessagePage messages(@PathParam("id") UUID id, @QueryParam("before") String before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return messaging.messages(id, currentUser.accountId(), currentUser.isAdmin(), cursor(before), limit);
    }

    @POST
    @Path("/{id}/messages")
    @PermitAll
    public Response send(@PathParam("id") UUID id, SendRequest request) {
        UUID me = currentUser.verifiedAccountId(LOGIN_TO_MESSAGE);
        MessageView message = messaging.send(id, me, validator.valid(request).text());
        return Response.status(Response.Status.CREATED).entity(message).build();
    }

    @POST
    @Path("/{id}/read")
    @Authenticated
    public ConversationView read(@PathParam("id") UUID id, @Valid ReadRequest request) {
        return messaging.markRead(id, currentUser.accountId(), request == null ? null : request.upToMessageId());
    }

    @POST
    @Path("/{id}/block")
    @Authenticated
    public ConversationView block(@PathParam("id") UUID id) {
        return messaging.block(id, currentUser.accountId());
    }

    @POST
    @Path("/{id}/unblock")
    @Authenticated
    public ConversationView unblock(@PathParam("id") UUID id) {
        return messaging.unblock(id, currentUser.accountId());
    }

    @POST
    @Path("/{id}/report")
    @Authenticated
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
            throw ProblemException.invalid("before", "must be a cursor returned as nextCursor");
        }
    }
}
