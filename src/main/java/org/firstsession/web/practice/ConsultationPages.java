package org.firstsession.web.practice;

import static org.firstsession.shared.i18n.Details.problem;
import static org.firstsession.web.WebPaths.seeOther;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.BookingQuery.When;
import org.firstsession.booking.BookingQuery.Side;
import org.firstsession.booking.BookingQuery;
import org.firstsession.booking.BookingService;
import org.firstsession.booking.BookingStatus;
import org.firstsession.booking.BookingView;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The consultations booked with the specialist: upcoming and past, marked completed or no-show, or
 * cancelled with a reason the client reads. Anyone else's booking (or one they booked as a client) is 404.
 */
@Path("/specialist/bookings")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ConsultationPages {

    @CheckedTemplate(basePath = "practice")
    static class Templates {
        static native TemplateInstance bookings(SpecialistView profile, List<BookingView> upcoming,
                List<BookingView> past, FormErrors errors, String notice, UUID failed, String reason, Instant now);
    }

    private final MyProfile me;
    private final BookingService bookings;
    private final PracticeTexts texts;

    ConsultationPages(MyProfile me, BookingService bookings, PracticeTexts texts) {
        this.me = me;
        this.bookings = bookings;
        this.texts = texts;
    }

    @GET
    public Response bookingsPage(@QueryParam("done") String done) {
        Optional<SpecialistView> profile = me.find();
        if (profile.isEmpty()) {
            return seeOther("/specialist/profile");
        }
        PracticeMsg m = texts.practice();
        String notice = "completed".equals(done) ? m.consult_done_completed()
                : "no-show".equals(done) ? m.consult_done_no_show()
                : "cancelled".equals(done) ? m.consult_done_cancelled() : null;
        return Response.ok(page(profile.get(), FormErrors.none(), notice, null, null)).build();
    }

    @POST
    @Path("/{id}/complete")
    public Response complete(@PathParam("id") UUID id) {
        return outcome(id, BookingStatus.COMPLETED, "completed");
    }

    @POST
    @Path("/{id}/no-show")
    public Response noShow(@PathParam("id") UUID id) {
        return outcome(id, BookingStatus.NO_SHOW, "no-show");
    }

    @POST
    @Path("/{id}/cancel")
    public Response cancel(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        SpecialistView profile = me.require();
        withMe(id);
        if (reason != null && reason.length() > 500) {
            return Response.status(400).entity(page(profile,
                    FormErrors.none().add("reason", texts.practice().consult_err_reason_long(reason.length())),
                    null, id, reason)).build();
        }
        try {
            bookings.cancel(id, me.accountId(), reason);
            return seeOther("/specialist/bookings?done=cancelled");
        } catch (ProblemException refusal) {
            return Response.status(refusal.status()).entity(page(profile, FormErrors.none(), FormErrors.message(refusal),
                    id, reason)).build();
        }
    }

    private Response outcome(UUID id, BookingStatus outcome, String done) {
        SpecialistView profile = me.require();
        withMe(id);
        try {
            bookings.markOutcome(id, me.accountId(), outcome);
            return seeOther("/specialist/bookings?done=" + done);
        } catch (ProblemException refusal) {
            return Response.status(refusal.status()).entity(page(profile, FormErrors.none(), FormErrors.message(refusal),
                    null, null)).build();
        }
    }

    /** A booking with the viewer as its specialist; anyone else's (or one they booked as a client) is 404. */
    private BookingView withMe(UUID id) {
        BookingView booking = bookings.get(id, me.accountId());
        if (!"specialist".equals(booking.role())) {
            throw ProblemException.notFound(problem(m -> m.not_found_booking()));
        }
        return booking;
    }

    private TemplateInstance page(SpecialistView profile, FormErrors errors, String notice, UUID failed, String reason) {
        UUID accountId = me.accountId();
        return Templates.bookings(profile, bookings.list(accountId, BookingQuery.first(Side.SPECIALIST, When.UPCOMING, 50)).items(),
                bookings.list(accountId, BookingQuery.first(Side.SPECIALIST, When.PAST, 50)).items(), errors, notice, failed, reason,
                Instant.now());
    }
}
