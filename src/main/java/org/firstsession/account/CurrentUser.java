package org.firstsession.account;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Text;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request, resolved lazily to their account. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final AccountService accounts;
    private final FirstSessionConfig config;
    private UUID accountId;

    CurrentUser(SecurityIdentity identity, AccountService accounts, FirstSessionConfig config) {
        this.identity = identity;
        this.accounts = accounts;
        this.config = config;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return isLoggedIn() && identity.hasRole(config.security().adminRole());
    }

    /** The token carries the admin role, but it was set aside for want of a second factor ({@link AdminSecondFactor}). */
    public boolean adminNeedsSecondFactor() {
        return Boolean.TRUE.equals(identity.getAttribute(AdminSecondFactor.ADMIN_WITHOUT_SECOND_FACTOR));
    }

    /** The caller's account id, creating the account on a first request; 401 for anonymous callers. */
    public UUID accountId() {
        if (accountId == null) {
            if (!(identity.getPrincipal() instanceof JsonWebToken token) || identity.isAnonymous()
                    || token.getSubject() == null || token.getIssuer() == null) {
                throw new UnauthorizedException();
            }
            String name = firstNonBlank(token.getClaim("name"), token.getClaim("preferred_username"), token.getName());
            String issuer = config.security().accountIssuer().orElse(token.getIssuer());
            Account account = accounts.provision(issuer, token.getSubject(), name,
                    token.getClaim("email"), token.getClaim("zoneinfo"));
            accountId = account.id;
        }
        return accountId;
    }

    /** The identity provider that vouches for the caller (as accounts are keyed). */
    public String issuer() {
        JsonWebToken token = token();
        return config.security().accountIssuer().orElse(token.getIssuer());
    }

    /** The caller's subject at their identity provider. */
    public String subject() {
        return token().getSubject();
    }

    private JsonWebToken token() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new UnauthorizedException();
        }
        return token;
    }

    /** The caller's account id; anonymous callers get a 401 whose detail a page can show in the visitor's language. */
    public UUID accountId(Text loginRequiredDetail) {
        if (!isLoggedIn()) {
            throw ProblemException.loginRequired(loginRequiredDetail);
        }
        return accountId();
    }

    /**
     * Whether the provider vouches that the caller's email address is theirs ({@code email_verified: true}).
     * Anything that emails other people on the caller's behalf (booking, messaging, contact, asking a question)
     * needs it, so nobody can make the platform write to strangers from an address they do not own.
     */
    public boolean emailVerified() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        Object claim = token.getClaim("email_verified");
        // A JSON boolean arrives as Boolean or as JsonValue.TRUE, whose text is "true"; a string "true" counts too.
        return claim != null && "true".equals(claim.toString());
    }

    /**
     * The caller's account id for an action that emails other people: 401 (with {@code loginRequiredDetail}) for
     * anonymous callers, then 403 {@code email-not-verified} until the provider has verified their address.
     */
    public UUID verifiedAccountId(Text loginRequiredDetail) {
        UUID id = accountId(loginRequiredDetail);
        if (!emailVerified()) {
            throw new EmailNotVerifiedException();
        }
        return id;
    }

    /** The caller's account id, or null for an anonymous caller. */
    public UUID accountIdOrNull() {
        return isLoggedIn() ? accountId() : null;
    }

    private static String firstNonBlank(Object... values) {
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}
