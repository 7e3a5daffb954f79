package org.firstsession.web.practice;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.firstsession.booking.BookingStatus;
import org.firstsession.booking.BookingQuery.When;
import org.firstsession.booking.BookingQuery.Side;
import org.firstsession.booking.BookingQuery;
import org.firstsession.booking.BookingService;
import org.firstsession.booking.BookingView;
import org.firstsession.specialist.SpecialistView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The specialist's start page: the next consultations and how many slots are open. */
@Path("/specialist")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DashboardPage {

    @CheckedTemplate(basePath = "practice")
    static class Templates {
        static native TemplateInstance dashboard(SpecialistView profile, List<BookingView> next, long openSlots,
                String notice);
    }

    private final MyProfile me;
    private final BookingService bookings;

    DashboardPage(MyProfile me, BookingService bookings) {
        this.me = me;
        this.bookings = bookings;
    }

    @GET
    public TemplateInstance dashboard() {
        Optional<SpecialistView> profile = me.find();
        if (profile.isEmpty()) {
            return Templates.dashboard(null, List.of(), 0, null);
        }
        List<BookingView> next = bookings.list(me.accountId(), new BookingQuery(Side.SPECIALIST, When.UPCOMING, BookingStatus.CONFIRMED, 0, 5)).items();
        long open = bookings.openSlotsWithin(profile.get().id(), Duration.ofDays(14));
        return Templates.dashboard(profile.get(), next, open, null);
    }
}
