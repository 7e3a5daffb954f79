package org.firstsession.booking;

import static org.firstsession.shared.i18n.Details.problem;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.booking.BookingRequests.Book;
import org.firstsession.booking.BookingRequests.Cancel;
import org.firstsession.booking.BookingRequests.Reschedule;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.Page;
import org.firstsession.shared.i18n.Languages;
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
    private final Languages languages;

    BookingResource(BookingService bookings, CurrentUser currentUser, Languages languages) {
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @Operation(summary = "Book a free consultation",
            description = "A logged-in client with a verified email books an open slot with the current consent version (201 with Location). Every booking rule has its own problem type. Idempotency-Key honoured. Accept-Language names the language the consent wording was read in (recorded with the consent) and the language of problem texts.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found email-not-verified consent-required consent-outdated slot-taken slot-unavailable already-booked-with-specialist too-many-upcoming own-slot slot-in-past too-short-notice beyond-horizon format-not-offered")
    @POST
    @APIResponse(responseCode = "201", description = "Booked; Location is the booking", content = @Content(schema = @Schema(implementation = BookingView.class)))
    public Response book(@NotNull @Valid Book request, @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Parameter(description = Languages.ACCEPT_LANGUAGE_DOC) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context UriInfo uriInfo) {
        BookingView booking = bookings.bookFreeConsultation(
                currentUser.verifiedAccountId(problem(m -> m.login_to_book())), idempotencyKey, request,
                languages.negotiate(acceptLanguage).orElse(languages.fallback()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(booking.id().toString()).build())
                .entity(booking).build();
    }

    @Operation(summary = "My bookings",
            description = "The caller's bookings as client or specialist (as), upcoming or past (when), optionally one status, paged.")
    @GET
    public Page<BookingView> list(@QueryParam("as") String as, @QueryParam("when") String when,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(50) int size) {
        return bookings.list(currentUser.accountId(), BookingQuery.parse(as, when, status, page, size));
    }

    @Operation(summary = "Read a booking",
            description = "Either participant reads the booking; anyone else gets 404.")
    @GET
    @Path("/{id}")
    public BookingView get(@PathParam("id") UUID id) {
        return bookings.get(id, currentUser.accountId());
    }

    @Operation(summary = "Cancel a booking",
            description = "Either participant cancels a confirmed booking before it starts, with an optional reason; the other side is emailed and the slot is bookable again. A client cancels at most 5 times in 24 hours (429).")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "booking-not-active booking-started")
    @POST
    @Path("/{id}/cancel")
    public BookingView cancel(@PathParam("id") UUID id, @Valid Cancel request) {
        return bookings.cancel(id, currentUser.accountId(), request == null ? null : request.reason());
    }

    @Operation(summary = "Move a booking",
            description = "The client moves a confirmed booking to another open slot of the same specialist in one step; the specialist is emailed. At most 5 times in 24 hours (429).")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "client-only booking-not-active booking-started other-specialist same-slot slot-unavailable slot-taken slot-in-past too-short-notice beyond-horizon")
    @POST
    @Path("/{id}/reschedule")
    public BookingView reschedule(@PathParam("id") UUID id, @NotNull @Valid Reschedule request) {
        return bookings.reschedule(id, currentUser.accountId(), request.slotId());
    }

    @Operation(summary = "Mark a consultation completed",
            description = "The specialist records that a consultation that has started took place.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "specialist-only booking-cancelled not-started")
    @POST
    @Path("/{id}/complete")
    public BookingView complete(@PathParam("id") UUID id) {
        return bookings.markOutcome(id, currentUser.accountId(), BookingStatus.COMPLETED);
    }

    @Operation(summary = "Mark a no-show",
            description = "The specialist records that the client did not come to a consultation that has started.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "specialist-only booking-cancelled not-started")
    @POST
    @Path("/{id}/no-show")
    public BookingView noShow(@PathParam("id") UUID id) {
        return bookings.markOutcome(id, currentUser.accountId(), BookingStatus.NO_SHOW);
    }

    @Operation(summary = "Download the calendar invite",
            description = "Either participant downloads the booking as an iCalendar invite (a cancellation for a cancelled booking).")
    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar")
    @APIResponse(responseCode = "200", description = "The iCalendar invite", content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(bookings.calendar(id, currentUser.accountId()))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"firstsession-" + id + ".ics\"")
                .build();
    }
}
