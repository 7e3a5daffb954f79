package org.firstsession.booking;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.booking.BookingRequests.Book;
import org.firstsession.booking.BookingRequests.Cancel;
import org.firstsession.booking.BookingRequests.Reschedule;
import org.firstsession.shared.Page;
import org.firstsession.shared.idempotency.IdempotencyService;

import io.quarkus.security.Authenticated;

@Path("/api/bookings")
@Tag(name = "Bookings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingService bookings;
    private final CurrentUser currentUser;

    BookingResource(BookingService bookings, CurrentUser currentUser) {
        this.bookings = bookings;
        this.currentUser = currentUser;
    }

    @POST
    public Response book(@NotNull @Valid Book request, @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context UriInfo uriInfo) {
        BookingView booking = bookings.bookFreeConsultation(
                currentUser.verifiedAccountId("You need to be logged in to book a free consultation"), idempotencyKey, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(booking.id().toString()).build())
                .entity(booking).build();
    }

    @GET
    public Page<BookingView> list(@QueryParam("as") String as, @QueryParam("when") String when,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(50) int size) {
        return bookings.list(currentUser.accountId(), BookingQuery.parse(as, when, status, page, size));
    }

    @GET
    @Path("/{id}")
    public BookingView get(@PathParam("id") UUID id) {
        return bookings.get(id, currentUser.accountId());
    }

    @POST
    @Path("/{id}/cancel")
    public BookingView cancel(@PathParam("id") UUID id, @Valid Cancel request) {
        return bookings.cancel(id, currentUser.accountId(), request == null ? null : request.reason());
    }

    @POST
    @Path("/{id}/reschedule")
    public BookingView reschedule(@PathParam("id") UUID id, @NotNull @Valid Reschedule request) {
        return bookings.reschedule(id, currentUser.accountId(), request.slotId());
    }

    @POST
    @Path("/{id}/complete")
    public BookingView complete(@PathParam("id") UUID id) {
        return bookings.markOutcome(id, currentUser.accountId(), BookingStatus.COMPLETED);
    }

    @POST
    @Path("/{id}/no-show")
    public BookingView noShow(@PathParam("id") UUID id) {
        return bookings.markOutcome(id, currentUser.accountId(), BookingStatus.NO_SHOW);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(bookings.calendar(id, currentUser.accountId()))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"firstsession-" + id + ".ics\"")
                .build();
    }
}
