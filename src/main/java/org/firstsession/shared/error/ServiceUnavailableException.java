package org.firstsession.shared.error;

/** 503 with a {@code Retry-After} header: a service we depend on (e.g. the search engine) cannot answer now. */
public class ServiceUnavailableException extends ProblemException {

    private final long retryAfterSeconds;

    public ServiceUnavailableException(String detail, long retryAfterSeconds) {
        super(CommonProblem.UNAVAILABLE, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
