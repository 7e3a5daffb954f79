package org.firstsession.web;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.messaging.MessagingService;
import org.firstsession.messaging.MessagingViews.ConversationView;
import org.firstsession.messaging.MessagingViews.MessageView;
import org.firstsession.messaging.MessagingViews.StartRequest;
import org.firstsession.shared.error.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** My conversations, one thread with its send form, and starting a conversation from a profile. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MessagePages {

    static final int THREAD_LENGTH = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance conversations(List<ConversationView> conversations);

        static native TemplateInstance thread(ConversationView c, List<MessageView> messages, boolean more,
                FormErrors errors, String text, String notice);
    }

    private final MessagingService messaging;
    private final Viewer viewer;
    private final DirectoryPages profiles;

    MessagePages(MessagingService messaging, Viewer viewer, DirectoryPages profiles) {
        this.messaging = messaging;
        this.viewer = viewer;
        this.profiles = profiles;
    }

    @GET
    @Path("messages")
    @Authenticated
    public TemplateInstance conversations() {
        return Templates.conversations(messaging.list(viewer.accountId(), 0, 100).items());
    }

    /** A client writes to a specialist from the profile: opens the conversation (or continues it). */
    @POST
    @Path("messages")
    @Authenticated
    public Response start(@FormParam("specialistId") UUID specialistId, @FormParam("text") String text) {
        if (specialistId == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_specialist()));
        }
        try {
            var opened = messaging.start(viewer.verifiedAccountId(), new StartRequest(specialistId, null, text));
            return WebPaths.seeOther("/messages/" + opened.started().conversation().id() + "#latest");
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            DirectoryPages.ProfileInput input = new DirectoryPages.ProfileInput(null, null, false, text,
                    UUID.randomUUID().toString());
            FormErrors errors = FormErrors.of(refusal);
            return Response.status(refusal.status()).entity(profiles.profilePage(specialistId, input, errors, null, null,
                    errors.any() ? "Please check your message." : FormErrors.message(refusal))).build();
        }
    }

    @GET
    @Path("messages/{id}")
    @Authenticated
    public TemplateInstance thread(@PathParam("id") UUID id) {
        return threadPage(id, FormErrors.none(), null, null);
    }

    @POST
    @Path("messages/{id}")
    @Authenticated
    public Response send(@PathParam("id") UUID id, @FormParam("text") String text) {
        try {
            messaging.send(id, viewer.verifiedAccountId(), text);
            return WebPaths.seeOther("/messages/" + id + "#latest");
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            FormErrors errors = FormErrors.of(refusal);
            return Response.status(refusal.status())
                    .entity(threadPage(id, errors, text, errors.any() ? null : FormErrors.message(refusal))).build();
        }
    }

    /** The links in notification emails point here. */
    @GET
    @Path("conversations/{id}")
    @Authenticated
    public Response fromEmail(@PathParam("id") UUID id) {
        return WebPaths.seeOther("/messages/" + id);
    }

    private TemplateInstance threadPage(UUID id, FormErrors errors, String text, String notice) {
        UUID me = viewer.accountId();
        ConversationView conversation = messaging.get(id, me, false);
        var page = messaging.messages(id, me, false, null, THREAD_LENGTH);
        List<MessageView> oldestFirst = new ArrayList<>(page.items());
        Collections.reverse(oldestFirst);
        if (conversation.unreadCount() > 0) {
            messaging.markRead(id, me, null);
        }
        return Templates.thread(conversation, oldestFirst, page.nextCursor() != null, errors, text, notice);
    }
}
