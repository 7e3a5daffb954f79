package org.firstsession.admin;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.admin.AdminViews.AdminSpecialist;
import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.admin.AdminViews.Stats;
import org.firstsession.admin.AdminViews.SuspendRequest;
import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.shared.Page;
import java.util.Map;

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

    @GET
    @Path("/specialists")
    public Page<AdminSpecialist> specialists(@QueryParam("status") String status, @QueryParam("featured") String featured,
            @QueryParam("verification") String verification, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return admin.specialists(AdminSpecialistQuery.parse(status, featured, verification, q, page, size));
    }

    @PUT
    @Path("/specialists/{id}/featured")
    public AdminSpecialist feature(@PathParam("id") UUID id, @NotNull @Valid FeatureRequest request) {
        return admin.feature(id, request);
    }

    @PUT
    @Path("/specialists/{id}/verification")
    public AdminSpecialist verify(@PathParam("id") UUID id, @NotNull @Valid VerificationRequest request) {
        return admin.verify(id, request);
    }

    @POST
    @Path("/specialists/{id}/suspend")
    public AdminSpecialist suspend(@PathParam("id") UUID id, @NotNull @Valid SuspendRequest request) {
        return admin.suspend(id, request.reason());
    }

    @POST
    @Path("/specialists/{id}/reinstate")
    public AdminSpecialist reinstate(@PathParam("id") UUID id) {
        return admin.reinstate(id);
    }

    @GET
    @Path("/stats")
    public Stats stats() {
        return admin.stats();
    }

    /** Re-encrypts all private text with the active key; returns counts per column. */
    @POST
    @Path("/crypto/rotate")
    public Map<String, Integer> rotateKeys() {
        return admin.rotateKeys();
    }
}
