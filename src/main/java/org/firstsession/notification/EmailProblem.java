package org.firstsession.notification;

import org.firstsession.shared.error.ProblemType;

/** What retrying an email refuses. Status, slug and title of each are written here once. */
public enum EmailProblem implements ProblemType {

    EMAIL_ALREADY_SENT(409, "email-already-sent", "Already sent",
            "The email has already been sent; there is nothing to retry."),
    EMAIL_PURGED(409, "email-purged", "Email purged",
            "The email failed so long ago that retention deleted its content; it cannot be sent again.");

    private final Definition definition;

    EmailProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
