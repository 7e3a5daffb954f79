package org.firstsession.waitlist;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.waitlist.WaitlistRequests.Join;
import org.firstsession.waitlist.WaitlistViews.Entry;

import io.quarkus.security.Authenticated;

/** Joining a published specialist's waitlist: a logged-in client with a verified email. */
@Path("/api/specialists/{id}/waitlist")
@Tag(name = "Waitlist")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpecialistWaitlistResource {

    static final String LOGIN_TO_JOIN = "You need to be logged in to join a waitlist";

    private final WaitlistService waitlist;
    private final CurrentUser currentUser;

    SpecialistWaitlistResource(WaitlistService waitlist, CurrentUser currentUser) {
        this.waitlist = waitlist;
        this.currentUser = currentUser;
    }

    @POST
    public Response join(@PathParam("id") UUID specialistId, @Valid Join request) {
        Entry entry = waitlist.join(specialistId, currentUser.verifiedAccountId(LOGIN_TO_JOIN), request);
        return Response.created(URI.create("/api/waitlist/" + entry.id())).entity(entry).build();
    }
}
