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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @GET
    public CalendarFeedView get() {
        return feeds.getOrCreate(currentUser.accountId());
    }

    /** A new secret address; the old one answers 404 from now on. */
    @POST
    @Path("/rotate")
    public CalendarFeedView rotate() {
        return feeds.rotate(currentUser.accountId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarFeedView update(@NotNull @Valid CalendarFeedSettings settings) {
        return feeds.update(currentUser.accountId(), settings.includeClientNames());
    }

    @DELETE
    public void delete() {
        feeds.delete(currentUser.accountId());
    }
}
