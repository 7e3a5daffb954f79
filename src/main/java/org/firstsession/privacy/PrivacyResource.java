package org.firstsession.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.account.ProviderLogins;

import io.quarkus.security.Authenticated;

@Path("/api/me")
@Tag(name = "Privacy")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    /** {@code confirm} must be exactly "DELETE MY ACCOUNT". */
    public record EraseRequest(String confirm) {
    }

    private final PrivacyService privacy;
    private final CurrentUser currentUser;

    private final ProviderLogins providerLogins;

    PrivacyResource(PrivacyService privacy, CurrentUser currentUser, ProviderLogins providerLogins) {
        this.privacy = privacy;
        this.providerLogins = providerLogins;
        this.currentUser = currentUser;
    }

    /** Everything the platform holds about me, as JSON. */
    @Operation(summary = "Export my data",
            description = "Everything held about the logged-in person, as JSON.")
    @GET
    @Path("/export")
    public DataExport export() {
        return privacy.export(currentUser.accountId());
    }

    /** Erases my account and personal data; → 204. */
    @Operation(summary = "Erase my account",
            description = "With {\"confirm\": \"DELETE MY ACCOUNT\"}: cancels upcoming bookings on both sides, erases the account's personal data and, when configured, the login at the provider (204).")
    @DELETE
    public void erase(@NotNull @Valid EraseRequest request) {
        privacy.erase(currentUser.accountId(), request.confirm());
        providerLogins.delete(currentUser.subject()); // after the erasure committed; see ProviderLogins
    }
}
