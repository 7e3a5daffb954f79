package org.firstsession.web.practice;

import static org.firstsession.web.WebPaths.seeOther;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.TimeOffRequest;
import org.firstsession.booking.TimeOffService;
import org.firstsession.booking.TimeOffView;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.specialist.SpecialistService;

import io.quarkus.security.Authenticated;

/**
 * Time off and the buffer, on {@code /specialist/slots}: the forms post here and go back there with the
 * outcome ({@code ?done=}); the page lists the time off through {@code inject:timeOff}.
 */
@Path("/specialist")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TimeOffPages {

    private final MyProfile me;
    private final TimeOffService timeOff;
    private final SpecialistService specialists;

    TimeOffPages(MyProfile me, TimeOffService timeOff, SpecialistService specialists) {
        this.me = me;
        this.timeOff = timeOff;
        this.specialists = specialists;
    }

    @POST
    @Path("/time-off")
    public Response add(@FormParam("from") String from, @FormParam("to") String to, @FormParam("note") String note) {
        me.require();
        try {
            if (date(from) == null || date(to) == null) {
                return seeOther("/specialist/slots?done=timeoff-refused#time-off");
            }
            TimeOffView created = timeOff.create(me.accountId(), new TimeOffRequest(date(from), date(to),
                    note == null || note.length() <= 200 ? note : note.substring(0, 200)));
            return seeOther("/specialist/slots?done=timeoff&withdrawn=" + created.withdrawnSlots()
                    + "&booked=" + created.bookings().size() + "#time-off");
        } catch (ProblemException | DateTimeParseException refusal) {
            return seeOther("/specialist/slots?done=timeoff-refused#time-off");
        }
    }

    @POST
    @Path("/time-off/{id}/delete")
    public Response delete(@PathParam("id") UUID id) {
        timeOff.delete(id, me.accountId());
        return seeOther("/specialist/slots?done=timeoff-removed#time-off");
    }

    @POST
    @Path("/buffer")
    public Response buffer(@FormParam("bufferMinutes") String minutes) {
        me.require();
        try {
            specialists.setBufferMinutes(me.accountId(), Integer.parseInt(minutes == null ? "" : minutes.strip()));
            return seeOther("/specialist/slots?done=buffer#buffer");
        } catch (ProblemException | NumberFormatException refusal) {
            return seeOther("/specialist/slots?done=buffer-refused#buffer");
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** The specialist's time off for the slots page ({@code inject:timeOff.mine}). */
    @Named("timeOff")
    @RequestScoped
    public static class Listing {

        private final MyProfile me;
        private final TimeOffService timeOff;

        Listing(MyProfile me, TimeOffService timeOff) {
            this.me = me;
            this.timeOff = timeOff;
        }

        public List<TimeOffView> mine() {
            return me.find().isPresent() ? timeOff.list(me.accountId()) : List.of();
        }
    }
}
