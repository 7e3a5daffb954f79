package org.firstsession.messaging;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.messaging.MessagingViews.Unread;

import io.quarkus.security.Authenticated;

@Path("/api/me/unread")
@Tag(name = "Messaging")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UnreadResource {

    private final MessagingService messaging;
    private final CurrentUser currentUser;

    UnreadResource(MessagingService messaging, CurrentUser currentUser) {
        this.messaging = messaging;
        this.currentUser = currentUser;
    }

    /** Unread messages over all my conversations, for a badge. */
    @Operation(summary = "Unread messages",
            description = "The number of unread messages in all my conversations, for a badge.")
    @GET
    public Unread unread() {
        return new Unread(messaging.unreadTotal(currentUser.accountId()));
    }
}
