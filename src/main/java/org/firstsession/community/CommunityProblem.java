package org.firstsession.community;

import org.firstsession.shared.error.ProblemType;

/** What the community questions and answers refuse. Status, slug and title of each are written here once. */
public enum CommunityProblem implements ProblemType {

    NOT_ASKER(403, "not-asker", "Forbidden",
            "Only the person who asked a question may delete it.");

    private final Definition definition;

    CommunityProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
