package org.firstsession.directory;

import org.firstsession.shared.error.ProblemType;

/** What the directory's search administration refuses. Status, slug and title of each are written here once. */
public enum DirectoryProblem implements ProblemType {

    NO_SEARCH_INDEX(409, "no-search-index", "No search index",
            "The directory searches PostgreSQL directly (SEARCH_BACKEND=postgres), so there is no search index to rebuild.");

    private final int status;
    private final String slug;
    private final String title;
    private final String explanation;

    DirectoryProblem(int status, String slug, String title, String explanation) {
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
