package org.firstsession.waitlist;

import static org.firstsession.shared.i18n.Details.problem;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.firstsession.problem.ProblemDocumentation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.shared.i18n.Text;
import org.firstsession.waitlist.WaitlistRequests.Join;
import org.firstsession.waitlist.WaitlistViews.Entry;

import io.quarkus.security.Authenticated;

/** Joining a published specialist's waitlist: a logged-in client with a verified email. */
@Path("/api/specialists/{id}/waitlist")
@Tag(name = "Waitlist")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpecialistWaitlistResource {

    static final Text LOGIN_TO_JOIN = problem(m -> m.login_to_join_waitlist());

    private final WaitlistService waitlist;
    private final CurrentUser currentUser;

    SpecialistWaitlistResource(WaitlistService waitlist, CurrentUser currentUser) {
        this.waitlist = waitlist;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Join a specialist's waitlist",
            description = "A verified client waits for a free slot that fits their preferred days and local times (empty: any). One entry per specialist, at most 5 waitlists per client; not with an upcoming consultation with that specialist.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found email-not-verified own-waitlist already-waiting already-booked-with-specialist too-many-waitlists")
    @APIResponse(responseCode = "201", description = "Joined; Location is the entry", content = @Content(schema = @Schema(implementation = Entry.class)))
    @POST
    public Response join(@PathParam("id") UUID specialistId, @Valid Join request) {
        Entry entry = waitlist.join(specialistId, currentUser.verifiedAccountId(LOGIN_TO_JOIN), request);
        return Response.created(URI.create("/api/waitlist/" + entry.id())).entity(entry).build();
    }
}
