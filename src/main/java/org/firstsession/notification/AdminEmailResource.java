package org.firstsession.notification;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;

/** Failed and waiting emails for admins (the token role {@code firstsession.security.admin-role}). */
@Path("/api/admin/emails")
@Tag(name = "Admin: emails")
@RolesAllowed("${firstsession.security.admin-role}")
@Produces(MediaType.APPLICATION_JSON)
public class AdminEmailResource {

    private final EmailQueue queue;

    AdminEmailResource(EmailQueue queue) {
        this.queue = queue;
    }

    @GET
    @Operation(summary = "Emails that need attention",
            description = "FAILED (given up after the last attempt, most recent first) or PENDING (waiting, oldest first); recipient masked, no body.")
    public Page<EmailQueue.AdminEmail> list(@QueryParam("status") @DefaultValue("FAILED") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queue.list(parse(status), page, size);
    }

    @Extension(name = ProblemDocumentation.EXTENSION, value = "email-already-sent email-purged")
    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send one email again", description = "A FAILED email goes back to the queue with fresh attempts; a PENDING one is sent on the next relay run. Audited.")
    public EmailQueue.AdminEmail retry(@PathParam("id") UUID id) {
        return queue.retry(id);
    }

    @POST
    @Path("/retry")
    @Operation(summary = "Send every failed email again", description = "Queues all FAILED emails whose content is still kept; returns how many. Audited.")
    public EmailQueue.Retried retryAll() {
        return queue.retryAllFailed();
    }

    private static EmailQueue.Status parse(String status) {
        try {
            return EmailQueue.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", problem(m -> m.field_either("FAILED", "PENDING")));
        }
    }
}
