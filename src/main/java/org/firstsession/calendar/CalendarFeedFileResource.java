package org.firstsession.calendar;

import static org.firstsession.shared.i18n.Details.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.shared.error.ProblemException;

/**
 * {@code GET /calendar/{secret}.ics}: the address is the credential (calendar apps cannot log in), so it
 * is open to whoever holds a live secret and 404 for anything else. Kept out of the access log
 * ({@code quarkus.http.access-log.exclude-pattern}) and of shared caches ({@code Cache-Control: private}).
 */
@Path("/calendar")
@Tag(name = "Calendars")
@PermitAll
public class CalendarFeedFileResource {

    private final CalendarFeedService feeds;

    CalendarFeedFileResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Operation(summary = "A specialist's calendar feed (iCalendar)",
            description = "What calendar apps subscribe to: the specialist's bookings as text/calendar. The secret address is the credential "
                    + "(no login); 404 for anything that is not a live feed's secret, including a rotated or deleted one.")
    @GET
    @Path("/{secret}.ics")
    @Produces("text/calendar")
    public Response feed(@PathParam("secret") String secret) {
        String ics = feeds.feed(secret).orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_calendar())));
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .build();
    }
}
