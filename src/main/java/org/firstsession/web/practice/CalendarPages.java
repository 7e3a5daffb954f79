package org.firstsession.web.practice;

import static org.firstsession.web.WebPaths.seeOther;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.ScheduleMsg;
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
    private final PracticeTexts texts;

    CalendarPages(MyProfile me, BusyCalendarService calendars, PracticeTexts texts) {
        this.me = me;
        this.calendars = calendars;
        this.texts = texts;
    }

    @GET
    public Response calendarsPage(@QueryParam("done") String done) {
        Optional<SpecialistView> profile = me.find();
        if (profile.isEmpty()) {
            return seeOther("/specialist/profile");
        }
        ScheduleMsg m = texts.schedule();
        String notice = "added".equals(done) ? m.cal_added() : "removed".equals(done) ? m.cal_removed() : null;
        return Response.ok(page(profile.get(), null, null, FormErrors.none(), notice)).build();
    }

    @POST
    public Response add(@FormParam("url") String url, @FormParam("label") String label) {
        SpecialistView profile = me.require();
        ScheduleMsg m = texts.schedule();
        FormErrors errors = FormErrors.none();
        int status = 400;
        if (url == null || url.isBlank()) {
            errors.add("url", m.cal_err_url());
        }
        if (label == null || label.isBlank()) {
            errors.add("label", m.cal_err_label());
        } else if (label.strip().length() > 60) {
            errors.add("label", m.cal_err_label_long());
        }
        if (!errors.any()) {
            try {
                calendars.add(me.accountId(), new BusyCalendarRequest(url, label));
                return seeOther("/specialist/calendars?done=added");
            } catch (ProblemException refusal) {
                FieldError refused = refusal.errors().stream().filter(e -> "url".equals(e.field())).findFirst().orElse(null);
                if (refused != null) {
                    errors.add("url", m.cal_err_address(addressProblem(refused, m, texts.locale())));
                    status = refusal.status() == 422 ? 422 : 400; // 422: an address we will not fetch (a private network)
                } else {
                    return Response.status(refusal.status()).entity(page(profile, url, label, FormErrors.none(),
                            FormErrors.message(refusal))).build();
                }
            }
        }
        return Response.status(status).entity(page(profile, url, label, errors, m.cal_not_added())).build();
    }

    @POST
    @Path("/{id}/remove")
    public Response remove(@PathParam("id") UUID id) {
        me.require();
        calendars.remove(me.accountId(), id);
        return seeOther("/specialist/calendars?done=removed");
    }

    /**
     * Why the calendar service refused an address, as the end of "This address …" in the page's language: told apart
     * by the service's message key; another reason in the service's own words (in the page's language).
     */
    static String addressProblem(FieldError problem, ScheduleMsg m, Locale locale) {
        String said = problem.text() == null ? "" : String.valueOf(problem.text().name());
        return switch (said) {
            case "calendar_url_invalid" -> m.cal_svc_invalid();
            case "calendar_url_https" -> m.cal_svc_https();
            case "calendar_url_credentials" -> m.cal_svc_credentials();
            case "calendar_url_no_host" -> m.cal_svc_no_host();
            case "calendar_url_bad_redirect" -> m.cal_svc_redirect();
            case "calendar_host_unknown" -> m.cal_svc_unknown_host();
            case "calendar_private_address" -> m.cal_svc_private();
            case "field_max_chars" -> m.cal_svc_too_long(String.valueOf(problem.text().arguments()[0]));
            default -> problem.message(locale).replaceFirst("\\.$", "");
        };
    }

    private TemplateInstance page(SpecialistView profile, String url, String label, FormErrors errors, String notice) {
        ZoneId zone = profile.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(profile.timeZone());
        List<CalendarLine> lines = calendars.mine(me.accountId(), texts.locale()).stream().map(c -> line(c, zone, texts)).toList();
        return Templates.calendars(profile, lines, url, label, errors, notice, zone.getId());
    }

    private static CalendarLine line(BusyCalendarView c, ZoneId zone, PracticeTexts texts) {
        return new CalendarLine(c.id(), c.label(), c.maskedUrl(), texts.slotTime(c.lastSuccessAt(), zone), c.lastError(),
                texts.slotTime(c.lastErrorAt(), zone), c.failing(), c.busyIntervals());
    }
}
