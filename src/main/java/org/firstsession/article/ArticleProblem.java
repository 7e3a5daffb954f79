package org.firstsession.article;

import org.firstsession.shared.error.ProblemType;

/** What articles refuse. Status, slug and title of each are written here once. */
public enum ArticleProblem implements ProblemType {

    ARTICLE_INCOMPLETE(422, "article-incomplete", "Article incomplete",
            "The article lacks what readers need to publish it; errors names the fields."),
    ARTICLE_NOT_PUBLISHED(409, "article-not-published", "Not published",
            "A draft that was never published cannot be unpublished."),
    NOT_AUTHOR(403, "not-author", "Forbidden",
            "Only the author may change, publish, unpublish or delete the article.");

    private final Definition definition;

    ArticleProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
