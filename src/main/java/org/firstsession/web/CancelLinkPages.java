package org.firstsession.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.BookingService;
import org.firstsession.booking.BookingView;
import org.firstsession.shared.error.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * "I can't make it", the link in the client's reminders. It works without a login (its token stands for
 * the client and this booking until the start) and is scanner-safe: GET only shows the consultation, the
 * page's POST (with the CSRF token) cancels it, tells the specialist and offers the time to the waitlist.
 */
@Path("/cancel")
@Produces(MediaType.TEXT_HTML)
public class CancelLinkPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cancel(String token, BookingView b, boolean done, String notice);
    }

    private final BookingService bookings;

    CancelLinkPages(BookingService bookings) {
        this.bookings = bookings;
    }

    @GET
    @Path("/{token}")
    @PermitAll
    public TemplateInstance show(@PathParam("token") String token) {
        BookingView booking = bookings.byCancelLink(token);
        return Templates.cancel(token, booking, false, null);
    }

    @POST
    @Path("/{token}")
    @PermitAll
    public Response cancel(@PathParam("token") String token) {
        try {
            return Response.ok(Templates.cancel(token, bookings.cancelByLink(token), true, null)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.cancel(token, bookings.byCancelLink(token), false, FormErrors.message(e)))
                    .build();
        }
    }
}
