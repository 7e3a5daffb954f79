package org.firstsession.account;

import org.firstsession.shared.error.ProblemType;

/** What accounts refuse. Status, slug and title of each are written here once. */
public enum AccountProblem implements ProblemType {

    EMAIL_NOT_VERIFIED(403, "email-not-verified", "Email address not verified",
            "The action emails other people (booking, messages, contact, questions), so the account's email address must be verified at the identity provider first.");

    private final int status;
    private final String slug;
    private final String title;
    private final String explanation;

    AccountProblem(int status, String slug, String title, String explanation) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.explanation = explanation;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String explanation() {
        return explanation;
    }
}
