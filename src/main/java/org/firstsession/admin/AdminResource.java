package org.firstsession.admin;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.admin.AdminViews.AdminSpecialist;
import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.admin.AdminViews.Stats;
import org.firstsession.admin.AdminViews.SuspendRequest;
import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.Page;

/**
 * Admin endpoints about specialists, the numbers and key rotation: the token role named by
 * {@code firstsession.security.admin-role}; others 403, anonymous 401. Reports and the audit log are
 * {@code moderation.ModerationResource}, under the same path and rule.
 */
@Path("/api/admin")
@Tag(name = "Admin")
@RolesAllowed("${firstsession.security.admin-role}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final AdminService admin;
    private final CurrentUser currentUser;

    AdminResource(AdminService admin, CurrentUser currentUser) {
        this.admin = admin;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The specialists work list",
            description = "Admin only. Profiles filtered by status (DRAFT, PUBLISHED, UNPUBLISHED, SUSPENDED), featured, verification (VERIFIED, REJECTED, NONE, DUE) and a name search q, by name.")
    @GET
    @Path("/specialists")
    public Page<AdminSpecialist> specialists(@QueryParam("status") String status, @QueryParam("featured") String featured,
            @QueryParam("verification") String verification, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return admin.specialists(AdminSpecialistQuery.parse(status, featured, verification, q, page, size));
    }

    @Operation(summary = "Feature a specialist or stop",
            description = "Admin only. Features a published profile (optionally until a date) or removes it from the featured set; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-featurable")
    @PUT
    @Path("/specialists/{id}/featured")
    public AdminSpecialist feature(@PathParam("id") UUID id, @NotNull @Valid FeatureRequest request) {
        return admin.feature(id, request);
    }

    @Operation(summary = "Record a licence check",
            description = "Admin only. Records the result of checking a specialist's licence (status, checked on, valid until, note); audited.")
    @PUT
    @Path("/specialists/{id}/verification")
    public AdminSpecialist verify(@PathParam("id") UUID id, @NotNull @Valid VerificationRequest request) {
        return admin.verify(id, request);
    }

    @Operation(summary = "Suspend a specialist",
            description = "Admin only. Hides the profile, stops new bookings and messages, cancels the upcoming consultations and emails both sides; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "already-suspended")
    @POST
    @Path("/specialists/{id}/suspend")
    public AdminSpecialist suspend(@PathParam("id") UUID id, @NotNull @Valid SuspendRequest request) {
        return admin.suspend(id, request.reason());
    }

    @Operation(summary = "Reinstate a specialist",
            description = "Admin only. Ends a suspension; the profile is shown again in its own status; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-suspended")
    @POST
    @Path("/specialists/{id}/reinstate")
    public AdminSpecialist reinstate(@PathParam("id") UUID id) {
        return admin.reinstate(id);
    }

    @Operation(summary = "Platform numbers",
            description = "Admin only. Specialists by status, bookings by week, emails, reports and other counts.")
    @GET
    @Path("/stats")
    public Stats stats() {
        return admin.stats();
    }

    /** Re-encrypts all private text with the active key; returns counts per column. */
    @Operation(summary = "Re-encrypt private text",
            description = "Admin only. Re-encrypts every encrypted column with the active key in batches; answers counts per column, unreadable values and the keys still needed; audited.")
    @POST
    @Path("/crypto/rotate")
    public Map<String, Integer> rotateKeys() {
        return admin.rotateKeys();
    }
}
