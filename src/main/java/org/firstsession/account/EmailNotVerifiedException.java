package org.firstsession.account;

import org.firstsession.shared.error.ProblemException;

/** 403 {@code email-not-verified}: the action emails other people, and the caller's address is not verified yet. */
public class EmailNotVerifiedException extends ProblemException {

    public static final String DETAIL = "Please verify your email address first: we email the people you book or write to"
            + " on your behalf, so we need to know the address is yours.";

    public EmailNotVerifiedException() {
        super(AccountProblem.EMAIL_NOT_VERIFIED, DETAIL);
    }
}
