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

    private final int status;
    private final String slug;
    private final String title;
    private final String explanation;

    ArticleProblem(int status, String slug, String title, String explanation) {
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
