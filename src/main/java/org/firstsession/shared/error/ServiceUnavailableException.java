package org.firstsession.shared.error;

import org.firstsession.shared.i18n.Text;

/** 503 with a {@code Retry-After} header: a service we depend on (e.g. the search engine) cannot answer now. */
public class ServiceUnavailableException extends ProblemException {

    private final long retryAfterSeconds;

    public ServiceUnavailableException(Text detail, long retryAfterSeconds) {
        super(CommonProblem.UNAVAILABLE, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** A detail shown as written in every language; prefer a {@link Text} from a bundle. */
    public ServiceUnavailableException(String detail, long retryAfterSeconds) {
        this(Text.verbatim(detail), retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
