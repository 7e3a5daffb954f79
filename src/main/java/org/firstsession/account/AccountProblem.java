package org.firstsession.account;

import org.firstsession.shared.error.ProblemType;

/** What accounts refuse. Status, slug and title of each are written here once. */
public enum AccountProblem implements ProblemType {

    EMAIL_NOT_VERIFIED(403, "email-not-verified", "Email address not verified",
            "The action emails other people (booking, messages, contact, questions), so the account's email address must be verified at the identity provider first.");

    private final Definition definition;

    AccountProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
