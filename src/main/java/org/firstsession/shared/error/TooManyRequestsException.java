package org.firstsession.shared.error;

import org.firstsession.shared.i18n.Text;

/** 429 with a {@code Retry-After} header: a per-account limit was reached. */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(Text detail, long retryAfterSeconds) {
        super(CommonProblem.RATE_LIMITED, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** A detail shown as written in every language; prefer a {@link Text} from a bundle. */
    public TooManyRequestsException(String detail, long retryAfterSeconds) {
        this(Text.verbatim(detail), retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
