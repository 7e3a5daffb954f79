package org.firstsession.waitlist;

import static org.firstsession.shared.i18n.Details.problem;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.firstsession.problem.ProblemDocumentation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.booking.BookingView;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Text;
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

    static final Text LOGIN_TO_BOOK = problem(m -> m.login_to_book());

    private final WaitlistService waitlist;
    private final CurrentUser currentUser;
    private final Languages languages;

    WaitlistResource(WaitlistService waitlist, CurrentUser currentUser, Languages languages) {
        this.waitlist = waitlist;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @Operation(summary = "Read a waitlist entry",
            description = "My entry with its position; anyone else's is 404.")
    @GET
    @Path("/{id}")
    public Entry get(@PathParam("id") UUID id) {
        return waitlist.get(id, currentUser.accountId());
    }

    @Operation(summary = "Leave a waitlist",
            description = "Removes my entry; an open offer made from it is released to the next client.")
    @APIResponse(responseCode = "204", description = "Left")
    @DELETE
    @Path("/{id}")
    public Response leave(@PathParam("id") UUID id) {
        waitlist.leave(id, currentUser.accountId());
        return Response.noContent().build();
    }

    @Operation(summary = "Accept a waitlist offer",
            description = "Books the held slot for me (every booking rule applies) and ends my entry.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found email-not-verified offer-closed consent-required consent-outdated slot-taken slot-unavailable already-booked-with-specialist too-many-upcoming slot-in-past too-short-notice beyond-horizon")
    @APIResponse(responseCode = "201", description = "Booked; Location is the booking", content = @Content(schema = @Schema(implementation = BookingView.class)))
    @POST
    @Path("/offers/{id}/accept")
    public Response accept(@PathParam("id") UUID offerId, @Valid Accept request,
            @Parameter(description = Languages.ACCEPT_LANGUAGE_DOC) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        BookingView booking = waitlist.accept(offerId, currentUser.verifiedAccountId(LOGIN_TO_BOOK),
                request == null ? null : request.consentVersion(), languages.negotiate(acceptLanguage).orElse(languages.fallback()));
        return Response.created(URI.create("/api/bookings/" + booking.id())).entity(booking).build();
    }

    @Operation(summary = "Decline a waitlist offer",
            description = "Releases the held slot at once to the next matching client; my entry stays.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found offer-closed")
    @POST
    @Path("/offers/{id}/decline")
    public Offer decline(@PathParam("id") UUID offerId) {
        return waitlist.decline(offerId, currentUser.accountId());
    }
}
