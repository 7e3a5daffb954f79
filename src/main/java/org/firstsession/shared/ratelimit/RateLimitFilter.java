package org.firstsession.shared.ratelimit;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.OptionalLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.firstsession.shared.error.TooManyRequestsException;
import org.firstsession.shared.web.ClientAddress;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every API call and page request draws from a bucket: logged-in callers from their account's
 * ({@code RATE_LIMIT_ACCOUNT_PER_MINUTE}), everyone else from their client address's
 * ({@code RATE_LIMIT_ANONYMOUS_PER_MINUTE}; a request with a token that fails validation counts there too).
 * An empty bucket answers 429 with {@code Retry-After}.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final ClientAddress clientAddress;
    private final SecurityIdentity identity;

    RateLimitFilter(RateLimiter limiter, RateLimitConfig config, ClientAddress clientAddress, SecurityIdentity identity) {
        this.limiter = limiter;
        this.config = config;
        this.clientAddress = clientAddress;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void limit(HttpServerRequest request) {
        // Every resource is blocking, so this runs on a worker thread; should one ever not be, it is not limited
        // rather than blocking the event loop.
        if (!config.enabled() || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        boolean anonymous;
        try {
            anonymous = identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            check(limiter.tryAcquire("address", clientAddress.of(request), config.anonymousPerMinute()));
            throw e;
        }
        if (anonymous) {
            check(limiter.tryAcquire("address", clientAddress.of(request), config.anonymousPerMinute()));
        } else {
            check(limiter.tryAcquire("account", accountKey(), config.accountPerMinute()));
        }
    }

    private String accountKey() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getIssuer() + " " + token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static void check(OptionalLong retryAfter) {
        if (retryAfter.isPresent()) {
            long seconds = retryAfter.getAsLong();
            throw new TooManyRequestsException(problem(m -> m.rate_limited(seconds)), seconds);
        }
    }
}
