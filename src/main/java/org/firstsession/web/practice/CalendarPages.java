package org.firstsession.web.practice;

import static org.firstsession.web.WebPaths.seeOther;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

import org.firstsession.calendar.BusyCalendarRequest;
import org.firstsession.calendar.BusyCalendarService;
import org.firstsession.calendar.BusyCalendarView;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The specialist's busy calendars (issue #19): add one (address and label), see each one's state (last
 * success, last error, how many busy times), remove one. The address is shown masked, as the API does.
 */
@Path("/specialist/calendars")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CalendarPages {

    /** One calendar as the page shows it, times in the profile's zone. */
    public record CalendarLine(UUID id, String label, String maskedUrl, String lastSuccess, String lastError,
            String lastErrorAt, boolean failing, int busyIntervals) {
    }

    @CheckedTemplate(basePath = "practice")
    static class Templates {
        static native TemplateInstance calendars(SpecialistView profile, List<CalendarLine> calendars, String url,
                String label, FormErrors errors, String notice, String zone);
    }

    private final MyProfile me;
    private final BusyCalendarService calendars;

    CalendarPages(MyProfile me, BusyCalendarService calendars) {
        this.me = me;
        this.calendars = calendars;
    }

    @GET
    public Response calendarsPage(@QueryParam("done") String done) {
        Optional<SpecialistView> profile = me.find();
        if (profile.isEmpty()) {
            return seeOther("/specialist/profile");
        }
        String notice = "added".equals(done) ? "The calendar is added. Its busy times are read within a minute."
                : "removed".equals(done) ? "The calendar is removed; the slots it blocked are offered again." : null;
        return Response.ok(page(profile.get(), null, null, FormErrors.none(), notice)).build();
    }

    @POST
    public Response add(@FormParam("url") String url, @FormParam("label") String label) {
        SpecialistView profile = me.require();
        FormErrors errors = FormErrors.none();
        if (url == null || url.isBlank()) {
            errors.add("url", "Enter the calendar's address.");
        }
        if (label == null || label.isBlank()) {
            errors.add("label", "Give the calendar a name you will recognise.");
        } else if (label.strip().length() > 60) {
            errors.add("label", "At most 60 characters.");
        }
        if (!errors.any()) {
            try {
                calendars.add(me.accountId(), new BusyCalendarRequest(url, label));
                return seeOther("/specialist/calendars?done=added");
            } catch (ProblemException refusal) {
                FormErrors refused = FormErrors.of(refusal);
                if (refused.has("url")) {
                    errors.add("url", "This address " + refused.get("url").replaceFirst("\\.$", "") + ".");
                } else {
                    return Response.status(refusal.status()).entity(page(profile, url, label, FormErrors.none(),
                            FormErrors.message(refusal))).build();
                }
            }
        }
        return Response.status(refusalStatus(errors)).entity(page(profile, url, label, errors,
                "The calendar was not added: see the message next to the field.")).build();
    }

    @POST
    @Path("/{id}/remove")
    public Response remove(@PathParam("id") UUID id) {
        me.require();
        calendars.remove(me.accountId(), id);
        return seeOther("/specialist/calendars?done=removed");
    }

    private static int refusalStatus(FormErrors errors) {
        return errors.has("url") && errors.get("url").contains("network address") ? 422 : 400;
    }

    private TemplateInstance page(SpecialistView profile, String url, String label, FormErrors errors, String notice) {
        ZoneId zone = profile.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(profile.timeZone());
        List<CalendarLine> lines = calendars.mine(me.accountId()).stream().map(c -> line(c, zone)).toList();
        return Templates.calendars(profile, lines, url, label, errors, notice, zone.getId());
    }

    private static CalendarLine line(BusyCalendarView c, ZoneId zone) {
        return new CalendarLine(c.id(), c.label(), c.maskedUrl(), time(c.lastSuccessAt(), zone), c.lastError(),
                time(c.lastErrorAt(), zone), c.failing(), c.busyIntervals());
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? null : SlotPages.SLOT_TIME.format(at.atZone(zone));
    }
}
