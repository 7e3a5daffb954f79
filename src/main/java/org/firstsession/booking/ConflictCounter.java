package org.firstsession.booking;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.firstsession.shared.error.ProblemException;

/**
 * Sees every refusal of the booking service, whichever channel (API or page) called it; outside the
 * transaction interceptor (lower priority runs first), so the unique-index race losers are counted too.
 */
@CountConflicts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class ConflictCounter {

    @Inject
    BookingMetrics metrics;

    @AroundInvoke
    Object count(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ProblemException e) {
            if (e.status() == 409) {
                metrics.conflict(e.slug());
            }
            throw e;
        }
    }
}
