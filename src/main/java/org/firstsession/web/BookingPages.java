package org.firstsession.web;

import static org.firstsession.shared.i18n.Details.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.SlotWindow;
import org.firstsession.booking.BookingQuery.When;
import org.firstsession.booking.BookingQuery.Side;
import org.firstsession.booking.BookingQuery;
import org.firstsession.booking.BookingRequests;
import org.firstsession.booking.BookingService;
import org.firstsession.booking.BookingView;
import org.firstsession.booking.SlotService;
import org.firstsession.booking.SlotView;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Msg;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Booking a free consultation from a profile, the confirmation, "My bookings", cancel and reschedule. */
@Path("/bookings")
@Produces(MediaType.TEXT_HTML)
public class BookingPages {

    static final int NOTE_MAX = 1000;

    /** Another open slot of the same specialist, for rescheduling. */
    public record SlotOption(UUID id, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bookings(List<BookingView> upcoming, List<BookingView> past,
                List<BookingView> asSpecialist, boolean specialist);

        static native TemplateInstance booking(BookingView b, boolean upcoming, boolean mine, List<SlotOption> slots,
                FormErrors errors, String notice, String reason);
    }

    private final BookingService bookings;
    private final SlotService slots;
    private final Viewer viewer;
    private final VisitorZone zone;
    private final DirectoryPages profiles;
    private final VisitorLanguage language;

    BookingPages(BookingService bookings, SlotService slots, Viewer viewer, VisitorZone zone, DirectoryPages profiles,
            VisitorLanguage language) {
        this.language = language;
        this.bookings = bookings;
        this.slots = slots;
        this.viewer = viewer;
        this.zone = zone;
        this.profiles = profiles;
    }

    @GET
    @Authenticated
    public TemplateInstance list() {
        UUID me = viewer.accountId();
        List<BookingView> upcoming = bookings.list(me, BookingQuery.first(Side.CLIENT, When.UPCOMING, 50)).items();
        List<BookingView> past = bookings.list(me, BookingQuery.first(Side.CLIENT, When.PAST, 50)).items();
        List<BookingView> asSpecialist = viewer.specialist()
                ? bookings.list(me, BookingQuery.first(Side.SPECIALIST, When.UPCOMING, 50)).items()
                : List.of();
        return Templates.bookings(upcoming, past, asSpecialist, viewer.specialist());
    }

    /** Books from the profile's form; any refusal (slot taken meanwhile, no consent) is shown on the profile. */
    @POST
    @Authenticated
    public Response book(@FormParam("specialistId") UUID specialistId, @FormParam("slotId") String slotId,
            @FormParam("note") String note, @FormParam("consentVersion") String consentVersion,
            @FormParam("idempotencyKey") String idempotencyKey) {
        if (specialistId == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_specialist()));
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        DirectoryPages.ProfileInput input = new DirectoryPages.ProfileInput(slotId, note, consentVersion != null, null, key);
        FormErrors errors = FormErrors.none();
        UUID slot = parseId(slotId);
        if (slot == null) {
            errors.add("slotId", msg().booking_choose_time());
        }
        if (note != null && note.length() > NOTE_MAX) {
            errors.add("note", msg().booking_note_too_long(NOTE_MAX, note.length()));
        }
        if (consentVersion == null || consentVersion.isBlank()) {
            errors.add("consentVersion", msg().booking_consent_missing());
        }
        if (errors.any()) {
            return Response.status(400).entity(profiles.profilePage(specialistId, input, errors, null,
                    msg().booking_check_form(), null)).build();
        }
        try {
            BookingView booked = bookings.bookFreeConsultation(viewer.verifiedAccountId(), key,
                    new BookingRequests.Book(slot, note, null, consentVersion), VisitorLanguage.current());
            return WebPaths.seeOther("/bookings/" + booked.id() + "?booked=1");
        } catch (ProblemException | ConstraintViolationException refusal) {
            FormErrors fieldErrors = FormErrors.of(refusal);
            if (fieldErrors.has("consentVersion")) {
                fieldErrors = FormErrors.none().add("consentVersion",
                        msg().booking_consent_changed());
            }
            DirectoryPages.ProfileInput retry = new DirectoryPages.ProfileInput(null, note, false, null,
                    UUID.randomUUID().toString());
            int status = refusal instanceof ProblemException p ? p.status() : 400;
            return Response.status(status == 404 ? 409 : status).entity(profiles.profilePage(specialistId, retry,
                    fieldErrors, null, bookingRefusal(refusal), null)).build();
        }
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public TemplateInstance booking(@PathParam("id") UUID id, @QueryParam("booked") String booked,
            @QueryParam("done") String done) {
        BookingView b = bookings.get(id, viewer.accountId());
        String notice = booked != null ? msg().booking_booked()
                : "cancelled".equals(done) ? msg().booking_is_cancelled()
                : "rescheduled".equals(done) ? msg().booking_moved() : null;
        return page(b, FormErrors.none(), notice, null);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar")
    @Authenticated
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(bookings.calendar(id, viewer.accountId()), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"firstsession-consultation.ics\"").build();
    }

    @POST
    @Path("/{id}/cancel")
    @Authenticated
    public Response cancel(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        UUID me = viewer.accountId();
        if (reason != null && reason.length() > 500) {
            return Response.status(400).entity(page(bookings.get(id, me),
                    FormErrors.none().add("reason", msg().booking_reason_too_long(500)), null, reason)).build();
        }
        try {
            bookings.cancel(id, me, reason);
            return WebPaths.seeOther("/bookings/" + id + "?done=cancelled");
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(page(bookings.get(id, me), FormErrors.of(refusal),
                    FormErrors.message(refusal), reason)).build();
        }
    }

    @POST
    @Path("/{id}/reschedule")
    @Authenticated
    public Response reschedule(@PathParam("id") UUID id, @FormParam("slotId") String slotId) {
        UUID me = viewer.accountId();
        UUID slot = parseId(slotId);
        if (slot == null) {
            return Response.status(400).entity(page(bookings.get(id, me),
                    FormErrors.none().add("slotId", msg().booking_choose_new_time()), null, null)).build();
        }
        try {
            bookings.reschedule(id, me, slot);
            return WebPaths.seeOther("/bookings/" + id + "?done=rescheduled");
        } catch (ProblemException refusal) {
            if (refusal.status() == 404 && "not_found_booking".equals(refusal.detail().name())) {
                throw refusal;
            }
            return Response.status(refusal.status() == 404 ? 409 : refusal.status()).entity(page(bookings.get(id, me),
                    FormErrors.none(), refusal.status() == 404 ? msg().booking_time_gone()
                            : FormErrors.message(refusal), null)).build();
        }
    }

    private TemplateInstance page(BookingView b, FormErrors errors, String notice, String reason) {
        boolean upcoming = b.status().name().equals("CONFIRMED") && b.startsAt().isAfter(Instant.now());
        boolean mine = "client".equals(b.role());
        List<SlotOption> options = new ArrayList<>();
        if (upcoming && mine) {
            for (SlotView slot : slots.openSlots(b.specialist().id(),
                    SlotWindow.until(Instant.now().plus(DirectoryPages.SLOT_WINDOW)), null).items()) {
                options.add(new SlotOption(slot.id(), zone.format(slot.startsAt())));
            }
        }
        return Templates.booking(b, upcoming, mine, options, errors, notice, reason);
    }

    private String bookingRefusal(RuntimeException refusal) {
        if (refusal instanceof ProblemException p) {
            String said = p.detail().name();
            if (p.status() == 404 || (said != null && said.contains("slot"))) {
                return msg().booking_slot_gone(FormErrors.message(p).replace(".", ""));
            }
            return FormErrors.message(p);
        }
        return msg().booking_check_form();
    }

    private Msg msg() {
        return language.messages();
    }

    static UUID parseId(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
