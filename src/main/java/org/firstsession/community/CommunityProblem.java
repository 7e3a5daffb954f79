package org.firstsession.community;

import org.firstsession.shared.error.ProblemType;

/** What the community questions and answers refuse. Status, slug and title of each are written here once. */
public enum CommunityProblem implements ProblemType {

    NOT_ASKER(403, "not-asker", "Forbidden",
            "Only the person who asked a question may delete it.");

    private final int status;
    private final String slug;
    private final String title;
    private final String explanation;

    CommunityProblem(int status, String slug, String title, String explanation) {
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
