package org.firstsession.account;

import static org.firstsession.shared.i18n.Details.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.specialist.SpecialistService;

import io.quarkus.security.Authenticated;

@Path("/api/me")
@Tag(name = "Me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    /** Who I am. Roles: everyone is a {@code client}; {@code specialist} with a profile; {@code admin} from the token. */
    public record MeView(UUID id, String displayName, String email, List<String> roles, UUID specialistId,
            String timeZone, String language) {
    }

    /**
     * What I may change; each field is optional, an absent one stays as it is. {@code language}: pages,
     * emails and problem texts in this language ({@code en}, {@code de}, {@code fr}).
     */
    public record UpdateMeRequest(@Size(min = 1, max = 64) String timeZone, @Size(min = 2, max = 8) String language) {
    }

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final SpecialistService specialists;

    MeResource(CurrentUser currentUser, AccountService accounts, SpecialistService specialists) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.specialists = specialists;
    }

    @Operation(summary = "Who I am",
            description = "The logged-in account: id, display name, email, roles, specialist profile id, time zone and language.")
    @GET
    public MeView me() {
        Account account = accounts.get(currentUser.accountId());
        UUID specialistId = specialists.profileIdOf(account.id).orElse(null);
        List<String> roles = new ArrayList<>(List.of("client"));
        if (specialistId != null) {
            roles.add("specialist");
        }
        if (currentUser.isAdmin()) {
            roles.add("admin");
        }
        return new MeView(account.id, account.displayName, account.email, roles, specialistId, account.timeZone,
                account.language);
    }

    @Operation(summary = "Set my time zone and language",
            description = "Sets the account's time zone (an IANA id), its language (en, de or fr: pages, emails and "
                    + "problem texts), or both; a field left out stays as it is; 204.")
    @PUT
    public void update(@NotNull @Valid UpdateMeRequest request) {
        if (request.timeZone() == null && request.language() == null) {
            throw ProblemException.invalid("timeZone", profile(m -> m.account_time_zone_or_language()));
        }
        if (request.timeZone() != null) {
            accounts.changeTimeZone(currentUser.accountId(), request.timeZone());
        }
        if (request.language() != null) {
            accounts.changeLanguage(currentUser.accountId(), request.language());
        }
    }
}
