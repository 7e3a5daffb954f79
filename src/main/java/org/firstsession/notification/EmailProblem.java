package org.firstsession.notification;

import org.firstsession.shared.error.ProblemType;

/** What retrying an email refuses. Status, slug and title of each are written here once. */
public enum EmailProblem implements ProblemType {

    EMAIL_ALREADY_SENT(409, "email-already-sent", "Already sent",
            "The email has already been sent; there is nothing to retry."),
    EMAIL_PURGED(409, "email-purged", "Email purged",
            "The email failed so long ago that retention deleted its content; it cannot be sent again.");

    private final int status;
    private final String slug;
    private final String title;
    private final String explanation;

    EmailProblem(int status, String slug, String title, String explanation) {
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
