package org.firstsession.account;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.error.ProblemException;

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

    /** The caller's account id; anonymous callers get a 401 whose detail a page can show as is. */
    public UUID accountId(String loginRequiredDetail) {
        if (!isLoggedIn()) {
            throw ProblemException.loginRequired(loginRequiredDetail);
        }
        return accountId();
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
