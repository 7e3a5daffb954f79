package org.firstsession.account;

import static org.firstsession.shared.i18n.Details.problem;

import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Text;

/** 403 {@code email-not-verified}: the action emails other people, and the caller's address is not verified yet. */
public class EmailNotVerifiedException extends ProblemException {

    public static final Text DETAIL = problem(m -> m.email_not_verified());

    public EmailNotVerifiedException() {
        super(AccountProblem.EMAIL_NOT_VERIFIED, DETAIL);
    }
}
