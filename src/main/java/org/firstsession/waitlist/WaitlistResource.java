package org.firstsession.waitlist;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.booking.BookingView;
import org.firstsession.waitlist.WaitlistRequests.Accept;
import org.firstsession.waitlist.WaitlistViews.Entry;
import org.firstsession.waitlist.WaitlistViews.Offer;

import io.quarkus.security.Authenticated;

/**
 * One entry and the answers to offers: only the waiting client's own (anyone else gets 404). Joining is
 * {@link SpecialistWaitlistResource} and my lists {@link MyWaitlistResource}: JAX-RS picks the resource
 * class by its path first, so they need paths below {@code /api/specialists/{id}} and {@code /api/me}.
 */
@Path("/api/waitlist")
@Tag(name = "Waitlist")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WaitlistResource {

    static final String LOGIN_TO_BOOK = "You need to be logged in to book a free consultation";

    private final WaitlistService waitlist;
    private final CurrentUser currentUser;

    WaitlistResource(WaitlistService waitlist, CurrentUser currentUser) {
        this.waitlist = waitlist;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/{id}")
    public Entry get(@PathParam("id") UUID id) {
        return waitlist.get(id, currentUser.accountId());
    }

    @DELETE
    @Path("/{id}")
    public Response leave(@PathParam("id") UUID id) {
        waitlist.leave(id, currentUser.accountId());
        return Response.noContent().build();
    }

    @POST
    @Path("/offers/{id}/accept")
    public Response accept(@PathParam("id") UUID offerId, @Valid Accept request) {
        BookingView booking = waitlist.accept(offerId, currentUser.verifiedAccountId(LOGIN_TO_BOOK),
                request == null ? null : request.consentVersion());
        return Response.created(URI.create("/api/bookings/" + booking.id())).entity(booking).build();
    }

    @POST
    @Path("/offers/{id}/decline")
    public Offer decline(@PathParam("id") UUID offerId) {
        return waitlist.decline(offerId, currentUser.accountId());
    }
}
