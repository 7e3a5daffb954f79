package org.firstsession.moderation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.moderation.ModerationViews.AuditEntry;
import org.firstsession.moderation.ModerationViews.ReportDetail;
import org.firstsession.moderation.ModerationViews.ReportItem;
import org.firstsession.moderation.ModerationViews.ResolveRequest;
import org.firstsession.shared.Page;

/**
 * The admins' side of reports and the audit log, under the admin API: the token role named by
 * {@code firstsession.security.admin-role}; others 403, anonymous 401. (Reports are filed at the reported
 * thing: {@code POST /api/conversations/{id}/report}, {@code /api/questions/{id}/report}, ...)
 */
@Path("/api/admin")
@Tag(name = "Admin")
@RolesAllowed("${firstsession.security.admin-role}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationResource {

    private final ModerationService moderation;
    private final CurrentUser currentUser;

    ModerationResource(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Reports",
            description = "Admin only. Reports newest first, optionally by status OPEN or RESOLVED.")
    @GET
    @Path("/reports")
    public Page<ReportItem> reports(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return moderation.reports(ReportStatus.parseFilter(status), page, size);
    }

    @Operation(summary = "Read a report",
            description = "Admin only. The report and, while open, the reported content as it was when reported; the read is audited.")
    @GET
    @Path("/reports/{id}")
    public ReportDetail report(@PathParam("id") UUID id) {
        return moderation.report(id);
    }

    @Operation(summary = "Resolve a report",
            description = "Admin only. Marks the report resolved with an optional note; audited.")
    @POST
    @Path("/reports/{id}/resolve")
    public ReportItem resolve(@PathParam("id") UUID id, @Valid ResolveRequest request) {
        return moderation.resolve(id, currentUser.accountId(), request == null ? null : request.note());
    }

    @Operation(summary = "The audit log",
            description = "Admin only. Audit entries newest first, filtered by actor subject, action and a time range (from inclusive, to exclusive).")
    @GET
    @Path("/audit")
    public Page<AuditEntry> audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return moderation.audit(AuditQuery.parse(actor, action, from, to, page, size));
    }
}
