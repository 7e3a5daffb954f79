package org.firstsession.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.account.CurrentUser;

import io.quarkus.security.Authenticated;

/**
 * The specialist's own calendar feed. Access: logged in (else 401) and owning a specialist profile (else
 * 403 {@code not-a-specialist}); each specialist reaches only their own feed.
 */
@Path("/api/me/calendar-feed")
@Tag(name = "Calendars")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    private final CalendarFeedService feeds;
    private final CurrentUser currentUser;

    CalendarFeedResource(CalendarFeedService feeds, CurrentUser currentUser) {
        this.feeds = feeds;
        this.currentUser = currentUser;
    }

    /** The feed, made on first call; {@code url} only in the answer that made it. */
    @Operation(summary = "My calendar feed",
            description = "The logged-in specialist's calendar feed (an iCalendar address calendar apps subscribe to), made on the first call. "
                    + "url and webcalUrl are only in the answer that made the secret; afterwards only the settings. Specialists only.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist")
    @GET
    public CalendarFeedView get() {
        return feeds.getOrCreate(currentUser.accountId());
    }

    /** A new secret address; the old one answers 404 from now on. */
    @Operation(summary = "Rotate my calendar feed's address",
            description = "A new secret address (url, webcalUrl in this answer only); the old address answers 404 from now on. 404 when there is no feed yet.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist not-found")
    @POST
    @Path("/rotate")
    public CalendarFeedView rotate() {
        return feeds.rotate(currentUser.accountId());
    }

    @Operation(summary = "Change my calendar feed's settings",
            description = "includeClientNames: whether the feed's event titles name the client (off unless chosen). 404 when there is no feed yet.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist not-found")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarFeedView update(@NotNull @Valid CalendarFeedSettings settings) {
        return feeds.update(currentUser.accountId(), settings.includeClientNames());
    }

    @Operation(summary = "Delete my calendar feed",
            description = "The feed's address stops working (404). A later GET makes a new one. 404 when there is no feed.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist not-found")
    @DELETE
    public void delete() {
        feeds.delete(currentUser.accountId());
    }
}
