package org.firstsession.contact;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.shared.Page;

/** Contact requests for admins (the token role {@code firstsession.security.admin-role}). */
@Path("/api/admin/contact")
@Tag(name = "Admin: contact requests")
@RolesAllowed("${firstsession.security.admin-role}")
@Produces(MediaType.APPLICATION_JSON)
public class AdminContactResource {

    private final ContactService contacts;
    private final CurrentUser currentUser;

    AdminContactResource(ContactService contacts, CurrentUser currentUser) {
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    /** Newest first, without the message text. */
    @Operation(summary = "Contact requests",
            description = "Admin only. Contact requests newest first, optionally by status OPEN or CLOSED, without the message text.")
    @GET
    public Page<ContactRequestView> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(50) int size) {
        return contacts.list(ContactStatus.parseFilter(status), page, size);
    }

    @Operation(summary = "Read a contact request",
            description = "Admin only. One request with the full message and the sender; the read is audited.")
    @GET
    @Path("/{id}")
    public ContactRequestView get(@PathParam("id") UUID id) {
        return contacts.get(id);
    }

    /** 200 with the request; closing a closed one again is also 200 and changes nothing. */
    @Operation(summary = "Close a contact request",
            description = "Admin only. Closes the request; closing a closed one again changes nothing (200).")
    @POST
    @Path("/{id}/close")
    public ContactRequestView close(@PathParam("id") UUID id) {
        return contacts.close(id, currentUser.accountId());
    }
}
