package org.firstsession.admin;

import org.firstsession.shared.error.ProblemType;

/** What the admins' actions on specialists refuse. Status, slug and title of each are written here once. */
public enum AdminProblem implements ProblemType {

    NOT_FEATURABLE(409, "not-featurable", "Cannot be featured",
            "Only a published, not suspended profile can be featured; the detail says what is missing."),
    ALREADY_SUSPENDED(409, "already-suspended", "Already suspended",
            "The specialist is already suspended."),
    NOT_SUSPENDED(409, "not-suspended", "Not suspended",
            "The specialist is not suspended, so there is nothing to reinstate.");

    private final Definition definition;

    AdminProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
