package org.firstsession.account;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.firstsession.shared.FirstSessionConfig;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

/**
 * Admins must log in with two factors: with {@code ADMIN_REQUIRE_MFA} on (the default), the admin role of a token
 * counts only when the token shows a second factor — an {@code amr} value such as {@code otp} (RFC 8176) or a
 * configured {@code acr}. Without one the identity keeps every other role and is marked, so the account page can
 * say why the admin pages answer 403. Every admin check ({@code @RolesAllowed}, {@link CurrentUser#isAdmin()})
 * reads the roles of this identity, so none can forget the rule.
 */
@ApplicationScoped
public class AdminSecondFactor implements SecurityIdentityAugmentor {

    /** Identity attribute: the token had the admin role, set aside for want of a second factor. */
    public static final String ADMIN_WITHOUT_SECOND_FACTOR = "firstsession.admin-without-second-factor";

    private final AccountsConfig accounts;
    private final FirstSessionConfig config;

    AdminSecondFactor(AccountsConfig accounts, FirstSessionConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        String adminRole = config.security().adminRole();
        if (!accounts.adminRequireMfa() || identity.isAnonymous() || !identity.getRoles().contains(adminRole)
                || hasSecondFactor(identity)) {
            return Uni.createFrom().item(identity);
        }
        Supplier<SecurityIdentity> withoutAdmin = () -> {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .setAnonymous(false)
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(ADMIN_WITHOUT_SECOND_FACTOR, Boolean.TRUE)
                    .addRoles(identity.getRoles().stream().filter(role -> !role.equals(adminRole)).collect(Collectors.toSet()))
                    .addPermissionChecker(identity::checkPermission);
            return builder.build();
        };
        return Uni.createFrom().item(withoutAdmin);
    }

    /**
     * The API's principal is the access token; the pages' is the ID token, and Keycloak writes {@code amr} into the
     * access token (where the pages' roles come from too), so that one is read as well.
     */
    private boolean hasSecondFactor(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && shows(values(token.getClaim("amr")), values(token.getClaim("acr")))) {
            return true;
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        JsonObject claims = access == null ? null : payload(access.getToken());
        return claims != null && shows(values(claims.get("amr")), values(claims.get("acr")));
    }

    private boolean shows(Set<String> amr, Set<String> acr) {
        return accounts.secondFactorAmr().stream().anyMatch(amr::contains)
                || accounts.secondFactorAcr().orElse(List.of()).stream().anyMatch(acr::contains);
    }

    /** The claims of a JWT that Quarkus OIDC has already verified (this only reads them). */
    private static JsonObject payload(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A claim that is a string or an array of strings (JSON-P values or plain Java ones), as a set of strings. */
    private static Set<String> values(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        if (claim instanceof JsonArray array) {
            return array.stream().map(AdminSecondFactor::text).collect(Collectors.toSet());
        }
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of(text(claim));
    }

    private static String text(Object value) {
        return value instanceof JsonString s ? s.getString() : String.valueOf(value);
    }
}
